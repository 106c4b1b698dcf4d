/** @jest-environment jsdom */
import { act, screen, within } from "@testing-library/react";
import { text } from "../renderApp";
import { FIXTURE, stubFetch } from "./metadataFixture";
import { renderHelp } from "./renderHelp";

const COST_SYNTAX =
  "=ZC.CBAM_COST(embedded, quantity, eu_price, year, [benchmark], [paid_price], [default_value])";
const costEn = FIXTURE.en.functions[0]!;
const costZh = FIXTURE.zh.functions[0]!;

let fetchMock: jest.Mock;
beforeEach(() => {
  fetchMock = stubFetch();
});
afterEach(() => {
  delete (globalThis as { fetch?: unknown }).fetch;
});

const fetchedFiles = () => fetchMock.mock.calls.map(([url]) => new URL(url as string).pathname);

describe("a function's help page", () => {
  it("shows the syntax, description, argument table, result, examples and links", async () => {
    renderHelp("?help=CBAM_COST");
    const heading = await screen.findByRole("heading", { level: 1, name: "ZC.CBAM_COST" });
    expect(heading.tagName).toBe("H1");
    expect(fetchedFiles()).toEqual(["/functions.json"]);
    expect(text(screen.getByTestId("help-syntax"))).toBe(COST_SYNTAX);
    expect(screen.getByText(costEn.description)).toBeTruthy();
    expect(screen.getByText("Arguments in [brackets] are optional.")).toBeTruthy();
    expect(document.title).toBe("ZC.CBAM_COST · ZC function help");
    expect(document.documentElement.lang).toBe("en-US");

    const headings = screen.getAllByRole("heading", { level: 2 }).map((h) => text(h));
    expect(headings).toEqual(["Syntax", "Arguments", "Result", "Examples", "Other ZC functions"]);

    const table = screen.getByRole("table", { name: "Arguments of ZC.CBAM_COST" });
    expect(table.tagName).toBe("TABLE");
    const headers = within(table).getAllByRole("columnheader");
    expect(headers.map((h) => h.tagName)).toEqual(["TH", "TH", "TH"]);
    expect(headers.map(text)).toEqual(["Argument", "Required?", "Description"]);
    const rows = within(table).getAllByRole("row").slice(1);
    expect(rows.map((row) => within(row).getAllByRole("cell").map(text))).toEqual(
      costEn.parameters.map((p) => [p.name, p.optional ? "Optional" : "Required", p.description]),
    );

    // No result description in the English metadata: the shape note still says what comes back.
    expect(screen.getByText(/the result spills over several cells/)).toBeTruthy();

    const examples = screen.getByRole("table", { name: "Examples of ZC.CBAM_COST" });
    const exampleRows = within(examples).getAllByRole("row").slice(1);
    expect(within(exampleRows[0]!).getAllByRole("cell").map(text)).toEqual([
      "=ZC.CBAM_COST(2, 1000, 80, 2026, 1.37)",
      "53140",
    ]);
    expect(
      screen.getByText(
        "Source: README, worked by hand from Regulation (EU) 2023/956 Art. 21-22 and Directive 2003/87/EC Art. 10a(1a)",
      ),
    ).toBeTruthy();

    const others = within(screen.getByRole("navigation", { name: "Other ZC functions" })).getAllByRole(
      "link",
    );
    expect(others.map((a) => [text(a), a.getAttribute("href")])).toEqual([
      ["ZC.CBAM_PHASE_IN", "?help=CBAM_PHASE_IN&lang=en"],
      ["ZC.OFFSET_RATIO", "?help=OFFSET_RATIO&lang=en"],
    ]);
    const all = screen.getByRole("link", { name: "All ZC functions" });
    expect(all.getAttribute("href")).toBe("?help&lang=en");
  });

  it("keeps links and the language toggle keyboard-reachable", async () => {
    const { user } = renderHelp("?help=CBAM_COST");
    await screen.findByRole("heading", { level: 1, name: "ZC.CBAM_COST" });
    for (const link of screen.getAllByRole("link")) {
      expect(link.tagName).toBe("A");
      expect(link.getAttribute("href")).toMatch(/^\?help/);
      expect(link.getAttribute("tabindex")).not.toBe("-1");
    }
    await user.tab();
    expect(text(document.activeElement)).toBe("All ZC functions");
    await user.tab();
    expect(document.activeElement?.getAttribute("aria-label")).toBe("中文 – show this help in Chinese");
  });

  it("finds the id case-insensitively; a function with no optional arguments and a single result", async () => {
    renderHelp("?help=offset_ratio");
    await screen.findByRole("heading", { level: 1, name: "ZC.OFFSET_RATIO" });
    expect(text(screen.getByTestId("help-syntax"))).toBe("=ZC.OFFSET_RATIO(offsets, emissions)");
    expect(screen.queryByText("Arguments in [brackets] are optional.")).toBeNull();
    expect(screen.getByText("The result is a single value.")).toBeTruthy();
    // README's example uses ranges: the note says what they hold
    expect(screen.getByText("B2:B3 hold 10 and 20; C2:C3 hold 100 and 200.")).toBeTruthy();
  });

  it("?lang=zh reads functions.zh-CN.json and shows Chinese text", async () => {
    renderHelp("?help=CBAM_COST&lang=zh");
    expect(await screen.findByText(costZh.description)).toBeTruthy();
    expect(fetchedFiles()).toEqual(["/functions.zh-CN.json"]);
    expect(document.documentElement.lang).toBe("zh-CN");
    const table = screen.getByRole("table", { name: "ZC.CBAM_COST 的参数" });
    expect(within(table).getAllByRole("columnheader").map(text)).toEqual(["参数", "是否必填", "说明"]);
    expect(text(within(table).getAllByRole("row")[5])).toBe(
      `benchmark可选${costZh.parameters[4]!.description}`,
    );
    expect(screen.getByText("成本（欧元）。")).toBeTruthy();
    expect(screen.getByRole("heading", { level: 2, name: "示例" })).toBeTruthy();
  });

  it("without lang= follows Office's display language, then the browser's", async () => {
    const first = renderHelp("?help=CBAM_COST", { officeLanguage: "zh-CN", browserLanguage: "en-US" });
    expect(await screen.findByText(costZh.description)).toBeTruthy();
    first.unmount();
    const second = renderHelp("?help=CBAM_COST", { browserLanguage: "zh-TW" });
    expect(await screen.findByText(costZh.description)).toBeTruthy();
    second.unmount();
    renderHelp("?help=CBAM_COST&lang=en", { officeLanguage: "zh-CN", browserLanguage: "zh-CN" });
    expect(await screen.findByText(costEn.description)).toBeTruthy();
  });

  it("the toggle switches language in place, records it in the address and fetches each file once", async () => {
    const { user } = renderHelp("?help=CBAM_COST");
    await screen.findByText(costEn.description);
    await user.click(screen.getByRole("button", { name: /show this help in Chinese/ }));
    expect(await screen.findByText(costZh.description)).toBeTruthy();
    expect(window.location.search).toBe("?help=CBAM_COST&lang=zh");
    await user.click(screen.getByRole("button", { name: /以英文显示此帮助/ }));
    expect(await screen.findByText(costEn.description)).toBeTruthy();
    expect(fetchedFiles()).toEqual(["/functions.json", "/functions.zh-CN.json"]);
  });

  it("follows links in the page, moves focus to the new heading, and Back returns", async () => {
    const { user } = renderHelp("?help=CBAM_COST");
    await screen.findByRole("heading", { level: 1, name: "ZC.CBAM_COST" });
    await user.click(screen.getByRole("link", { name: "ZC.CBAM_PHASE_IN" }));
    const heading = screen.getByRole("heading", { level: 1, name: "ZC.CBAM_PHASE_IN" });
    expect(document.activeElement).toBe(heading);
    expect(window.location.search).toBe("?help=CBAM_PHASE_IN&lang=en");
    expect(fetchMock).toHaveBeenCalledTimes(1);

    await user.click(screen.getByRole("link", { name: "All ZC functions" }));
    expect(screen.getByRole("heading", { level: 1, name: "Functions in the ZC namespace" })).toBeTruthy();

    window.history.replaceState(null, "", "/taskpane.html?help=CBAM_COST");
    act(() => window.dispatchEvent(new PopStateEvent("popstate")));
    expect(screen.getByRole("heading", { level: 1, name: "ZC.CBAM_COST" })).toBeTruthy();
  });

  it("falls back to ordinary page loads when office.js removed the history API", async () => {
    const original = window.history.pushState;
    (window.history as { pushState: unknown }).pushState = null;
    try {
      const { user } = renderHelp("?help=CBAM_COST");
      await screen.findByRole("heading", { level: 1, name: "ZC.CBAM_COST" });
      const link = screen.getByRole("link", { name: "ZC.CBAM_PHASE_IN" });
      // Seen after the page's handlers; then cancelled, as jsdom cannot load pages.
      let intercepted: boolean | undefined;
      const observe = (event: MouseEvent) => {
        intercepted = event.defaultPrevented;
        event.preventDefault();
      };
      document.addEventListener("click", observe, { once: true });
      await user.click(link);
      // not intercepted: the browser loads the link's address
      expect(intercepted).toBe(false);
      expect(screen.getByRole("heading", { level: 1, name: "ZC.CBAM_COST" })).toBeTruthy();
      // the toggle still switches the language
      await user.click(screen.getByRole("button", { name: /show this help in Chinese/ }));
      expect(await screen.findByText(costZh.description)).toBeTruthy();
    } finally {
      window.history.pushState = original;
    }
  });
});

