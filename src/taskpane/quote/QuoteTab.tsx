import {
  Body1,
  Button,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Subtitle2,
} from "@fluentui/react-components";
import { useMemo, useState } from "react";
import { blankQuoteDraft, type QuoteResult } from "../../core/quote";
import type { QuoteRead } from "../../excel/quote";
import { fillIn } from "../../i18n/quote";
import { MessageArea } from "../shell/MessageArea";
import { useExcelAction } from "../shell/useExcelAction";
import { QuoteFromSupplierFile } from "../supplier/QuoteFromSupplierFile";
import { CostPathTable } from "./CostPathTable";
import { DeMinimisNote } from "./DeMinimisNote";
import { issueView } from "./issueMessages";
import { LineResultsTable } from "./LineResultsTable";
import { QuoteIssues } from "./QuoteIssues";
import { QuoteLinesGrid } from "./QuoteLinesGrid";
import { QuoteParametersForm } from "./QuoteParametersForm";
import { type QuoteDraftStore, paneQuoteDraftStore } from "./quoteDraftStore";
import type { QuoteExcel } from "./quoteExcel";
import { useQuoteStyles } from "./quoteStyles";
import { ScenarioTable } from "./ScenarioTable";
import { ScenarioForm } from "./ScenarioForm";
import { useQuote, type QuoteDefaults } from "./useQuote";
import { useQuoteStrings } from "./useQuoteStrings";

const BLANK = JSON.stringify(blankQuoteDraft());

/** The Quote tab: the form, the figures the core computes from it, and the workbook actions. */
export function QuoteTab({
  excel,
  store = paneQuoteDraftStore,
}: {
  excel: QuoteExcel;
  store?: QuoteDraftStore;
}) {
  const { q, language } = useQuoteStrings();
  const styles = useQuoteStyles();
  const { draft, outcome, defaults, dispatch } = useQuote(store);
  const action = useExcelAction();
  // The table the draft was read from, so issues can name cells; dropped when lines are added or removed.
  const [read, setRead] = useState<QuoteRead | null>(null);
  const pristine = JSON.stringify(draft) === BLANK;
  const readFits = read !== null && read.lineRows.length === draft.lines.length ? read : null;
  const issues = useMemo(
    () => issueView(outcome.ok ? [] : outcome.issues, language, readFits),
    [outcome, language, readFits],
  );

  const insert = () =>
    action.run(async () => {
      if (!outcome.ok) throw new Error(issues.list.join("\n"));
      const inserted = await excel.insertQuote(outcome.result.quote, q.sheet);
      return {
        intent: "success",
        text: fillIn(q.actions.inserted, { sheet: inserted.sheetName, table: inserted.tableName }),
      };
    });

  const readBack = () =>
    action.run(async () => {
      const fromWorkbook = await excel.readQuote();
      dispatch({ type: "replace", draft: fromWorkbook.draft });
      setRead(fromWorkbook);
      const values = { sheet: fromWorkbook.sheetName, table: fromWorkbook.tableName };
      return { intent: "success", text: fillIn(q.actions.readDone, values) };
    });

  return (
    <div className={styles.tab}>
      <Body1>{q.intro}</Body1>

      <section className={styles.section} aria-labelledby="zc-quote-lines">
        <Subtitle2 as="h2" id="zc-quote-lines">
          {q.lines.heading}
        </Subtitle2>
        <QuoteLinesGrid
          draft={draft}
          dispatch={dispatch}
          invalid={pristine ? new Set() : issues.invalidCells}
        />
        <div className={styles.buttons}>
          <Button onClick={() => dispatch({ type: "addLine" })}>{q.lines.add}</Button>
          <QuoteFromSupplierFile
            disabled={action.busy}
            run={action.run}
            addLines={(lines) => dispatch({ type: "appendLines", lines })}
          />
        </div>
      </section>

      <section className={styles.section} aria-labelledby="zc-quote-parameters">
        <Subtitle2 as="h2" id="zc-quote-parameters">
          {q.parameters.heading}
        </Subtitle2>
        <QuoteParametersForm
          draft={draft}
          dispatch={dispatch}
          messages={pristine ? new Map() : issues.fieldMessages}
        />
      </section>

      <section className={styles.section} aria-labelledby="zc-quote-scenario">
        <Subtitle2 as="h2" id="zc-quote-scenario">
          {q.scenario.heading}
        </Subtitle2>
        <ScenarioForm
          draft={draft}
          dispatch={dispatch}
          message={issues.fieldMessages.get("reductionPercent")}
        />
      </section>

      <div className={styles.buttons}>
        <Button appearance="primary" disabledFocusable={!outcome.ok || action.busy} onClick={insert}>
          {q.actions.insert}
        </Button>
        <Button disabledFocusable={action.busy} onClick={readBack}>
          {q.actions.read}
        </Button>
      </div>
      <MessageArea error={action.error} notice={action.notice} onDismiss={action.dismiss} />

      {pristine ? null : (
        <QuoteIssues
          title={
            readFits ? fillIn(q.actions.readWithIssues, { table: readFits.tableName }) : q.results.invalid
          }
          messages={issues.list}
        />
      )}
      {outcome.ok ? <QuoteResults result={outcome.result} defaults={defaults} /> : null}
    </div>
  );
}

/** Delivery-year figures, de minimis, engine notes, the 2026-2034 path and the scenario. */
function QuoteResults({ result, defaults }: { result: QuoteResult; defaults: QuoteDefaults }) {
  const { q, language } = useQuoteStrings();
  const styles = useQuoteStyles();
  return (
    <>
      <section className={styles.section} aria-labelledby="zc-quote-results">
        <Subtitle2 as="h2" id="zc-quote-results">
          {fillIn(q.results.heading, { year: result.delivery.year })}
        </Subtitle2>
        <LineResultsTable result={result} defaults={defaults} />
        <DeMinimisNote deMinimis={result.deMinimis} />
        {result.warnings.length > 0 ? (
          <MessageBar intent="info" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>{q.results.warnings}</MessageBarTitle>
              <ul>
                {result.warnings.map(({ warning, lines }) => (
                  <li key={warning.message.en}>
                    {warning.message[language]} {fillIn(q.results.linesNote, { lines: lines.join(", ") })}
                  </li>
                ))}
              </ul>
            </MessageBarBody>
          </MessageBar>
        ) : null}
      </section>
      <section className={styles.section} aria-labelledby="zc-quote-path">
        <Subtitle2 as="h2" id="zc-quote-path">
          {q.results.pathHeading}
        </Subtitle2>
        <Body1>{q.results.pathCaption}</Body1>
        <CostPathTable result={result} />
      </section>
      <section className={styles.section} aria-labelledby="zc-quote-scenario-results">
        <Subtitle2 as="h2" id="zc-quote-scenario-results">
          {fillIn(q.results.scenarioHeading, { year: result.delivery.year })}
        </Subtitle2>
        <ScenarioTable result={result} />
      </section>
    </>
  );
}
