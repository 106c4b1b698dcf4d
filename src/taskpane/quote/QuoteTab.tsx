import {
  Body1,
  Button,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Subtitle2,
} from "@fluentui/react-components";
import { useMemo, useState } from "react";
import type { QuoteResult } from "../../core/quote";
import type { QuoteRead } from "../../excel/quote";
import { fillIn } from "../../i18n/quote";
import { JargonTip } from "../shell/JargonTip";
import { MessageArea } from "../shell/MessageArea";
import { newest } from "../shell/paneMessage";
import { useExcelAction } from "../shell/useExcelAction";
import { QuoteFromSupplierFile } from "../supplier/QuoteFromSupplierFile";
import { CostPathTable } from "./CostPathTable";
import { DeMinimisNote } from "./DeMinimisNote";
import { issueView } from "./issueMessages";
import { LineResultsTable } from "./LineResultsTable";
import { QuoteIssues } from "./QuoteIssues";
import { QuoteLineCard } from "./QuoteLineCard";
import { QuoteParametersForm } from "./QuoteParametersForm";
import { type QuoteDraftStore, paneQuoteDraftStore } from "./quoteDraftStore";
import type { QuoteExcel } from "./quoteExcel";
import { useQuoteStyles } from "./quoteStyles";
import { quoteVerdict } from "./quoteVerdict";
import { QuoteVerdictCard } from "./QuoteVerdictCard";
import { ScenarioForm } from "./ScenarioForm";
import { ScenarioTable } from "./ScenarioTable";
import { type QuoteDefaults, useQuote } from "./useQuote";
import { useQuoteStrings } from "./useQuoteStrings";

/**
 * The Quote tab: the verdict (cost per tonne) first, then one card per product line, the
 * parameters and the scenario, the workbook actions and the detailed figures. A field's error
 * shows once the user has left it, or for every field after an insert attempt or a read.
 */
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
  const [left, setLeft] = useState<ReadonlySet<string>>(new Set());
  const [showAll, setShowAll] = useState(false);
  const [collapsed, setCollapsed] = useState<ReadonlySet<number>>(new Set());
  const [dismissedAt, setDismissedAt] = useState(0);
  const readFits = read !== null && read.lineRows.length === draft.lines.length ? read : null;
  const issues = useMemo(
    () => issueView(outcome.ok ? [] : outcome.issues, language, readFits),
    [outcome, language, readFits],
  );
  const verdict = useMemo(() => quoteVerdict(outcome), [outcome]);
  const shown = (key: string) => showAll || left.has(key);
  const onLeave = (key: string) =>
    setLeft((current) => (current.has(key) ? current : new Set([...current, key])));

  const insert = () => {
    if (!outcome.ok) {
      setShowAll(true);
      return;
    }
    void action.run(async () => {
      const inserted = await excel.insertQuote(outcome.result.quote, q.sheet);
      return {
        intent: "success",
        text: {
          table: "quote",
          key: "inserted",
          params: { sheet: inserted.sheetName, table: inserted.tableName },
        },
      };
    });
  };

  const readBack = () =>
    void action.run(async () => {
      const fromWorkbook = await excel.readQuote();
      dispatch({ type: "replace", draft: fromWorkbook.draft });
      setRead(fromWorkbook);
      setShowAll(true);
      return {
        intent: "success",
        text: {
          table: "quote",
          key: "readDone",
          params: { sheet: fromWorkbook.sheetName, table: fromWorkbook.tableName },
        },
      };
    });

  const latest = newest(dismissedAt, action.last);

  return (
    <div className={styles.tab}>
      <QuoteVerdictCard verdict={verdict} />
      <Body1>{q.intro}</Body1>

      <section className={styles.section} aria-labelledby="zc-quote-lines">
        <Subtitle2 as="h2" id="zc-quote-lines">
          {q.lines.heading}
        </Subtitle2>
        {draft.lines.map((line, index) => (
          <QuoteLineCard
            key={index}
            line={line}
            index={index}
            perLine={draft.scenario.kind === "perLine"}
            canRemove={draft.lines.length > 1}
            collapsed={collapsed.has(index)}
            onCollapse={(on) =>
              setCollapsed((current) => {
                const next = new Set(current);
                if (on) next.add(index);
                else next.delete(index);
                return next;
              })
            }
            dispatch={dispatch}
            message={(key) => (shown(key) ? issues.lineMessages.get(key) : undefined)}
            onLeave={onLeave}
          />
        ))}
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
          message={(key) => (shown(key) ? issues.fieldMessages.get(key) : undefined)}
          onLeave={onLeave}
        />
      </section>

      <section className={styles.section} aria-labelledby="zc-quote-scenario">
        <Subtitle2 as="h2" id="zc-quote-scenario">
          {q.scenario.heading}
        </Subtitle2>
        <ScenarioForm
          draft={draft}
          dispatch={dispatch}
          message={shown("reductionPercent") ? issues.fieldMessages.get("reductionPercent") : undefined}
          onLeave={() => onLeave("reductionPercent")}
        />
      </section>

      <div className={styles.buttons}>
        <Button appearance="primary" disabledFocusable={action.busy} onClick={insert}>
          {q.actions.insert}
        </Button>
        <Button disabledFocusable={action.busy} onClick={readBack}>
          {q.actions.read}
        </Button>
      </div>
      <MessageArea message={latest?.value ?? null} onDismiss={() => setDismissedAt(latest?.order ?? 0)} />

      {showAll ? (
        <QuoteIssues
          title={
            readFits ? fillIn(q.actions.readWithIssues, { table: readFits.tableName }) : q.results.invalid
          }
          messages={issues.list}
        />
      ) : null}
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
        <div className={styles.withTip}>
          <DeMinimisNote deMinimis={result.deMinimis} />
          <JargonTip term="deMinimis" />
        </div>
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
