/**
 * The message under a tab's buttons. Stored as a string key and its parameters (never as rendered
 * text) so a language switch re-renders it; errors are stored as caught and described at render.
 * Every message takes a number from one counter, so the newest of several sources wins.
 */
import { type UiLanguage, type UiStrings, format, uiStrings } from "../../i18n";
import { type QuoteStrings, quoteStrings } from "../../i18n/quote";
import { SUPPLIER_STRINGS, type SupplierStrings } from "../supplier/supplierStrings";

type Params = Readonly<Record<string, string | number>>;
type StringKeys<T> = { [K in keyof T]: T[K] extends string ? K : never }[keyof T];

export type MessageText =
  | { table: "messages"; key: keyof UiStrings["messages"]; params?: Params }
  | { table: "quote"; key: keyof QuoteStrings["actions"]; params?: Params }
  | { table: "supplier"; key: StringKeys<SupplierStrings>; params?: Params }
  /** Text that reads the same in every language: a cell address, a file name. */
  | { table: "plain"; text: string }
  | { table: "join"; parts: readonly MessageText[]; separator: string };

export interface Notice {
  intent: "success" | "info";
  text: MessageText;
}

export type PaneMessage = ({ kind: "notice" } & Notice) | { kind: "error"; error: unknown };

export interface Ordered<T> {
  order: number;
  value: T;
}

let counter = 0;
/** A number larger than every one handed out before. */
export function nextOrder(): number {
  counter += 1;
  return counter;
}

export function renderMessageText(text: MessageText, language: UiLanguage): string {
  switch (text.table) {
    case "messages":
      return format(uiStrings(language).messages[text.key], text.params ?? {});
    case "quote":
      return format(quoteStrings(language).actions[text.key], text.params ?? {});
    case "supplier":
      return format(SUPPLIER_STRINGS[language][text.key] as string, text.params ?? {});
    case "plain":
      return text.text;
    case "join":
      return text.parts.map((part) => renderMessageText(part, language)).join(text.separator);
  }
}

/** The newest of several (possibly absent) messages, unless dismissed after it. */
export function newest<T>(dismissedAt: number, ...candidates: (Ordered<T> | null)[]): Ordered<T> | null {
  let best: Ordered<T> | null = null;
  for (const candidate of candidates)
    if (candidate && candidate.order > dismissedAt && (!best || candidate.order > best.order))
      best = candidate;
  return best;
}
