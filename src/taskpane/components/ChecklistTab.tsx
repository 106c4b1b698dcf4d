import { Body1, Button, makeStyles, tokens } from "@fluentui/react-components";
import { useCallback } from "react";
import { reportRows, reportSheetName } from "../../core/sheet";
import {
  clearHighlights,
  highlightCells,
  insertTemplateSheet,
  selectCell,
  splitSheetAddress,
  writeReportSheet,
} from "../../excel";
import { format } from "../../i18n";
import type { TabPanelProps } from "../appTabs";
import { useI18n } from "../hooks/i18nContext";
import { useExcelAction } from "../hooks/useExcelAction";
import { useProfiles } from "../hooks/useProfiles";
import { blankTemplate } from "../model/blankTemplate";
import { failingCells } from "../model/resultFacts";
import { Checklist } from "./Checklist";
import { MessageArea } from "./MessageArea";
import { ProfilePicker } from "./ProfilePicker";
import { SummaryPanel } from "./SummaryPanel";
import { ValidationProgress } from "./ValidationProgress";

const useStyles = makeStyles({
  tab: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

/** Pick profiles, validate, read the summary and checklist, and act on the workbook. */
export function ChecklistTab({ validation }: TabPanelProps) {
  const { s, language } = useI18n();
  const styles = useStyles();
  const action = useExcelAction();
  const { profileIds, toggleProfile } = useProfiles(action.fail);
  const { result, busy } = validation;
  const working = busy || action.busy;

  const onSelectCell = useCallback(
    (cell: string) =>
      action.run(async () => {
        await selectCell(cell);
        return {
          intent: "info",
          text: format(s.messages.cellSelected, { cell: splitSheetAddress(cell).local }),
        };
      }),
    [action, s],
  );

  const writeReport = () =>
    action.run(async () => {
      const written = await writeReportSheet(
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
      const count = await highlightCells(cells);
      return { intent: "success", text: format(s.messages.highlighted, { count }) };
    });

  const clear = () =>
    action.run(async () => {
      const count = await clearHighlights();
      return count === 0
        ? { intent: "info", text: s.messages.noHighlights }
        : { intent: "success", text: format(s.messages.cleared, { count }) };
    });

  const insertTemplate = () =>
    action.run(async () => {
      const template = blankTemplate(s.template);
      const inserted = await insertTemplateSheet(s.template.sheetName, template.rows, template.headerRow);
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
