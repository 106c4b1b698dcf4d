import { blankQuoteDraft } from "../../../src/core/quote";
import { quoteDraftReducer } from "../../../src/taskpane/quote";
import { en } from "../../../src/i18n/en";
import { QUOTE_STRINGS } from "../../../src/i18n/quote";
import { specDraft } from "../../core/quote/quoteDrafts";

describe("quoteDraftReducer", () => {
  it("seeds a price path from the single price and goes back to the first year's", () => {
    const path = quoteDraftReducer(specDraft(), { type: "usePricePath", path: true });
    expect(path.price).toEqual({
      kind: "path",
      byYear: {
        2026: "80",
        2027: "80",
        2028: "80",
        2029: "80",
        2030: "80",
        2031: "80",
        2032: "80",
        2033: "80",
        2034: "80",
      },
    });
    const edited = quoteDraftReducer(path, { type: "setPathPrice", year: 2026, price: "70" });
    expect(quoteDraftReducer(edited, { type: "usePricePath", path: false }).price).toEqual({
      kind: "single",
      price: "70",
    });
  });

  it("edits one line and leaves the others", () => {
    const two = quoteDraftReducer(specDraft(), { type: "addLine" });
    const edited = quoteDraftReducer(two, { type: "editLine", index: 1, patch: { see: "1.2" } });
    expect(edited.lines.map((line) => line.see)).toEqual(["2.0", "1.2"]);
  });

  it("keeps one line and switches scenarios", () => {
    expect(quoteDraftReducer(blankQuoteDraft(), { type: "removeLine", index: 0 }).lines).toHaveLength(1);
    const percent = quoteDraftReducer(specDraft(), { type: "useScenario", kind: "percent" });
    expect(percent.scenario).toEqual({ kind: "percent", reductionPercent: "" });
    expect(quoteDraftReducer(percent, { type: "useScenario", kind: "perLine" }).scenario).toEqual({
      kind: "perLine",
    });
  });
});

describe("quote strings", () => {
  const shape = (value: unknown): unknown =>
    typeof value === "object" && value !== null
      ? Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, shape(inner)]))
      : typeof value;

  it("have the same keys and placeholders in English and Chinese", () => {
    expect(shape(QUOTE_STRINGS.zh)).toEqual(shape(QUOTE_STRINGS.en));
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();
    const walk = (enValue: unknown, zhValue: unknown): void => {
      if (typeof enValue === "string") expect(placeholders(zhValue as string)).toEqual(placeholders(enValue));
      else if (typeof enValue === "object" && enValue !== null)
        for (const key of Object.keys(enValue)) walk((enValue as never)[key], (zhValue as never)[key]);
    };
    walk(QUOTE_STRINGS.en, QUOTE_STRINGS.zh);
  });

  it("label the tab in the shell's strings", () => expect(en.tabs.quote).toBe("Quote"));
});
