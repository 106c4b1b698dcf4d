import {
  mergeClasses,
  Button,
  Input,
  Select,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from "@fluentui/react-components";
import { CBAM_GOODS, type CbamGood } from "../../core/cbam";
import {
  cbamGoodForCnCode,
  normalizeCnCode,
  type QuoteDraft,
  type QuoteField,
  type QuoteLineDraft,
} from "../../core/quote";
import { fillIn } from "../../i18n/quote";
import type { QuoteDraftAction } from "./quoteDraftReducer";
import { useQuoteStyles } from "./quoteStyles";
import { useQuoteStrings } from "./useQuoteStrings";

type TextField =
  "description" | "cnCode" | "country" | "quantity" | "see" | "benchmark" | "basePrice" | "alternativeSee";
const TEXT_FIELDS: readonly TextField[] = ["description", "cnCode", "country", "quantity", "see"];
const NUMERIC: ReadonlySet<TextField> = new Set([
  "quantity",
  "see",
  "benchmark",
  "basePrice",
  "alternativeSee",
]);

export interface QuoteLinesGridProps {
  draft: QuoteDraft;
  dispatch: (action: QuoteDraftAction) => void;
  /** "line:field" keys of fields with a validation issue. */
  invalid: ReadonlySet<string>;
}

/** The product lines as an editable grid: one row per line, every cell a labelled input. */
export function QuoteLinesGrid({ draft, dispatch, invalid }: QuoteLinesGridProps) {
  const { q, language } = useQuoteStrings();
  const styles = useQuoteStyles();
  const perLine = draft.scenario.kind === "perLine";
  const label = (field: keyof typeof q.lines, n: number) =>
    fillIn(q.lines.fieldOfLine, { field: q.lines[field], n });
  const edit = (index: number, patch: Partial<QuoteLineDraft>) =>
    dispatch({ type: "editLine", index, patch });
  const invalidClass = (n: number, field: QuoteField | "country") =>
    invalid.has(`${n}:${field}`) ? styles.invalid : undefined;

  const textCell = (line: QuoteLineDraft, index: number, field: TextField) => (
    <TableCell key={field}>
      <Input
        className={mergeClasses(styles.cellInput, invalidClass(index + 1, field))}
        size="small"
        value={line[field]}
        inputMode={NUMERIC.has(field) ? "decimal" : undefined}
        placeholder={
          field === "cnCode" ? q.lines.cnCodeHint : field === "country" ? q.lines.countryHint : undefined
        }
        aria-label={label(field, index + 1)}
        aria-invalid={invalid.has(`${index + 1}:${field}`) || undefined}
        data-field={field}
        onChange={(_, data) => edit(index, { [field]: data.value })}
      />
    </TableCell>
  );

  const goodFromCn = (line: QuoteLineDraft): CbamGood | null => {
    const code = normalizeCnCode(line.cnCode);
    return code === null ? null : cbamGoodForCnCode(code);
  };

  return (
    <div className={styles.scroll}>
      <Table className={styles.grid} size="small" aria-label={q.lines.tableLabel}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>#</TableHeaderCell>
            {TEXT_FIELDS.map((field) => (
              <TableHeaderCell key={field}>{q.lines[field]}</TableHeaderCell>
            ))}
            <TableHeaderCell>{q.lines.valueType}</TableHeaderCell>
            <TableHeaderCell>{q.lines.good}</TableHeaderCell>
            <TableHeaderCell>{q.lines.benchmark}</TableHeaderCell>
            <TableHeaderCell>{q.lines.basePrice}</TableHeaderCell>
            {perLine ? <TableHeaderCell>{q.lines.alternativeSee}</TableHeaderCell> : null}
            <TableHeaderCell />
          </TableRow>
        </TableHeader>
        <TableBody>
          {draft.lines.map((line, index) => {
            const mapped = goodFromCn(line);
            return (
              <TableRow key={index} data-line={index + 1}>
                <TableCell>{index + 1}</TableCell>
                {TEXT_FIELDS.map((field) => textCell(line, index, field))}
                <TableCell>
                  <Select
                    size="small"
                    value={line.valueType}
                    aria-label={label("valueType", index + 1)}
                    onChange={(_, data) =>
                      edit(index, { valueType: data.value === "default" ? "default" : "actual" })
                    }
                  >
                    <option value="actual">{q.lines.actual}</option>
                    <option value="default">{q.lines.default}</option>
                  </Select>
                </TableCell>
                <TableCell>
                  <Select
                    size="small"
                    className={invalidClass(index + 1, "good")}
                    value={line.good}
                    aria-label={label("good", index + 1)}
                    aria-invalid={invalid.has(`${index + 1}:good`) || undefined}
                    onChange={(_, data) => edit(index, { good: data.value as CbamGood | "" })}
                  >
                    <option value="">
                      {mapped === null
                        ? q.lines.goodPick
                        : fillIn(q.lines.goodFromCn, {
                            good: CBAM_GOODS.find((good) => good.id === mapped)!.name[language],
                          })}
                    </option>
                    {CBAM_GOODS.map((good) => (
                      <option key={good.id} value={good.id}>
                        {good.name[language]}
                      </option>
                    ))}
                  </Select>
                </TableCell>
                {textCell(line, index, "benchmark")}
                {textCell(line, index, "basePrice")}
                {perLine ? textCell(line, index, "alternativeSee") : null}
                <TableCell>
                  <Button
                    size="small"
                    appearance="subtle"
                    aria-label={fillIn(q.lines.remove, { n: index + 1 })}
                    disabled={draft.lines.length <= 1}
                    onClick={() => dispatch({ type: "removeLine", index })}
                  >
                    ×
                  </Button>
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </div>
  );
}
