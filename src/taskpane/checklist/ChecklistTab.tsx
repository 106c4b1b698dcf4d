import { Body1, Button, makeStyles, tokens } from "@fluentui/react-components";
import { useCallback, useMemo, useState } from "react";
import { type ValidationResult, reportRows, reportSheetName } from "../../core/sheet";
import { splitSheetAddress } from "../../excel/sheetAddress";
import { format } from "../../i18n";
import { useI18n } from "../shell/i18nContext";
import { useExcelAction } from "../shell/useExcelAction";
import { useProfiles } from "./useProfiles";
import { blankTemplate } from "./blankTemplate";
import type { ChecklistExcel } from "./checklistExcel";
import { failingCells } from "./resultFacts";
import { Checklist } from "./Checklist";
import { MessageArea } from "../shell/MessageArea";
import { ParkComparison } from "./ParkComparison";
import { ParkPicker } from "./ParkPicker";
import { ProfilePicker } from "./ProfilePicker";
import { SummaryPanel } from "./SummaryPanel";
import type { ValidationState } from "./useValidation";
import { ValidationProgress } from "./ValidationProgress";

const useStyles = makeStyles({
  tab: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

export interface ChecklistTabProps {
  validation: ValidationState;
  excel: ChecklistExcel;
}

/** Pick profiles, validate, read the summary and checklist, and act on the workbook. */
export function ChecklistTab({ validation, excel }: ChecklistTabProps) {
  const { s, language } = useI18n();
  const styles = useStyles();
  const action = useExcelAction();
  const { profileIds, toggleProfile } = useProfiles(excel, action.fail);
  const { busy } = validation;
  const working = busy || action.busy;
  const { result, parks, parkIndex, showPark } = useShownPark(validation.result);

  const onSelectCell = useCallback(
    (cell: string) =>
      action.run(async () => {
        await excel.selectCell(cell);
        return {
          intent: "info",
          text: format(s.messages.cellSelected, { cell: splitSheetAddress(cell).local }),
        };
      }),
    [action, excel, s],
  );

  const writeReport = () =>
    action.run(async () => {
      const written = await excel.writeReportSheet(
        reportSheetName(result!.sheetName),
        reportRows(result!, language),
      );
      const text = written.replaced ? s.messages.reportReplaced : s.messages.reportWritten;
      return { intent: "success", text: format(text, { sheet: written.sheetName }) };
    });

  const highlight = () =>
    action.run(async () => {
      const cells = failingCells(result!);
      if (cells.length === 0) return { intent: "info", text: s.messages.noFailingCells };
      const count = await excel.highlightCells(cells);
      return { intent: "success", text: format(s.messages.highlighted, { count }) };
    });

  const clear = () =>
    action.run(async () => {
      const count = await excel.clearHighlights();
      return count === 0
        ? { intent: "info", text: s.messages.noHighlights }
        : { intent: "success", text: format(s.messages.cleared, { count }) };
    });

  const insertTemplate = () =>
    action.run(async () => {
      const template = blankTemplate(s.template);
      const inserted = await excel.insertTemplateSheet(
        s.template.sheetName,
        template.rows,
        template.headerRow,
      );
      return { intent: "success", text: format(s.messages.templateInserted, { sheet: inserted.sheetName }) };
    });

  const error = validation.error ?? action.error;
  const dismiss = () => {
    validation.clearError();
    action.dismiss();
  };

  return (
    <div className={styles.tab}>
      <ProfilePicker selected={profileIds} onToggle={toggleProfile} />
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
      <MessageArea error={error} notice={error ? null : action.notice} onDismiss={dismiss} />
      {parks.length > 1 ? <ParkPicker parks={parks} selected={parkIndex} onSelect={showPark} /> : null}
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
      {result ? (
        <Checklist result={result} onSelectCell={(cell) => void onSelectCell(cell)} />
      ) : (
        <Body1>{s.checklist.empty}</Body1>
      )}
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
