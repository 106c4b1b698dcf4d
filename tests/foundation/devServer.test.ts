// `npm start` must serve the add-in over https with development certificates and say how to
// sideload it. Runs the same webpack serve command on a spare port.
import { spawn, ChildProcess } from "child_process";
import https from "https";
import path from "path";

const root = path.resolve(__dirname, "../..");
const port = 3107;

function fetchOverHttps(url: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    // The development CA is not trusted on a CI machine (no sudo); the certificate is still checked
    // to be served, which is what this test is about.
    https
      .get(url, { rejectUnauthorized: false }, (response) => {
        let body = "";
        response.setEncoding("utf8");
        response.on("data", (chunk: string) => (body += chunk));
        response.on("end", () => resolve({ status: response.statusCode ?? 0, body }));
      })
      .on("error", reject);
  });
}

function waitForOutput(child: ChildProcess, marker: string, timeoutMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = "";
    const timer = setTimeout(() => reject(new Error(`dev server did not start:\n${output}`)), timeoutMs);
    const onData = (chunk: Buffer): void => {
      output += chunk.toString();
      if (output.includes(marker)) {
        clearTimeout(timer);
        resolve(output);
      }
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", onData);
  });
}

describe("npm start (webpack dev server)", () => {
  let server: ChildProcess;
  let startupOutput = "";

  beforeAll(async () => {
    const webpackCli = require.resolve("webpack-cli/bin/cli.js");
    server = spawn(process.execPath, [webpackCli, "serve", "--mode", "development", "--port", String(port)], {
      cwd: root,
      env: { ...process.env, BROWSER: "none" },
      detached: true,
    });
    startupOutput = await waitForOutput(server, "compiled successfully", 150_000);
  }, 160_000);

  afterAll(() => {
    if (server.pid) process.kill(-server.pid, "SIGTERM");
  });

  test("prints how to sideload, and launches no desktop Excel", () => {
    expect(startupOutput).toContain("Sideload it:");
    expect(startupOutput).toContain("Upload My Add-in");
    expect(startupOutput).not.toMatch(/Launching|sideload.*desktop.*failed/i);
  });

  test.each([
    ["taskpane.html", /<div id="root">/],
    ["functions.json", /"functions"\s*:/],
    ["functions.zh-CN.json", /"functions"\s*:/],
    ["manifest.xml", /<Namespace resid="Functions.Namespace"/],
    ["office-js/office.js", /Office/],
  ])("serves %s over https", async (file, expected) => {
    const { status, body } = await fetchOverHttps(`https://localhost:${port}/${file}`);
    expect(status).toBe(200);
    expect(body).toMatch(expected);
  });

  test("the task pane page loads office.js from the package copy, not a CDN", async () => {
    const { body } = await fetchOverHttps(`https://localhost:${port}/taskpane.html`);
    expect(body).toContain('src="office-js/office.js"');
    expect(body).not.toContain("appsforoffice.microsoft.com");
  });
});
