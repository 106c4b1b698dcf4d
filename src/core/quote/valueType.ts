/**
 * Whether a line's SEE is actual or the Commission's default value, as people write it: the id
 * ("actual", "default") or the label in either language ("Default value", "默认值"). The one
 * reading used by the quote form's labels, the quote sheet reader and the formulas written into
 * the sheet (which compare against the same spellings), so the sheet prices a line as the pane.
 */
import type { LocalizedText } from "../shared/localizedText";
import type { SeeValueType } from "./types";

export const SEE_VALUE_TYPE_NAMES: Readonly<Record<SeeValueType, LocalizedText>> = {
  actual: { en: "Actual", zh: "实际值" },
  default: { en: "Default value", zh: "默认值" },
};

/** Every accepted spelling of a value type (Excel compares text without case). */
export const VALUE_TYPE_SPELLINGS: Readonly<Record<SeeValueType, readonly string[]>> = {
  actual: ["actual", SEE_VALUE_TYPE_NAMES.actual.en, SEE_VALUE_TYPE_NAMES.actual.zh],
  default: ["default", SEE_VALUE_TYPE_NAMES.default.en, SEE_VALUE_TYPE_NAMES.default.zh],
};

const fold = (text: string): string => text.normalize("NFKC").trim().replace(/\s+/g, " ").toLowerCase();

/** The value type a text names; blank = actual; null when it names none. */
export function valueTypeFromText(typed: string): SeeValueType | null {
  const wanted = fold(typed);
  if (wanted === "") return "actual";
  for (const type of ["actual", "default"] as const) {
    if (VALUE_TYPE_SPELLINGS[type].some((spelling) => fold(spelling) === wanted)) return type;
  }
  return null;
}
