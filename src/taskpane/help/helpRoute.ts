/**
 * The help page's address: `taskpane.html?help=CBAM_COST&lang=zh`. `?help` alone (or empty) is the
 * index. Excel's help links, the manifest's SupportUrl and LearnMoreUrl all point here.
 */
import { type UiLanguage, languageFromTag } from "../../core/shared/localizedText";

export interface HelpRoute {
  /** Requested function id, or null for the index. */
  functionId: string | null;
  /** Language forced by `lang=`, or null to follow Office or the browser. */
  language: UiLanguage | null;
}

/** Null when the address is not a help address (no `help` parameter). */
export function readHelpRoute(search: string): HelpRoute | null {
  const params = new URLSearchParams(search);
  if (!params.has("help")) return null;
  const id = (params.get("help") ?? "").trim();
  const lang = params.get("lang");
  return {
    functionId: id === "" ? null : id,
    language: lang === null || lang.trim() === "" ? null : languageFromTag(lang),
  };
}

export function isHelpRequest(search: string): boolean {
  return readHelpRoute(search) !== null;
}

/** `?lang=` wins; then Office's display language (inside Office only); then the browser's. */
export function helpLanguage(
  route: HelpRoute,
  officeTag: string | undefined,
  browserTag: string | undefined,
): UiLanguage {
  return route.language ?? languageFromTag(officeTag ?? browserTag);
}

/** The query string for a function's page (null: the index) in a language, other parameters kept. */
export function helpSearch(currentSearch: string, functionId: string | null, language: UiLanguage): string {
  const params = new URLSearchParams(currentSearch);
  params.set("help", functionId ?? "");
  params.set("lang", language);
  // `help=` reads better as `help` in the address bar.
  return `?${params.toString().replace(/(^|&)help=(&|$)/, "$1help$2")}`;
}
