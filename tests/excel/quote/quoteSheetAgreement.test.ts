/**
 * The quote sheet computes what the pane computes, for every spelling the reader accepts. The
 * sheet written by insertQuote (block + table, pure layout from quoteSheetLayout) is evaluated
 * with HyperFormula (GPL-3.0, a test-only devDependency, never bundled) with the ZC functions
 * registered over the add-in's own adapters; the pane's figures come from reading the same cells
 * back (parseQuoteSheet → validateQuote → computeQuote). Structured references are rewritten to
 * A1 ranges, which HyperFormula has instead of Excel tables, and the FALSE literal to FALSE().
 * Not evaluated here: the 2026-2034
 * path rows, whose SUM(ZC.CBAM_COST(column, …)) is an array formula over the table's columns.
 */
import {
  EmptyValue,
  FunctionArgumentType,
  FunctionPlugin,
  HyperFormula,
  SimpleRangeValue,
  type ImplementedFunctions,
} from "hyperformula";
import { GOOD_SPELLINGS, type CbamGood } from "../../../src/core/cbam";
import { computeQuote, validateQuote, VALUE_TYPE_SPELLINGS, type QuoteResult } from "../../../src/core/quote";
import { parseQuoteSheet, type QuoteSheetSnapshot } from "../../../src/excel/quote/parseQuoteSheet";
import { QUOTE_COLUMN_KEYS, type QuoteColumnKey } from "../../../src/excel/quote/quoteColumns";
import {
  PATH_ROWS,
  TABLE_HEADER_ROW,
  quoteBlock,
  tableHeaders,
  tableRows,
  type SheetCell,
} from "../../../src/excel/quote/quoteSheetLayout";
import { columnLetter } from "../../../src/excel/quote/cellAddress";
import {
  cbamCostFormula,
  deMinimisFormula,
  freeAllocationFormula,
} from "../../../src/functions/adapters/cbam";
import { quoteStrings } from "../../../src/i18n/quote";
import { installRuntime } from "../../functions/support/customFunctionsStub";
import { specDraft, specLine } from "../../core/quote/quoteDrafts";
import { validQuote } from "../../core/quote/validQuote";

installRuntime();
const TABLE = "ZCQuote1";
const labels = quoteStrings("en").sheet;

/** An HF value as Excel would hand it to a custom function: ranges as matrices, blanks as null. */
function excelValue(value: unknown): unknown {
  if (value instanceof SimpleRangeValue) return value.rawData().map((row) => row.map(excelValue));
  if (value === EmptyValue) return null;
  if (typeof value === "object" && value !== null && "val" in value) return (value as { val: unknown }).val;
  return value;
}

/** The first cell of a function result, or its error as a string HF shows as text. */
function scalar(result: unknown[][]): number | string | boolean {
  const first = result[0]![0];
  return typeof first === "object" && first !== null
    ? `error ${(first as { code: string }).code}`
    : (first as number);
}

/** HyperFormula's plugin call shape (its internal types are not exported). */
interface ProcedureAst {
  args: unknown[];
}
type InterpreterState = unknown;

class ZcFunctions extends FunctionPlugin {
  static override implementedFunctions: ImplementedFunctions = {
    "ZC.CBAM_COST": {
      method: "cbamCost",
      parameters: [
        ...Array.from({ length: 4 }, () => ({ argumentType: FunctionArgumentType.ANY })),
        ...Array.from({ length: 3 }, () => ({ argumentType: FunctionArgumentType.ANY, optionalArg: true })),
      ],
      vectorizationForbidden: true,
    },
    "ZC.CBAM_DEMINIMIS": {
      method: "deMinimis",
      parameters: [{ argumentType: FunctionArgumentType.ANY }],
      vectorizationForbidden: true,
    },
    "ZC.CBAM_FREE_ALLOCATION": {
      method: "freeAllocation",
      parameters: [{ argumentType: FunctionArgumentType.ANY }],
      vectorizationForbidden: true,
    },
  };

