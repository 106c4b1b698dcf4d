/** A quote table that cannot be read back, with what to do, in both languages. */
import type { LocalizedText } from "../../core/shared/localizedText";
import { fillIn, QUOTE_STRINGS, type QuoteStrings } from "../../i18n/quote";

type ReadMessage = keyof QuoteStrings["read"];

export class QuoteReadError extends Error {
  readonly localized: LocalizedText;

  constructor(key: ReadMessage, values: Readonly<Record<string, string>> = {}) {
    const localized = bilingual(key, values);
    super(localized.en);
    this.name = "QuoteReadError";
    this.localized = localized;
  }
}

/** The `read` message `key` in both languages, placeholders filled. */
export function bilingual(key: ReadMessage, values: Readonly<Record<string, string>>): LocalizedText {
  return {
    en: fillIn(QUOTE_STRINGS.en.read[key], values),
    zh: fillIn(QUOTE_STRINGS.zh.read[key], values),
  };
}
