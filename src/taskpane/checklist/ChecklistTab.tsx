import { Body1, Button, makeStyles, tokens } from "@fluentui/react-components";
import { useCallback, useMemo, useState } from "react";
import { type ValidationResult, reportRows, reportSheetName } from "../../core/sheet";
import { splitSheetAddress } from "../../excel/sheetAddress";
import { MessageArea } from "../shell/MessageArea";
import { type Ordered, type PaneMessage, newest } from "../shell/paneMessage";
import { useI18n } from "../shell/i18nContext";
import { useExcelAction } from "../shell/useExcelAction";
import { format } from "../../i18n";
import { blankTemplate } from "./blankTemplate";
import type { ChecklistExcel } from "./checklistExcel";
import { ChecklistSections } from "./ChecklistSections";
import { indicatorRows } from "./indicatorRows";
import { ParkComparison } from "./ParkComparison";
import { ParkPicker } from "./ParkPicker";
import { ProfilePicker } from "./ProfilePicker";
import { failingCells } from "./resultFacts";
import { SummaryPanel } from "./SummaryPanel";
import { useProfiles } from "./useProfiles";
import type { ValidationState } from "./useValidation";
import { ValidationProgress } from "./ValidationProgress";
import { checklistVerdict } from "./verdict";
import { VerdictCard, verdictText } from "./VerdictCard";

const useStyles = makeStyles({
  tab: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

export interface ChecklistTabProps {
  validation: ValidationState;
  excel: ChecklistExcel;
}

/**
 * Validate, then the verdict first, the failures with what to fix, the summary, and the workbook
 * actions last (so the keyboard reaches the verdict and the first "Go to" in a few Tab presses).
 */
export function ChecklistTab({ validation, excel }: ChecklistTabProps) {
  const { s, language } = useI18n();
  const styles = useStyles();
  const action = useExcelAction();
  const { profileIds, toggleProfile } = useProfiles(excel, action.fail);
  const { busy } = validation;
  const working = busy || action.busy;
  const { result, parks, parkIndex, showPark } = useShownPark(validation.result);
  const [dismissedAt, setDismissedAt] = useState(0);
  const rows = useMemo(() => (result ? indicatorRows(result) : []), [result]);
  const verdict = useMemo(() => (result ? checklistVerdict(result, rows) : null), [result, rows]);

  const onSelectCell = useCallback(
    (cell: string) =>
      void action.run(async () => {
        await excel.selectCell(cell);
        return {
          intent: "info",
          text: { table: "messages", key: "cellSelected", params: { cell: splitSheetAddress(cell).local } },
        };
      }),
    [action, excel],
  );

  const writeReport = () =>
    action.run(async () => {
      const written = await excel.writeReportSheet(
        reportSheetName(result!.sheetName),
        reportRows(result!, language),
      );
      return {
        intent: "success",
        text: {
          table: "messages",
          key: written.replaced ? "reportReplaced" : "reportWritten",
          params: { sheet: written.sheetName },
        },
      };
    });

  const highlight = () =>
    action.run(async () => {
      const cells = failingCells(result!);
      if (cells.length === 0) return { intent: "info", text: { table: "messages", key: "noFailingCells" } };
      const count = await excel.highlightCells(cells);
      return { intent: "success", text: { table: "messages", key: "highlighted", params: { count } } };
    });

  const clear = () =>
    action.run(async () => {
      const count = await excel.clearHighlights();
      return count === 0
        ? { intent: "info", text: { table: "messages", key: "noHighlights" } }
        : { intent: "success", text: { table: "messages", key: "cleared", params: { count } } };
    });

  const insertTemplate = () =>
    action.run(async () => {
      const template = blankTemplate(s.template);
      const inserted = await excel.insertTemplateSheet(
        s.template.sheetName,
        template.rows,
        template.headerRow,
      );
      return {
        intent: "success",
        text: { table: "messages", key: "templateInserted", params: { sheet: inserted.sheetName } },
      };
    });

  // The newest of: the last validation (an error, or a result to announce) and the last action.
  const validationMessage: Ordered<PaneMessage | null> | null =
    validation.finishedAt > 0
      ? {
          order: validation.finishedAt,
          value: validation.error ? { kind: "error", error: validation.error } : null,
        }
      : null;
  const latest = newest<PaneMessage | null>(dismissedAt, validationMessage, action.last);
  const announcement =
    latest === validationMessage && verdict
      ? (() => {
          const { headline, counts } = verdictText(verdict, s, language);
          return format(s.verdict.announce, { verdict: headline, counts });
        })()
      : undefined;

  return (
    <div className={styles.tab}>
      <ProfilePicker selected={profileIds} onToggle={toggleProfile} compact={result !== null} />
      <div className={styles.buttons}>
        <Button
          appearance="primary"
          disabledFocusable={working}
          onClick={() => void validation.validate("activeSheet", profileIds)}
        >
          {s.actions.validateSheet}
        </Button>
        <Button disabledFocusable={working} onClick={() => void validation.validate("selection", profileIds)}>
          {s.actions.validateSelection}
        </Button>
      </div>
      {busy ? <ValidationProgress value={validation.progress} /> : null}
      {parks.length > 1 ? <ParkPicker parks={parks} selected={parkIndex} onSelect={showPark} /> : null}
      {verdict ? <VerdictCard verdict={verdict} onSelectCell={onSelectCell} /> : null}
      <MessageArea
        message={latest?.value ?? null}
        announcement={announcement}
        onDismiss={() => setDismissedAt(latest?.order ?? 0)}
      />
      {result ? (
        <ChecklistSections result={result} rows={rows} onSelectCell={onSelectCell} />
      ) : (
        <Body1>{s.checklist.empty}</Body1>
      )}
      {result ? <SummaryPanel result={result} /> : null}
      {result && parks.length > 1 ? <ParkComparison result={result} onShowPark={showPark} /> : null}
      <div className={styles.buttons} role="group" aria-label={s.actions.reportActionsLabel}>
        <Button disabledFocusable={working || !result} onClick={() => void writeReport()}>
          {s.actions.writeReport}
        </Button>
        <Button disabledFocusable={working || !result} onClick={() => void highlight()}>
          {s.actions.highlight}
        </Button>
        <Button disabledFocusable={working} onClick={() => void clear()}>
          {s.actions.clearHighlights}
        </Button>
        <Button disabledFocusable={working} onClick={() => void insertTemplate()}>
          {s.actions.insertTemplate}
        </Button>
      </div>
    </div>
  );
}

/**
 * The park the tab shows: a sheet that lists several parks is one result with every park in
 * `parks`; the summary, checklist, highlights and report follow the park picked (the first by
 * default, and again after each new validation).
 */
function useShownPark(validated: ValidationResult | null) {
  const [picked, setPicked] = useState<{ of: ValidationResult | null; index: number }>({
    of: null,
    index: 0,
  });
  const parks = validated?.parks ?? [];
  const parkIndex = picked.of === validated && picked.index < parks.length ? picked.index : 0;
  const result = useMemo(
    () => (validated && parks.length > 1 ? { ...validated, ...parks[parkIndex]! } : validated),
    [validated, parks, parkIndex],
  );
  const showPark = useCallback((index: number) => setPicked({ of: validated, index }), [validated]);
  return { result, parks, parkIndex, showPark };
}
