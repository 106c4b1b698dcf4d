/** @jest-environment jsdom */
import { screen, waitFor, within } from "@testing-library/react";
import { type ExcelFake, installExcelFake } from "../../support/excelFake";
import { text } from "../renderApp";
import { specDraft, specLine } from "../../core/quote/quoteDrafts";
import { renderQuoteTab } from "./renderQuoteTab";
import { loadEuLookup } from "../../../src/core/eu";

let fake: ExcelFake;
// The EU tables load once per page; loaded before the first render, as after the tab's first use.
beforeAll(() => loadEuLookup());
beforeEach(() => {
  fake = installExcelFake();
  fake.state.addSheet("Sheet1");
});
afterEach(() => fake.uninstall());

describe("Quote tab form", () => {
  it("prices a line typed from the keyboard: 53,140.00 EUR for the spec vector", async () => {
    const { user } = renderQuoteTab();
    // Pristine: no wall of errors before anything is typed.
    expect(screen.queryByTestId("quote-issues")).toBeNull();
    await user.type(screen.getByRole("textbox", { name: "CN code, line 1" }), "7208 51 20");
    await user.type(screen.getByRole("textbox", { name: "Quantity (t), line 1" }), "1000");
    await user.type(screen.getByRole("textbox", { name: "SEE (tCO2e/t), line 1" }), "2.0");
    await user.type(screen.getByRole("textbox", { name: "Benchmark (tCO2e/t), line 1" }), "1.37");
    await user.type(screen.getByRole("textbox", { name: "Base price (EUR/t), line 1" }), "600");
    const year = screen.getByRole("textbox", { name: /^Delivery year/ });
    expect((year as HTMLInputElement).value).toBe(String(new Date().getFullYear() + 1)); // next year
    await user.clear(year);
    await user.type(year, "2026");
    expect(text(screen.getByTestId("quote-verdict"))).toContain("1 input missing");
    // The price's error shows under the field once the user leaves it.
    const price = screen.getByRole("textbox", { name: /^EU certificate price \(EUR\/tCO2e\)/ });
    expect(screen.queryByText("EU certificate price (EUR/tCO2e): enter a value.")).toBeNull();
    await user.click(price);
    await user.tab();
    expect(screen.getByText("EU certificate price (EUR/tCO2e): enter a value.")).toBeTruthy();
    await user.type(price, "80");

    expect(screen.queryByTestId("quote-issues")).toBeNull();
    expect(text(screen.getByTestId("quote-line-cost-1"))).toBe("53,140.00");
    expect(text(screen.getByTestId("quote-total-per-tonne"))).toBe("53.14");
    // The verdict: 53.14 EUR/t, 53.14 / 600 = 8.86 % of the price, 53,140.00 EUR in 2026 (cbam.md §7).
    const verdict = text(screen.getByTestId("quote-verdict"));
    expect(verdict).toContain("CBAM cost per tonne, 2026");
    expect(verdict).toContain("53.14 EUR/t");
    expect(verdict).toContain("+8.86 % on the price");
    expect(verdict).toContain("Total 53,140.00 EUR for 2026");
    // The good comes from the CN code.
    expect(text(screen.getByRole("combobox", { name: "CBAM good, line 1" }).querySelector("option"))).toBe(
      "From CN code (Iron and steel)",
    );
    // 2034: no free allocation left, 2.0 × 80 × 1,000.
    const row2034 = screen.getByTestId("quote-path-2034");
    expect(within(row2034).getAllByRole("cell").map(text)).toContain("160,000.00");
  });

  it("names the line and the field of a bad value and marks the input", async () => {
    const { user } = renderQuoteTab(specDraft({ lines: [specLine(), specLine()] }));
    const see = screen.getByRole("textbox", { name: "SEE (tCO2e/t), line 2" });
    await user.clear(see);
    await user.type(see, "abc");
    await user.tab();
    expect(screen.getByText('Line 2, SEE (tCO2e/t): SEE must be a number (got "abc").')).toBeTruthy();
    expect(text(screen.getByTestId("quote-verdict"))).toContain("1 input to fix");
    expect(see.getAttribute("aria-invalid")).toBe("true");
    expect(
      screen.getByRole("textbox", { name: "SEE (tCO2e/t), line 1" }).getAttribute("aria-invalid"),
    ).toBeNull();
    expect(screen.queryByTestId("quote-total-cost")).toBeNull();
  });

  it("takes numbers and CN headings as traders type them", async () => {
    const { user } = renderQuoteTab(specDraft({ lines: [specLine({ quantity: "", cnCode: "" })] }));
    await user.type(screen.getByRole("textbox", { name: "Quantity (t), line 1" }), "１，０００");
    await user.type(screen.getByRole("textbox", { name: "CN code, line 1" }), "7208");
    // A heading names the good, with a soft note: the declaration needs 8 digits.
    expect(
      screen.getByText(
        "7208 maps to Iron and steel. The customs declaration needs the full 8-digit CN code.",
      ),
    ).toBeTruthy();
    // Same 53,140.00 EUR as 1000 t of 7208 51 20 (cbam.md §7).
    expect(text(screen.getByTestId("quote-line-cost-1"))).toBe("53,140.00");
    expect(text(screen.getByTestId("quote-line-summary-1"))).toBe(
      "Hot-rolled coil · 7208 · １，０００ t · SEE 2.0",
    );
  });

  it("counts what is missing until the quote can be priced", () => {
    renderQuoteTab(specDraft({ price: { kind: "single", price: "" }, lines: [specLine({ basePrice: "" })] }));
    expect(text(screen.getByTestId("quote-verdict"))).toContain("2 inputs missing");
    expect(screen.queryByTestId("quote-total-cost")).toBeNull();
  });

  it("folds a filled line to its summary and opens it again", async () => {
    const { user } = renderQuoteTab(specDraft());
    await user.click(screen.getByRole("button", { name: "Done with line 1" }));
    expect(screen.queryByRole("textbox", { name: "Quantity (t), line 1" })).toBeNull();
    expect(text(screen.getByTestId("quote-line-summary-1"))).toBe(
      "Hot-rolled coil · 7208 51 20 · 1000 t · SEE 2.0",
    );
    await user.click(screen.getByRole("button", { name: "Edit line 1" }));
    expect(screen.getByRole("textbox", { name: "Quantity (t), line 1" })).toBeTruthy();
  });

  it("adds and removes lines, always keeping one", async () => {
    const { user, store } = renderQuoteTab(specDraft());
    await user.click(screen.getByRole("button", { name: "Add line" }));
    expect(store.get().lines).toHaveLength(2);
    expect(screen.getByRole("textbox", { name: "Description, line 2" })).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "Remove line 1" }));
    expect(store.get().lines).toHaveLength(1);
    expect(store.get().lines[0]!.description).toBe("");
    const remove = screen.getByRole("button", { name: "Remove line 1" });
    expect(remove.hasAttribute("disabled")).toBe(true);
  });

  it("shows the lower-SEE scenario side by side: 25 % lower saves 40,000.00", async () => {
    const { user } = renderQuoteTab(specDraft());
    await user.click(screen.getByRole("radio", { name: "Same % reduction on every line" }));
    await user.type(screen.getByRole("textbox", { name: /^SEE reduction \(%\)/ }), "25");
    // (2.0 − 1.5) × 80 × 1,000 saved every year
    expect(text(screen.getByTestId("quote-saving-total"))).toBe("40,000.00");
    expect(text(screen.getByTestId("quote-saving-1"))).toBe("40,000.00");
  });

  it("switches to a price path seeded with the single price", async () => {
    const { user, store } = renderQuoteTab(specDraft());
    await user.click(screen.getByRole("radio", { name: "Price per year 2026-2034" }));
    const price2034 = screen.getByRole("textbox", { name: /^Price 2034/ });
    expect((price2034 as HTMLInputElement).value).toBe("80");
    await user.clear(price2034);
    await user.type(price2034, "120");
    expect(store.get().price).toMatchObject({ kind: "path", byYear: { 2026: "80", 2034: "120" } });
    // 2 × 120 × 1,000
    expect(within(screen.getByTestId("quote-path-2034")).getAllByRole("cell").map(text)).toContain(
      "240,000.00",
    );
  });

  it("shows the de minimis check with the per-importer caveat", () => {
    renderQuoteTab(specDraft({ lines: [specLine({ quantity: "50" })] }));
    const note = text(screen.getByTestId("quote-de-minimis"));
    expect(note).toContain("This quote's counted mass is 50 t: at or below 50 t.");
    expect(note).toContain("per importer (EORI number) per calendar year");
  });

  it("speaks Chinese with Chinese labels and the same figures", () => {
    renderQuoteTab(specDraft(), "zh");
    expect(screen.getByRole("textbox", { name: "第 1 行单位隐含排放 SEE（tCO2e/吨）" })).toBeTruthy();
    expect(text(screen.getByTestId("quote-line-cost-1"))).toBe("53,140.00");
    expect(screen.getByRole("button", { name: "写入工作簿" })).toBeTruthy();
  });
});

