/**
 * Excel errors turned into something the user can act on. Office throws OfficeExtension.Error
 * objects with a `code`; this maps the codes we expect to a kind, and the task pane shows the
 * kind's bilingual message (src/i18n, `errors`).
 */
export type ExcelFailureKind =
  | "protected"
  | "editMode"
  | "tooLarge"
  | "invalidArgument"
  | "notFound"
  | "nameTaken"
  | "notInExcel"
  | "settingsNotSaved"
  | "unknown";

export class ExcelFailure extends Error {
  constructor(
    readonly kind: ExcelFailureKind,
    /** Excel's own code and message, shown as a detail for support. */
    readonly detail: string,
  ) {
    super(`${kind}: ${detail}`);
    this.name = "ExcelFailure";
  }
}

const KIND_BY_CODE: Readonly<Record<string, ExcelFailureKind>> = {
  AccessDenied: "protected",
  InvalidOperationInCellEditMode: "editMode",
  RequestPayloadSizeLimitExceeded: "tooLarge",
  ResponsePayloadSizeLimitExceeded: "tooLarge",
  InvalidArgument: "invalidArgument",
  ItemNotFound: "notFound",
  ItemAlreadyExists: "nameTaken",
};

/** Any thrown value → ExcelFailure (kept as is when it already is one). */
export function toExcelFailure(error: unknown): ExcelFailure {
  if (error instanceof ExcelFailure) return error;
  const code = typeof error === "object" && error !== null ? (error as { code?: unknown }).code : undefined;
  const message = error instanceof Error ? error.message : String(error);
  const kind = typeof code === "string" ? (KIND_BY_CODE[code] ?? "unknown") : "unknown";
  return new ExcelFailure(kind, typeof code === "string" ? `${code}: ${message}` : message);
}
