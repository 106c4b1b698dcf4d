/** The quote form's appendLines action with lines from a supplier's template. */
import { blankQuoteDraft } from "../../../src/core/quote";
import type { QuoteLineDraft } from "../../../src/core/quote";
import { quoteDraftReducer } from "../../../src/taskpane/quote";

const line = (cnCode: string, see: string): QuoteLineDraft => ({
  description: `supplier ${cnCode}`,
  cnCode,
  country: "CN",
  good: "",
  quantity: "",
  see,
  valueType: "actual",
  benchmark: "",
  basePrice: "",
  alternativeSee: "",
});
const lines = [line("73181542", "2.0069382352941174"), line("73181535", "1.9524475609756098")];

describe("appendLines", () => {
  it("replaces the blank form line, keeps lines the user typed", () => {
    expect(quoteDraftReducer(blankQuoteDraft(), { type: "appendLines", lines }).lines).toEqual(lines);
    const typed = quoteDraftReducer(blankQuoteDraft(), {
      type: "editLine",
      index: 0,
      patch: { cnCode: "72085120" },
    });
    const appended = quoteDraftReducer(typed, { type: "appendLines", lines });
    expect(appended.lines.map((line) => line.cnCode)).toEqual(["72085120", "73181542", "73181535"]);
  });
});
