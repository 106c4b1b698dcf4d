import type { QuoteLineDraft } from "../../core/quote";
import { quoteLinesFromSupplier } from "../../core/supplier";
import type { Notice } from "../shell/useExcelAction";
import { loadSupplierFile } from "./loadSupplierReport";
import { SupplierFilePicker } from "./SupplierFilePicker";
import { useSupplierStrings } from "./useSupplierStrings";

/**
 * The Quote tab's "Add lines from a supplier template…": reads the picked file in the browser
 * (the xlsx reader loads only then) and appends one line per CBAM product with the supplier's SEE.
 */
export function QuoteFromSupplierFile({
  disabled,
  run,
  addLines,
}: {
  disabled: boolean;
  run: (action: () => Promise<Notice>) => Promise<void>;
  addLines: (lines: QuoteLineDraft[]) => void;
}) {
  const { t, fill } = useSupplierStrings();
  const picked = (file: File) =>
    run(async () => {
      const { report } = await loadSupplierFile(file);
      const lines = quoteLinesFromSupplier(report, file.name);
      if (lines.length === 0) return { intent: "info", text: t.nothingToQuote };
      addLines(lines);
      return { intent: "success", text: fill(t.usedInQuote, { count: lines.length }) };
    });
  return <SupplierFilePicker label={t.quoteFromFile} disabled={disabled} onFile={picked} />;
}
