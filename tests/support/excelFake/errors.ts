/**
 * Errors shaped like OfficeExtension.Error (name "RichApi.Error", a `code` and `debugInfo`), so
 * the add-in's error translation is exercised exactly as in Excel.
 */
export type FakeErrorCode =
  | "AccessDenied"
  | "InvalidArgument"
  | "InvalidOperationInCellEditMode"
  | "ItemNotFound"
  | "ItemAlreadyExists"
  | "PropertyNotLoaded"
  | "InvalidObjectPath"
  | "ResponsePayloadSizeLimitExceeded"
  | "GeneralException";

export class FakeOfficeError extends Error {
  readonly code: FakeErrorCode;
  readonly debugInfo: { code: FakeErrorCode; message: string; errorLocation?: string };

  constructor(code: FakeErrorCode, message: string, errorLocation?: string) {
    super(message);
    this.name = "RichApi.Error";
    this.code = code;
    this.debugInfo = { code, message, errorLocation };
  }
}
