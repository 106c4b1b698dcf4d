/** The help of one custom function, and the index of all of them, rendered from the metadata. */
import {
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from "@fluentui/react-components";
import type { Ref } from "react";
import { format } from "../../i18n";
import { useI18n } from "../shell/i18nContext";
import { examplesFor } from "./examples";
import { FUNCTION_NAMESPACE, type FunctionEntry, firstSentence, syntaxLine } from "./functionMetadata";
import { HelpLink } from "./HelpLink";
import { useHelpStyles } from "./helpStyles";

interface Navigation {
  /** Query string of a function's page (null: the index) in the current language. */
  searchFor: (functionId: string | null) => string;
  /** In-page navigation, when the history API is there (office.js may remove it). */
  onNavigate: ((search: string) => void) | undefined;
}

export interface FunctionHelpProps extends Navigation {
  fn: FunctionEntry;
  functions: readonly FunctionEntry[];
  headingRef?: Ref<HTMLHeadingElement>;
}

export function FunctionHelp({ fn, functions, headingRef, searchFor, onNavigate }: FunctionHelpProps) {
  const { s, language } = useI18n();
  const styles = useHelpStyles();
  const qualified = `${FUNCTION_NAMESPACE}.${fn.name}`;
  const examples = examplesFor(fn.id);
  const others = functions.filter((other) => other.id !== fn.id);
  const spills = fn.result?.dimensionality === "matrix";

  return (
    <article aria-labelledby="zc-help-title">
      <h1 id="zc-help-title" className={styles.h1} tabIndex={-1} ref={headingRef}>
        {qualified}
      </h1>
      {fn.description && <p className={styles.paragraph}>{fn.description}</p>}

      <section aria-labelledby="zc-help-syntax">
        <h2 id="zc-help-syntax" className={styles.h2}>
          {s.help.syntaxHeading}
        </h2>
        <pre className={styles.syntax} data-testid="help-syntax">
          <code>{syntaxLine(fn)}</code>
        </pre>
        {fn.parameters.some((p) => p.optional) && <p className={styles.hint}>{s.help.optionalHint}</p>}
      </section>

      <section aria-labelledby="zc-help-arguments">
        <h2 id="zc-help-arguments" className={styles.h2}>
          {s.help.argumentsHeading}
        </h2>
        {fn.parameters.length === 0 ? (
          <p className={styles.paragraph}>{s.help.noArguments}</p>
        ) : (
          <Table size="small" aria-label={format(s.help.argumentsCaption, { name: fn.name })}>
            <TableHeader>
              <TableRow>
                <TableHeaderCell className={styles.nameCell}>{s.help.argumentColumn}</TableHeaderCell>
                <TableHeaderCell className={styles.requiredCell}>{s.help.requiredColumn}</TableHeaderCell>
                <TableHeaderCell>{s.help.descriptionColumn}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {fn.parameters.map((p) => (
                <TableRow key={p.name} data-parameter={p.name}>
                  <TableCell className={styles.cellText}>
                    <code className={styles.code}>{p.name}</code>
                  </TableCell>
                  <TableCell className={styles.cellText}>
                    {p.optional ? s.help.optional : s.help.required}
                    {p.repeating ? `, ${s.help.repeating}` : ""}
                  </TableCell>
                  <TableCell className={styles.cellText}>{p.description ?? ""}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </section>

      <section aria-labelledby="zc-help-result">
        <h2 id="zc-help-result" className={styles.h2}>
          {s.help.resultHeading}
        </h2>
        {fn.result?.description && <p className={styles.paragraph}>{fn.result.description}</p>}
        <p className={styles.paragraph}>{spills ? s.help.resultSpills : s.help.resultSingle}</p>
      </section>

      {examples.length > 0 && (
        <section aria-labelledby="zc-help-examples">
          <h2 id="zc-help-examples" className={styles.h2}>
            {s.help.examplesHeading}
          </h2>
          <Table size="small" aria-label={format(s.help.examplesCaption, { name: fn.name })}>
            <TableHeader>
              <TableRow>
                <TableHeaderCell>{s.help.formulaColumn}</TableHeaderCell>
                <TableHeaderCell>{s.help.resultColumn}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {examples.map((example) => (
                <TableRow key={example.formula + example.result}>
                  <TableCell className={styles.cellText}>
                    <code className={styles.code}>{example.formula}</code>
                    {example.note && <div className={styles.hint}>{example.note[language]}</div>}
                  </TableCell>
                  <TableCell className={styles.cellText}>
                    <code className={styles.code}>{example.result}</code>
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          <p className={styles.hint}>
            {format(s.help.exampleSource, {
              source: [...new Set(examples.map((example) => example.source))].join("; "),
            })}
          </p>
        </section>
      )}

      {others.length > 0 && (
        <nav aria-labelledby="zc-help-others">
          <h2 id="zc-help-others" className={styles.h2}>
            {s.help.otherFunctionsHeading}
          </h2>
          <ul className={styles.inlineList}>
            {others.map((other) => (
              <li key={other.id}>
                <HelpLink search={searchFor(other.id)} onNavigate={onNavigate}>
                  {`${FUNCTION_NAMESPACE}.${other.name}`}
                </HelpLink>
              </li>
            ))}
          </ul>
        </nav>
      )}
    </article>
  );
}

export interface FunctionIndexProps extends Navigation {
  functions: readonly FunctionEntry[];
  headingRef?: Ref<HTMLHeadingElement>;
}

/** Every function of the namespace with the first sentence of its description. */
export function FunctionIndex({ functions, headingRef, searchFor, onNavigate }: FunctionIndexProps) {
  const { s } = useI18n();
  const styles = useHelpStyles();
  return (
    <nav aria-labelledby="zc-help-index">
      <h1 id="zc-help-index" className={styles.h1} tabIndex={-1} ref={headingRef}>
        {s.help.indexHeading}
      </h1>
      <p className={styles.paragraph}>{s.help.indexIntro}</p>
      <ul className={styles.list}>
        {functions.map((fn) => (
          <li key={fn.id} className={styles.listItem} data-function={fn.id}>
            <HelpLink search={searchFor(fn.id)} onNavigate={onNavigate}>
              <span className={styles.code}>{`${FUNCTION_NAMESPACE}.${fn.name}`}</span>
            </HelpLink>
            {fn.description ? ` — ${firstSentence(fn.description)}` : ""}
          </li>
        ))}
      </ul>
    </nav>
  );
}
