/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "node-addons"]}
 */
// Node export conditions: exceljs (which reads the Commission's file here) needs uuid's CommonJS build.
/**
 * The Supplier data tab over the Excel stand-in holding the Commission's screws-and-nuts example
 * (and a copy with a broken CN code): what it shows, go-to-cell, and "use in a quote".
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { screen, waitFor, within } from "@testing-library/react";
import type { TemplateWorkbook } from "../../../src/core/supplier";
import { uiStrings } from "../../../src/i18n";
import { I18nContext } from "../../../src/taskpane/shell/i18nContext";
import { officeExcel } from "../../../src/taskpane/shell/paneExcel";
import { createQuoteDraftStore } from "../../../src/taskpane/quote";
import { SupplierTab } from "../../../src/taskpane/supplier";
import { renderInJsdom } from "../../support/dom/renderInJsdom";
import { type ExcelFake, installExcelFake } from "../../support/excelFake";
import { addTemplateSheets } from "../../support/supplier/fakeTemplate";
import { calculated, patchWorkbook } from "../../support/supplier/patchedWorkbook";
import { CEMENT_EXAMPLE, readTemplateFile, SCREWS_EXAMPLE } from "../../support/supplier/sharedTemplates";
import { renderQuoteTab } from "../quote/renderQuoteTab";
import * as fs from "node:fs";
import { text } from "../renderApp";

let screws: TemplateWorkbook;
let fake: ExcelFake;

beforeAll(async () => {
  screws = await readTemplateFile(SCREWS_EXAMPLE);
}, 60_000);
beforeEach(() => {
  fake = installExcelFake();
});
afterEach(() => fake.uninstall());

function renderTab(language: "en" | "zh" = "en") {
  const store = createQuoteDraftStore();
  const i18n = { language, s: uiStrings(language), setLanguage: () => undefined };
  const view = renderInJsdom(
    <FluentProvider theme={webLightTheme}>
      <I18nContext.Provider value={i18n}>
        <SupplierTab store={store} excel={officeExcel} />
      </I18nContext.Provider>
    </FluentProvider>,
  );
  return { store, ...view };
}

describe("Supplier data tab", () => {
  it("reads the open template and hands its products to the quote with the supplier's SEE", async () => {
    addTemplateSheets(fake, screws);
    const { user, store } = renderTab();
    await user.click(screen.getByRole("button", { name: "Read the open workbook" }));
    await waitFor(() => expect(screen.getByTestId("supplier-installation")).toBeTruthy());
    expect(text(screen.getByTestId("supplier-installation"))).toContain("Example Screw Production Plant"); // G12
    const first = within(screen.getByTestId("supplier-product-1")).getAllByRole("cell").map(text);
    // Summary_Communication!C26, F26, H26, I26, J26, K26, then the SEE priced (I26, Annex II)
    expect(first).toEqual([
      "1",
      "73181542",
      "Screws and Nuts Art. C1",
      "2.0069382352941174",
      "0.4066",
      "2.4135382352941175",
      "2.0069382352941174 (direct only (Annex II))",
    ]);
    expect(text(screen.getByTestId("supplier-ready"))).toBe("Ready to send: no finding.");

    await user.click(screen.getByRole("button", { name: "Use in a quote" }));
    const lines = store.get().lines;
    expect(lines.map((line) => [line.cnCode, line.see, line.valueType])).toEqual([
      ["73181542", "2.0069382352941174", "actual"], // I26
      ["73181535", "1.9524475609756098", "actual"], // I27
    ]);
    expect(lines[0]!.description).toBe(
      "Screws and Nuts Art. C1 — Example Screw Production Plant (the open workbook)",
    );
  });

  it("shows the open workbook's template as soon as the tab opens", async () => {
    addTemplateSheets(fake, screws);
    renderTab();
    await waitFor(() => expect(screen.getByTestId("supplier-product-2")).toBeTruthy());
    expect(text(screen.getByTestId("supplier-installation"))).toContain("Example Screw Production Plant"); // G12
  });

  it("lists a finding with a button that selects its cell", async () => {
    const broken = patchWorkbook(screws, { Summary_Communication: { F26: calculated("7318154") } });
    addTemplateSheets(fake, broken);
    const { user } = renderTab();
    await user.click(screen.getByRole("button", { name: "Read the open workbook" }));
    await waitFor(() => expect(screen.getByTestId("supplier-findings")).toBeTruthy());
    expect(text(screen.getByTestId("supplier-findings"))).toContain(
      'Product 1: the CN code in F26 is "7318154"; expected 8 digits',
    );
    await user.click(screen.getByRole("button", { name: "Go to Summary_Communication!F26" }));
    await waitFor(() => expect(fake.state.selectionAddress).toBe("Summary_Communication!F26"));
  });

  it("says when the open workbook is not a template (in Chinese too)", async () => {
    fake.state.addSheet("Sheet1", [["a"]]);
    const { user } = renderTab("zh");
    await user.click(screen.getByRole("button", { name: "读取当前工作簿" }));
    await waitFor(() => expect(document.body.textContent).toContain("当前工作簿不是 CBAM 数据沟通模板"));
  });
});

/** The picked file as the browser hands it over (jsdom's File has no arrayBuffer()). */
function pickedFile(file: string): File {
  const bytes = fs.readFileSync(file);
  const picked = new File([bytes], file.split("/").pop()!, {
    type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  });
  Object.defineProperty(picked, "arrayBuffer", {
    value: async () => bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength),
  });
  return picked;
}

describe("a template file picked by the user (read in the browser by the lazily loaded reader)", () => {
  it("the Supplier data tab shows it and quotes it naming the file", async () => {
    const { user, store } = renderTab();
    await user.upload(screen.getByLabelText("Read a template file…"), pickedFile(CEMENT_EXAMPLE));
    await waitFor(() => expect(screen.getByTestId("supplier-installation")).toBeTruthy(), {
      timeout: 20_000,
    });
    expect(text(screen.getByTestId("supplier-installation"))).toContain("Example Cement Producer"); // G12
    // Findings name cells but offer no go-to button: the file is not the open workbook.
    expect(screen.queryByRole("button", { name: /^Go to / })).toBeNull();
    await user.click(screen.getByRole("button", { name: "Use in a quote" }));
    expect(store.get().lines).toEqual([
      expect.objectContaining({
        cnCode: "25232900", // F26
        see: "0.9074574910358565", // K26: cement is priced on its total
        valueType: "actual",
        description: "Portland Cement Art. Nr. 1 — Example Cement Producer (example-cement-v2.1.xlsx)",
      }),
    ]);
  }, 60_000);

  it("the Quote tab adds one line per product of a picked template", async () => {
    const { user, store } = renderQuoteTab();
    await user.upload(
      screen.getByLabelText("Add lines from a supplier template…"),
      pickedFile(SCREWS_EXAMPLE),
    );
    await waitFor(() => expect(store.get().lines).toHaveLength(2), { timeout: 20_000 });
    expect(store.get().lines.map((line) => [line.cnCode, line.see])).toEqual([
      ["73181542", "2.0069382352941174"], // I26
      ["73181535", "1.9524475609756098"], // I27
    ]);
  }, 60_000);
});
