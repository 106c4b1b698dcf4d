/**
 * Fetches the functions metadata for a language from the page's own origin (functions.json or
 * functions.zh-CN.json next to taskpane.html), the same files Excel reads.
 */
import type { UiLanguage } from "../../core/shared/localizedText";
import {
  type FunctionEntry,
  MetadataFormatError,
  metadataFileFor,
  parseFunctionsMetadata,
} from "./functionMetadata";

export type MetadataFailure =
  | { kind: "http"; file: string; status: number }
  | { kind: "network"; file: string; detail: string }
  | { kind: "format"; file: string; detail: string };

/** A failed load; `failure` says why in a form the page turns into a message in its language. */
export class MetadataLoadError extends Error {
  override readonly name = "MetadataLoadError";
  constructor(readonly failure: MetadataFailure) {
    super(
      failure.kind === "http"
        ? `${failure.file}: HTTP ${failure.status}`
        : `${failure.file}: ${failure.detail}`,
    );
  }
}

const describe = (error: unknown): string => (error instanceof Error ? error.message : String(error));

export async function loadFunctionMetadata(
  language: UiLanguage,
  options: { baseUrl?: string; fetchImpl?: typeof fetch; signal?: AbortSignal } = {},
): Promise<FunctionEntry[]> {
  const file = metadataFileFor(language);
  const url = new URL(file, options.baseUrl ?? document.baseURI);
  const fetchImpl = options.fetchImpl ?? fetch;
  let response: Response;
  try {
    response = await fetchImpl(url.href, { signal: options.signal, credentials: "same-origin" });
  } catch (error) {
    throw new MetadataLoadError({ kind: "network", file, detail: describe(error) });
  }
  if (!response.ok) throw new MetadataLoadError({ kind: "http", file, status: response.status });
  let json: unknown;
  try {
    json = await response.json();
  } catch (error) {
    throw new MetadataLoadError({ kind: "format", file, detail: describe(error) });
  }
  try {
    return parseFunctionsMetadata(json);
  } catch (error) {
    if (error instanceof MetadataFormatError)
      throw new MetadataLoadError({ kind: "format", file, detail: error.message });
    throw error;
  }
}
