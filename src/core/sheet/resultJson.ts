import type { ParkValidation, SheetIssue, ValidationResult } from "./types";

/** One park as the JSON output lists it: its own findings only (the sheet's are listed once). */
export type ParkJson = Omit<ParkValidation, "issues"> & { issues: readonly SheetIssue[] };

/** The machine-readable result: `{ sheetName, table, issues, parks: [ { park, …that park's result } ] }`. */
export interface ValidationJson {
  sheetName: string;
  table: ValidationResult["table"];
  /** Findings about the sheet itself (header, layout). */
  issues: readonly SheetIssue[];
  parks: readonly ParkJson[];
}

/** The result without repeating the sheet's findings in every park; `parks` may be narrowed. */
export function validationJson(
  result: ValidationResult,
  parks: readonly ParkValidation[] = result.parks,
): ValidationJson {
  const sheetLevel = new Set(result.sheetIssues);
  return {
    sheetName: result.sheetName,
    table: result.table,
    issues: result.sheetIssues,
    parks: parks.map((park) => ({ ...park, issues: park.issues.filter((issue) => !sheetLevel.has(issue)) })),
  };
}