describe("the index", () => {
  it("?help lists every function with the first sentence of its description", async () => {
    renderHelp("?help");
    await screen.findByRole("heading", { level: 1, name: "Functions in the ZC namespace" });
    expect(screen.queryByRole("alert")).toBeNull();
    const nav = screen.getByRole("navigation", { name: "Functions in the ZC namespace" });
    const items = within(nav).getAllByRole("listitem");
    expect(items.map(text)).toEqual([
      "ZC.CBAM_COST — EU CBAM cost of an import, EUR rounded half-up to the cent (Regulation (EU) 2023/956).",
      "ZC.CBAM_PHASE_IN — CBAM phase-in share of a year, as a fraction (2026: 0.025 … 2034 onward: 1).",
      "ZC.OFFSET_RATIO — Offset dependency: offsets retired ÷ gross emissions, as a fraction (0.1 = 10 %).",
    ]);
    expect(
      within(nav)
        .getAllByRole("link")
        .map((a) => a.getAttribute("href")),
    ).toEqual(["?help=CBAM_COST&lang=en", "?help=CBAM_PHASE_IN&lang=en", "?help=OFFSET_RATIO&lang=en"]);
    expect(document.title).toBe("ZC function help");
  });

  it("an unknown id says so and shows the index", async () => {
    renderHelp("?help=NOPE&lang=en");
    const alert = await screen.findByRole("alert");
    expect(text(alert)).toContain("No function named “NOPE”");
    expect(screen.getByRole("heading", { level: 1, name: "Functions in the ZC namespace" })).toBeTruthy();
    expect(screen.getAllByRole("listitem")).toHaveLength(FIXTURE.en.functions.length);
  });

  it("in Chinese", async () => {
    renderHelp("?help=&lang=zh");
    await screen.findByRole("heading", { level: 1, name: "ZC 命名空间中的函数" });
    expect(text(screen.getAllByRole("listitem")[0])).toBe(
      "ZC.CBAM_COST — 一批进口产品的欧盟 CBAM 成本（欧元，四舍五入到分）。",
    );
  });
});

describe("a failed load", () => {
  it.each([
    ["an HTTP error", { status: 404 }, "The server answered 404 for functions.json."],
    [
      "a network error",
      { reject: new TypeError("Failed to fetch") },
      "functions.json could not be fetched: Failed to fetch.",
    ],
    ["a file that is not JSON", { text: "<html>" }, "functions.json is not valid function metadata:"],
    [
      "JSON of the wrong shape",
      { body: { functions: [{ id: "X" }] } },
      "functions.json is not valid function metadata: functions[0] has no name.",
    ],
  ])("%s shows a readable error", async (_, reply, message) => {
    stubFetch({ "functions.json": reply });
    renderHelp("?help=CBAM_COST");
    const alert = await screen.findByRole("alert");
    expect(text(alert)).toContain("The function help could not be loaded");
    expect(text(alert)).toContain(message);
    expect(text(alert)).toContain("Reload the page to try again.");
  });

  it("in Chinese", async () => {
    stubFetch({ "functions.zh-CN.json": { status: 500 } });
    renderHelp("?help=CBAM_COST&lang=zh");
    expect(text(await screen.findByRole("alert"))).toContain("服务器对 functions.zh-CN.json 返回了 500。");
  });
});
