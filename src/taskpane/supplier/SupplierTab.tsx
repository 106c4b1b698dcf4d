import { Body1, Button } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { quoteSheetName } from "../../core/sheet/a1";
import { quoteLinesFromSupplier } from "../../core/supplier";
import { MessageArea } from "../shell/MessageArea";
import { useExcelAction } from "../shell/useExcelAction";
import { type QuoteDraftStore, paneQuoteDraftStore } from "../quote/quoteDraftStore";
import { loadOpenWorkbookSupplier, loadSupplierFile, type LoadedSupplier } from "./loadSupplierReport";
import type { SupplierExcel } from "./supplierExcel";
import { SupplierFilePicker } from "./SupplierFilePicker";
import { SupplierReportView } from "./SupplierReportView";
import { useSupplierStrings } from "./useSupplierStrings";
import { useSupplierStyles } from "./supplierStyles";

/** The "Supplier data" tab: a supplier's Communication template, checked, and handed to the quote. */
export function SupplierTab({
  excel,
  store = paneQuoteDraftStore,
}: {
  excel: SupplierExcel;
  store?: QuoteDraftStore;
}) {
  const { t, fill } = useSupplierStrings();
  const styles = useSupplierStyles();
  const action = useExcelAction();
  const [loaded, setLoaded] = useState<LoadedSupplier | null>(null);

  const readOpen = () =>
    action.run(async () => {
      const found = await loadOpenWorkbookSupplier(excel);
      setLoaded(found);
      if (found === null) return { intent: "info", text: t.notTemplate };
      return { intent: "success", text: `${t.source}: ${t.openWorkbook}` };
    });

  // Opening the tab on a workbook that is a template shows it at once; any other workbook shows nothing.
  useEffect(() => {
    let current = true;
    loadOpenWorkbookSupplier(excel).then(
      (found) => {
        if (current && found) setLoaded((shown) => shown ?? found);
      },
      () => undefined, // outside Excel, or any error: the buttons report errors, a silent first look does not
    );
    return () => {
      current = false;
    };
  }, [excel]);

  const readFile = (file: File) =>
    action.run(async () => {
      setLoaded(await loadSupplierFile(file));
      return { intent: "success", text: `${t.source}: ${file.name}` };
    });

  const useInQuote = () =>
    action.run(async () => {
      if (!loaded) throw new Error("nothing loaded");
      const name = loaded.source.kind === "file" ? loaded.source.name : t.openWorkbook;
      const lines = quoteLinesFromSupplier(loaded.report, name);
      if (lines.length === 0) return { intent: "info", text: t.nothingToQuote };
      store.dispatch({ type: "appendLines", lines });
      return { intent: "success", text: fill(t.usedInQuote, { count: lines.length }) };
    });

  const goToCell = (finding: { sheet: string; cell: string }) =>
    action.run(async () => {
      await excel.selectCell(`${quoteSheetName(finding.sheet)}!${finding.cell}`);
      return { intent: "success", text: `${finding.sheet}!${finding.cell}` };
    });

  return (
    <div className={styles.tab}>
      <Body1>{t.intro}</Body1>
      <div className={styles.buttons}>
        <Button appearance="primary" disabled={action.busy} onClick={readOpen}>
          {t.readOpen}
        </Button>
        <SupplierFilePicker disabled={action.busy} onFile={readFile} />
      </div>
      <MessageArea error={action.error} notice={action.notice} onDismiss={action.dismiss} />
      {loaded ? (
        <>
          <SupplierReportView
            report={loaded.report}
            onGoToCell={loaded.source.kind === "workbook" ? goToCell : undefined}
          />
          <div className={styles.buttons}>
            <Button disabled={action.busy} onClick={useInQuote}>
              {t.useInQuote}
            </Button>
          </div>
        </>
      ) : null}
    </div>
  );
}
