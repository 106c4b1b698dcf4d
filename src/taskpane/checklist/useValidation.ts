import { useCallback, useRef, useState } from "react";
import { type ValidationResult, isReportSheetName, validateSheetAsync } from "../../core/sheet";
import type { ReadScope } from "../../excel";
import { ReportSheetActiveError } from "../shell/describeError";
import { nextOrder } from "../shell/paneMessage";
import type { ChecklistExcel } from "./checklistExcel";

export interface ValidationState {
  result: ValidationResult | null;
  busy: boolean;
  /** 0..1 while busy. */
  progress: number;
  validate: (scope: ReadScope, profileIds: readonly string[]) => Promise<void>;
  error: unknown;
  /** Message order (shell/paneMessage) of the last run's end; 0 before any run. */
  finishedAt: number;
}

/** Rows per validation chunk: small enough that the progress bar moves and the UI stays responsive. */
const ROWS_PER_STEP = 2_000;

const yieldToUi = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Reads the sheet (or selection) and validates it with the core's chunked validator. */
export function useValidation(
  excel: Pick<ChecklistExcel, "readActiveSheet" | "readSelection">,
): ValidationState {
  const [result, setResult] = useState<ValidationResult | null>(null);
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState(0);
  const [error, setError] = useState<unknown>(null);
  const [finishedAt, setFinishedAt] = useState(0);
  const running = useRef(false);

  const validate = useCallback(
    async (scope: ReadScope, profileIds: readonly string[]) => {
      if (running.current) return;
      running.current = true;
      setBusy(true);
      setProgress(0);
      setError(null);
      try {
        const block = scope === "selection" ? await excel.readSelection() : await excel.readActiveSheet();
        if (isReportSheetName(block.sheetName)) throw new ReportSheetActiveError(block.sheetName);
        const validated = await validateSheetAsync(block, {
          profiles: profileIds,
          progressEveryRows: ROWS_PER_STEP,
          onProgress: setProgress,
          yieldToUi,
        });
        setResult(validated);
      } catch (caught) {
        setError(caught);
      } finally {
        running.current = false;
        setFinishedAt(nextOrder());
        setBusy(false);
      }
    },
    [excel],
  );

  return { result, busy, progress, validate, error, finishedAt };
}
