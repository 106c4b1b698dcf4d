import { Body1, Button, makeStyles, tokens } from "@fluentui/react-components";
import { useCallback } from "react";
import { reportRows, reportSheetName } from "../../core/sheet";
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
  const { result, busy } = validation;
  const working = busy || action.busy;

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
      {result ? <SummaryPanel result={result} /> : null}
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