describe("Quote tab workbook actions", () => {
  it("inserts the quote, then reads an edited quantity back", async () => {
    const { user, store } = renderQuoteTab(specDraft());
    await user.click(screen.getByRole("button", { name: "Insert into workbook" }));
    await screen.findByText("Quote inserted on sheet “ZC Quote” as table ZCQuote1.");
    const sheet = fake.state.sheet("ZC Quote");
    expect(sheet.cell(21, 10)?.formula).toMatch(/^=ZC\.CBAM_COST\(\[@\[SEE \(tCO2e\/t\)\]\]/);

    sheet.cellForWrite(21, 4).value = 500; // the user changes the quantity in Excel
    await user.click(screen.getByRole("button", { name: "Read quote from workbook" }));
    await screen.findByText("Quote read from table ZCQuote1 on sheet “ZC Quote”.");
    expect(store.get().lines[0]!.quantity).toBe("500");
    // 0.66425 × 80 × 500
    expect(text(screen.getByTestId("quote-line-cost-1"))).toBe("26,570.00");
  });

  it("names the cell when a value read from the workbook is bad", async () => {
    const { user } = renderQuoteTab(specDraft());
    await user.click(screen.getByRole("button", { name: "Insert into workbook" }));
    await screen.findByText(/Quote inserted/);
    fake.state.sheet("ZC Quote").cellForWrite(21, 5).value = "n/a";
    await user.click(screen.getByRole("button", { name: "Read quote from workbook" }));
    await screen.findByText("Quote read from table ZCQuote1 on sheet “ZC Quote”.");
    const issues = text(screen.getByTestId("quote-issues"));
    expect(issues).toContain("Quote read from table ZCQuote1; some cells need fixing:");
    expect(issues).toContain("'ZC Quote'!F22 — Line 1, SEE (tCO2e/t): SEE must be a number (got \"n/a\").");
  });

  it("reports a workbook without a quote table in the message bar", async () => {
    const { user } = renderQuoteTab(specDraft());
    await user.click(screen.getByRole("button", { name: "Read quote from workbook" }));
    await waitFor(() =>
      expect(text(screen.getByTestId("live-alert"))).toContain(
        "No quote table (ZCQuote…) in this workbook: insert a quote first.",
      ),
    );
  });
});

describe("Quote tab with a country of origin (EU default values)", () => {
  it("a line without SEE takes the default value, labelled with the data version; one with an actual SEE shows the default path and the saving", () => {
    // China 7208 (OJ IR 2025/2621 line 16562: 3,187; benchmark workbook Benchmarks!F173: 1.37):
    // default path (3.187 × 1.1 − 1.37 × 0.975) × 80 = 173.60 EUR/t; the spec line's actual SEE 2.0: 53.14.
    renderQuoteTab(
      specDraft({
        lines: [specLine({ see: "", benchmark: "", country: "CN" }), specLine({ country: "中国" })],
      }),
    );
    expect(screen.getByTestId("quote-line-default-1").textContent).toBe(
      "default value (Regulation 2025/2621, data version 1 of 2026-02-04)",
    );
    expect(screen.getByTestId("quote-line-default-cost-1").textContent).toBe("173.60");
    expect(screen.getByTestId("quote-line-default-cost-2").textContent).toBe("173.60");
    expect(screen.getByTestId("quote-line-saving-2").textContent).toBe("120.46");
    expect(screen.queryByTestId("quote-line-default-2")).toBeNull();
  });

  it("says why a country gives no default value", () => {
    renderQuoteTab(specDraft({ lines: [specLine({ country: "Norway" })] }), "zh");
    expect(screen.getByTestId("quote-line-default-1").textContent).toMatch(/附件三/);
  });
});
