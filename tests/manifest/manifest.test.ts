/**
 * @jest-environment jsdom
 */
// Offline structural checks of manifest.xml (the online validator is `npm run validate`).
import fs from "fs";
import path from "path";
import { PNG } from "pngjs";
import { readManifestWithOfficeReader } from "./readManifestWithOfficeReader";

const root = path.resolve(__dirname, "../..");
const manifestPath = path.join(root, "manifest.xml");
const servedOrigin = "https://localhost:3000";
const btNamespace = "http://schemas.microsoft.com/office/officeappbasictypes/1.0";
const guidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const manifest = new DOMParser().parseFromString(fs.readFileSync(manifestPath, "utf8"), "application/xml");
const all = (selector: string): Element[] => Array.from(manifest.querySelectorAll(selector));
const resourcesById = new Map(
  Array.from(manifest.getElementsByTagNameNS(btNamespace, "*"))
    .filter((element) => element.hasAttribute("id"))
    .map((element) => [element.getAttribute("id") as string, element]),
);
const allUrls = (): string[] =>
  Array.from(manifest.getElementsByTagName("*")).flatMap((element) =>
    ["DefaultValue", "Value"]
      .map((name) => element.getAttribute(name))
      .filter((value): value is string => value !== null && /^https?:/.test(value)),
  );

describe("manifest.xml", () => {
  test("is well-formed XML", () => {
    expect(manifest.getElementsByTagName("parsererror")).toHaveLength(0);
    expect(manifest.documentElement.tagName).toBe("OfficeApp");
  });

  test("office-addin-manifest's reader sees an Excel task pane add-in with a GUID id", () => {
    const info = readManifestWithOfficeReader(manifestPath);
    expect(info.id).toMatch(guidPattern);
    expect(info.officeAppType).toBe("TaskPaneApp");
    expect(info.hosts).toEqual(["Workbook"]);
    expect(info.permissions).toBe("ReadWriteDocument");
    expect(info.defaultLocale).toBe("en-US");
    expect(info.displayName).toBe("CBAM and Zero-Carbon Park");
  });

  test("every resid resolves to a resource", () => {
    const residElements = Array.from(manifest.getElementsByTagName("*")).filter((e) =>
      e.hasAttribute("resid"),
    );
    expect(residElements.length).toBeGreaterThan(10);
    const unresolved = residElements
      .map((e) => e.getAttribute("resid"))
      .filter((id) => !resourcesById.has(id!));
    expect(unresolved).toEqual([]);
  });

  test("every URL is on the served origin", () => {
    const urls = allUrls();
    expect(urls.length).toBeGreaterThan(8);
    expect(urls.filter((url) => new URL(url).origin !== servedOrigin)).toEqual([]);
    // The add-in's own origin needs no AppDomain entry; no other origin is used.
    expect(all("AppDomain")).toEqual([]);
  });

  test("every icon exists in assets/ with the pixel size the manifest claims", () => {
    const claims: Array<{ url: string; size: number }> = [
      { url: manifest.querySelector("IconUrl")!.getAttribute("DefaultValue")!, size: 32 },
      { url: manifest.querySelector("HighResolutionIconUrl")!.getAttribute("DefaultValue")!, size: 64 },
    ];
    for (const image of Array.from(manifest.getElementsByTagNameNS(btNamespace, "Image"))) {
      const resid = image.getAttribute("resid");
      if (!resid) continue;
      claims.push({
        url: resourcesById.get(resid)!.getAttribute("DefaultValue")!,
        size: Number(image.getAttribute("size")),
      });
    }
    expect(claims.length).toBeGreaterThanOrEqual(5);
    for (const { url, size } of claims) {
      const file = path.join(root, new URL(url).pathname);
      expect(fs.existsSync(file)).toBe(true);
      const dimensions = PNG.sync.read(fs.readFileSync(file));
      expect({ url, width: dimensions.width, height: dimensions.height }).toEqual({
        url,
        width: size,
        height: size,
      });
    }
  });

  test("declares the requirement sets the code relies on", () => {
    const declared = Object.fromEntries(
      all("Requirements Sets Set").map((e) => [e.getAttribute("Name"), e.getAttribute("MinVersion")]),
    );
    expect(declared).toEqual({
      // the functions and the pane share one page
      SharedRuntime: "1.1",
      // CustomFunctions.ErrorCode members with messages (typed as 1.3 in @types/custom-functions-runtime)
      CustomFunctionsRuntime: "1.3",
      // getUsedRangeOrNullObject, getItemOrNullObject, getIntersectionOrNullObject
      ExcelApi: "1.4",
    });
  });

  test("declares the shared runtime, the ZC namespace and the custom functions extension point", () => {
    const runtime = manifest.querySelector("Runtimes Runtime")!;
    expect(runtime.getAttribute("lifetime")).toBe("long");
    const customFunctions = all("ExtensionPoint").find(
      (e) => e.getAttribute("xsi:type") === "CustomFunctions",
    )!;
    expect(customFunctions).toBeDefined();
    const namespaceId = customFunctions.querySelector("Namespace")!.getAttribute("resid")!;
    expect(resourcesById.get(namespaceId)!.getAttribute("DefaultValue")).toBe("ZC");
    // One runtime: the functions page is the task pane page.
    const pageResid = customFunctions.querySelector("Page SourceLocation")!.getAttribute("resid");
    expect(pageResid).toBe(runtime.getAttribute("resid"));
  });

  test("a Home tab button opens the task pane", () => {
    const homeTab = all("OfficeTab").find((e) => e.getAttribute("id") === "TabHome")!;
    const action = homeTab.querySelector("Control Action")!;
    expect(action.getAttribute("xsi:type")).toBe("ShowTaskpane");
    const url = resourcesById.get(action.querySelector("SourceLocation")!.getAttribute("resid")!)!;
    expect(url.getAttribute("DefaultValue")).toBe(`${servedOrigin}/taskpane.html`);
  });

  test("names, descriptions and ribbon strings have zh-CN overrides", () => {
    const localizable = [
      manifest.querySelector("DisplayName")!,
      manifest.querySelector("Description")!,
      ...Array.from(manifest.getElementsByTagNameNS(btNamespace, "String")).filter(
        (e) => e.getAttribute("id") !== "Functions.Namespace",
      ),
    ];
    for (const element of localizable) {
      const override = Array.from(element.children).find((child) => child.getAttribute("Locale") === "zh-CN");
      expect({
        id: element.getAttribute("id") ?? element.tagName,
        zh: override?.getAttribute("Value"),
      }).toEqual({
        id: element.getAttribute("id") ?? element.tagName,
        zh: expect.stringMatching(/[\u4e00-\u9fff]/),
      });
    }
  });

  test("the functions metadata has a zh-CN copy and both are produced by the build", () => {
    const metadata = resourcesById.get("Functions.Metadata.Url")!;
    const zh = Array.from(metadata.children).find((child) => child.getAttribute("Locale") === "zh-CN");
    expect(zh?.getAttribute("Value")).toBe(`${servedOrigin}/functions.zh-CN.json`);
    const served = allUrls().map((url) => new URL(url).pathname.slice(1));
    const built = served.filter((file) => /\.(html|js|json)$/.test(file));
    expect(built).toEqual(
      expect.arrayContaining(["taskpane.html", "functions.js", "functions.json", "functions.zh-CN.json"]),
    );
    const dist = path.join(root, "dist");
    expect(built.filter((file) => !fs.existsSync(path.join(dist, file)))).toEqual([]);
  });
});