  private args(ast: ProcedureAst, state: InterpreterState): unknown[] {
    return ast.args.map((arg: unknown) => {
      const value = excelValue(this.evaluateAst(arg as never, state as never));
      return Array.isArray(value) ? value : [[value]];
    });
  }

  cbamCost(ast: ProcedureAst, state: InterpreterState) {
    try {
      return scalar(cbamCostFormula(this.args(ast, state), "en") as unknown[][]);
    } catch (error) {
      return `error ${(error as { code: string }).code}`;
    }
  }

  deMinimis(ast: ProcedureAst, state: InterpreterState) {
    return scalar(deMinimisFormula(this.args(ast, state)[0], "en") as unknown[][]);
  }

  freeAllocation(ast: ProcedureAst, state: InterpreterState) {
    return scalar(freeAllocationFormula(this.args(ast, state)[0], "en") as unknown[][]);
  }
}
HyperFormula.registerFunctionPlugin(ZcFunctions, {
  enGB: {
    "ZC.CBAM_COST": "ZC.CBAM_COST",
    "ZC.CBAM_DEMINIMIS": "ZC.CBAM_DEMINIMIS",
    "ZC.CBAM_FREE_ALLOCATION": "ZC.CBAM_FREE_ALLOCATION",
  },
});

const HEADERS = tableHeaders();
const columnOf = (header: string): string => columnLetter(HEADERS.indexOf(header));

/** [@[Header]] → this row's cell; ZCQuote1[[Header]] → the column's body range; FALSE → FALSE(). */
function toA1(formula: string, row: number, lastRow: number): string {
  return (
    formula
      // Excel's FALSE literal is the function FALSE() in HyperFormula.
      .replace(/\bFALSE\b(?!\()/g, "FALSE()")
      .replace(/\[@\[([^\]]+)\]\]/g, (_m, header: string) => `${columnOf(header)}${row}`)
      .replace(new RegExp(`${TABLE}\\[\\[([^\\]]+)\\]\\]`, "g"), (_m, header: string) => {
        const c = columnOf(header);
        return `$${c}$${TABLE_HEADER_ROW + 1}:$${c}$${lastRow}`;
      })
  );
}

interface Sheet {
  block: SheetCell[][];
  rows: SheetCell[][];
}

/** The sheet as written, with each line's good and value type cells spelled another way. */
function written(goodSpelling: number, valueTypeSpelling: number): Sheet {
  const quote = validQuote(
    specDraft({
      lines: [
        specLine(),
        specLine({
          cnCode: "7601 10 00",
          valueType: "default",
          see: "3.0",
          benchmark: "1.423",
          basePrice: "2400",
        }),
        specLine({
          cnCode: "2523 29 00",
          valueType: "default",
          see: "1.42",
          benchmark: "0.666",
          quantity: "30",
        }),
        specLine({ cnCode: "2804 10 00", valueType: "actual", see: "9", benchmark: "5.089", quantity: "40" }),
      ],
    }),
  );
  const rows = tableRows(quote).map((row) => [...row]);
  const at = (key: QuoteColumnKey) => QUOTE_COLUMN_KEYS.indexOf(key);
  quote.lines.forEach((line, i) => {
    rows[i]![at("good")] = GOOD_SPELLINGS[line.good as CbamGood][goodSpelling]!;
    const spellings = VALUE_TYPE_SPELLINGS[line.seeIsDefaultValue ? "default" : "actual"];
    rows[i]![at("valueType")] = spellings[valueTypeSpelling]!;
  });
  return { block: quoteBlock(quote, TABLE, labels), rows };
}

/** Evaluates the sheet (path rows left out) and returns a value reader. */
function evaluate(sheet: Sheet): (address: string) => unknown {
  const lastRow = TABLE_HEADER_ROW + sheet.rows.length;
  const grid: (SheetCell | null)[][] = [];
  sheet.block.forEach((row, r) => {
    const inPath = r + 1 >= PATH_ROWS.year && r + 1 <= PATH_ROWS.saving;
    grid.push(
      row.map((cell) =>
        inPath ? null : typeof cell === "string" && cell.startsWith("=") ? toA1(cell, r + 1, lastRow) : cell,
      ),
    );
  });
  while (grid.length < TABLE_HEADER_ROW - 1) grid.push([]);
  grid.push(HEADERS);
  sheet.rows.forEach((row, i) => {
    const sheetRow = TABLE_HEADER_ROW + 1 + i;
    grid.push(
      row.map((cell) =>
        typeof cell === "string" && cell.startsWith("=") ? toA1(cell, sheetRow, lastRow) : cell,
      ),
    );
  });
  const hf = HyperFormula.buildFromArray(grid as never, { licenseKey: "gpl-v3" });
  return (address) => {
    const match = /^([A-Z]+)(\d+)$/.exec(address)!;
    return hf.getCellValue({ sheet: 0, row: Number(match[2]) - 1, col: match[1]!.charCodeAt(0) - 65 });
  };
}

/** What the pane shows after reading the same cells back. */
function pane(sheet: Sheet): QuoteResult {
  const snapshot: QuoteSheetSnapshot = {
    sheetName: "ZC Quote",
    tableName: TABLE,
    headerAddress: `'ZC Quote'!A${TABLE_HEADER_ROW}`,
    headers: HEADERS,
    bodyTop: TABLE_HEADER_ROW + 1,
    bodyLeft: 0,
    body: sheet.rows,
    blockValues: sheet.block,
    blockFormulas: sheet.block,
  };
  const read = parseQuoteSheet(snapshot);
  expect(read.cellIssues).toEqual([]);
  const validation = validateQuote(read.draft);
  if (!validation.ok) throw new Error(validation.issues.map((issue) => issue.message.en).join("; "));
  return computeQuote(validation.quote);
}

const SPELLINGS = [0, 1, 2].flatMap((good) => [0, 1, 2].map((valueType) => [good, valueType] as const));

describe.each(SPELLINGS)(
  "goods spelled as %s (0 id, 1 English, 2 Chinese), value types as %s",
  (good, valueType) => {
    const sheet = written(good, valueType);
    const cell = evaluate(sheet);
    const result = pane(sheet);
    const column = (key: QuoteColumnKey) => columnLetter(QUOTE_COLUMN_KEYS.indexOf(key));

    it("every line's cost, cost per tonne, surcharge, scenario cost and saving equal the pane's", () => {
      result.lines.forEach((line, i) => {
        const row = TABLE_HEADER_ROW + 1 + i;
        const sheetFigures = [
          cell(`${column("cost")}${row}`),
          cell(`${column("costPerTonne")}${row}`),
          Math.round((cell(`${column("surcharge")}${row}`) as number) * 10000) / 100,
          cell(`${column("alternativeCost")}${row}`),
          cell(`${column("saving")}${row}`),
        ];
        const paneFigures = [
          line.delivery.base.costEur.toNumber(),
          line.delivery.base.costPerTonneEur.toNumber(),
          line.delivery.base.surchargePercent.toNumber(),
          line.delivery.alternative.costEur.toNumber(),
          line.delivery.savingEur.toNumber(),
        ];
        expect([i + 1, ...sheetFigures]).toEqual([i + 1, ...paneFigures]);
      });
    });

    it("the delivery-year total, the de minimis mass and verdict equal the pane's", () => {
      expect(cell("E3")).toBe(result.delivery.base.costEur.toNumber());
      expect(cell("E9")).toBe(result.deMinimis.result.countedMassTonnes.toNumber());
      expect(cell("E10")).toBe(result.deMinimis.result.applies);
    });
  },
);
