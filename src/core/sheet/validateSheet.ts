import { standardsCoverage } from "../park";
import { scoreTedi } from "../tedi";
import { AddressBook, columnLetters, parseOrigin } from "./a1";
import { PARK_CATALOG } from "./catalogPort";
import { parseCell } from "./cellValue";
import { collectReadings } from "./collectReadings";
import { deriveIndicators } from "./deriveIndicators";
import { type HeaderLayout, HEADER_SEARCH_ROWS, findHeader } from "./findHeader";
import { listSome, lt } from "./localized";
import { type CatalogPort, type RowsRead, TableReader } from "./readTableRows";
import { resolveChunkRows, resolveProfiles, resolveRelaxation } from "./resolveOptions";
import { runChecks } from "./runChecks";
import type {
  CheckStatus,
  IndicatorReading,
  SheetInput,
  SheetIssue,
  TableLocation,
  ValidateOptions,
  ValidationResult,
} from "./types";

/**
 * Validation as a generator: yields the fraction of rows read after each chunk of
 * `progressEveryRows` rows and returns the result. validateSheet and validateSheetAsync drive it;
 * the task pane can drive it too. Options are checked before the first row is read (bad profile
 * ids or relaxation throw an InputError).
 */
export function* validateSheetSteps(
  input: SheetInput,
  options: ValidateOptions = {},
  catalog: CatalogPort = PARK_CATALOG,
): Generator<number, ValidationResult, void> {
  const profiles = resolveProfiles(options.profiles);
  const relaxation = resolveRelaxation(options);
  const chunkRows = resolveChunkRows(options);
  const origin = parseOrigin(input.origin);
  const addresses = new AddressBook(input.sheetName, origin);
  const values = input.values;
  const firstCell = addresses.full(0, 0);

  const header = findHeader(values);
  if (!header) {
    const empty = isBlankBlock(input);
    return emptyResult(input.sheetName, [
      empty
        ? {
            code: "empty-sheet",
            severity: "error",
            cell: firstCell,
            message: lt(
              `The sheet "${input.sheetName}" is empty: nothing to validate.`,
              `工作表“${input.sheetName}”为空：没有可校验的内容。`,
            ),
          }
        : {
            code: "no-header",
            severity: "error",
            cell: firstCell,
            message: lt(
              `No header row found in the first ${HEADER_SEARCH_ROWS} rows from ${firstCell}: expected a row with 指标/Indicator and 数值/Value (optionally 单位/Unit, 年份/Year, or 范围/Scope, 排放源/Source, 排放量/Emissions).`,
              `从 ${firstCell} 起的前 ${HEADER_SEARCH_ROWS} 行中未找到表头：应有包含“指标/Indicator”和“数值/Value”的一行（可含“单位/Unit”“年份/Year”，或“范围/Scope”“排放源/Source”“排放量/Emissions”）。`,
            ),
          },
    ]);
  }

  const issues: SheetIssue[] = headerIssues(header, addresses);
  const reader = new TableReader(input, header, addresses, catalog);
  const total = values.length;
  for (let from = header.row + 1; from < total; from += chunkRows) {
    const to = Math.min(total, from + chunkRows);
    reader.readRows(from, to);
    yield total === 0 ? 1 : to / total;
  }
  const rows = reader.result;
  issues.push(...rows.issues);

  const headerCell = addresses.full(header.row, header.label);
  if (rows.dataRows === 0) {
    issues.push({
      code: "header-only",
      severity: "error",
      cell: headerCell,
      message: lt(
        `The table has a header at ${headerCell} but no data rows below it.`,
        `表格在 ${headerCell} 有表头，但其下没有数据行。`,
      ),
    });
  }
  if (rows.formulaCells.length > 0) issues.push(formulaNote(rows));

  const collected = collectReadings(rows, catalog, options.year);
  issues.push(...collected.issues);
  const derived = deriveIndicators(collected.readings, collected.unusable, catalog);
  issues.push(...derived.issues);

  const checks = runChecks(profiles, {
    readings: collected.readings,
    unusable: collected.unusable,
    needs: derived.needs,
    catalog,
    transitionRelaxation: relaxation,
  });
  const readings = [...collected.readings.values()];
  const tedi = scoreTedi(valuesById(readings), {
    ...options.tediParams,
    transitionRelaxation: relaxation ?? null,
  });
  const coverage = standardsCoverage(readings.map((reading) => reading.indicatorId));

  return {
    sheetName: input.sheetName,
    table: tableLocation(header, rows, addresses),
    readings,
    unusable: [...collected.unusable.values()],
    checks,
    issues,
    tedi,
    coverage,
    summary: {
      rowsScanned: total,
      dataRows: rows.dataRows,
      recognisedRows: rows.recognisedRows,
      checks: countStatuses(checks.map((check) => check.status)),
      errors: issues.filter((issue) => issue.severity === "error").length,
      warnings: issues.filter((issue) => issue.severity === "warning").length,
      assessedYear: collected.assessedYear,
    },
  };
}

/** Synchronous validation; `options.onProgress` is called after each chunk of rows. */
export function validateSheet(input: SheetInput, options: ValidateOptions = {}): ValidationResult {
  const steps = validateSheetSteps(input, options);
  for (;;) {
    const step = steps.next();
    if (step.done) {
      options.onProgress?.(1);
      return step.value;
    }
    options.onProgress?.(step.value);
  }
}

export interface AsyncValidateOptions extends ValidateOptions {
  /** Awaited between chunks so the UI can repaint (e.g. () => new Promise(r => setTimeout(r, 0))). */
  yieldToUi?: () => Promise<void>;
}

/** Chunked validation for the task pane: reports progress and yields to the UI between chunks. */
export async function validateSheetAsync(
  input: SheetInput,
  options: AsyncValidateOptions = {},
): Promise<ValidationResult> {
  const steps = validateSheetSteps(input, options);
  for (;;) {
    const step = steps.next();
    if (step.done) {
      options.onProgress?.(1);
      return step.value;
    }
    options.onProgress?.(step.value);
    if (options.yieldToUi) await options.yieldToUi();
  }
}

function valuesById(readings: readonly IndicatorReading[]): Map<string, number> {
  return new Map(readings.map((reading) => [reading.indicatorId, reading.value]));
}

function isBlankBlock(input: SheetInput): boolean {
  for (const row of input.values) {
    if (!row) continue;
    for (const cell of row) if (parseCell(cell).kind !== "blank") return false;
  }
  return true;
}

function emptyResult(sheetName: string, issues: SheetIssue[]): ValidationResult {
  return {
    sheetName,
    table: null,
    readings: [],
    unusable: [],
    checks: [],
    issues,
    tedi: null,
    coverage: null,
    summary: {
      rowsScanned: 0,
      dataRows: 0,
      recognisedRows: 0,
      checks: countStatuses([]),
      errors: issues.filter((issue) => issue.severity === "error").length,
      warnings: issues.filter((issue) => issue.severity === "warning").length,
      assessedYear: null,
    },
  };
}

function countStatuses(statuses: readonly CheckStatus[]): Record<CheckStatus, number> {
  const counts: Record<CheckStatus, number> = { pass: 0, fail: 0, missing: 0, "not-applicable": 0, error: 0 };
  for (const status of statuses) counts[status]++;
  return counts;
}

function headerIssues(header: HeaderLayout, addresses: AddressBook): SheetIssue[] {
  return header.ignored.map(({ role, column }) => {
    const cell = addresses.full(header.row, column);
    return {
      code: "extra-column",
      severity: "info",
      cell,
      message: lt(
        `${cell} is another "${role}" column; the first one is used and this one is ignored.`,
        `${cell} 是又一个“${role}”列；使用第一列，忽略此列。`,
      ),
    };
  });
}

function formulaNote(rows: RowsRead): SheetIssue {
  const cells = listSome(rows.formulaCells);
  return {
    code: "formula-cells",
    severity: "info",
    cell: rows.formulaCells[0]!,
    otherCells: rows.formulaCells.slice(1, 51),
    message: lt(
      `${rows.formulaCells.length} value cell(s) hold formulas (${cells.en}); their current results are used. Recalculate the workbook before validating.`,
      `${rows.formulaCells.length} 个数值单元格含公式（${cells.zh}）；使用其当前计算结果。校验前请先重新计算工作簿。`,
    ),
  };
}

function tableLocation(header: HeaderLayout, rows: RowsRead, addresses: AddressBook): TableLocation {
  const column = (index: number | undefined): string | null =>
    index === undefined ? null : columnLetters(index + addresses.columnOffset);
  return {
    headerCell: addresses.full(header.row, header.label),
    labelColumn: column(header.label)!,
    valueColumn: column(header.value)!,
    unitColumn: column(header.unit),
    yearColumn: column(header.year),
    scopeColumn: column(header.scope),
    firstDataRow: addresses.sheetRow(rows.firstDataRow ?? header.row),
    lastDataRow: addresses.sheetRow(rows.lastDataRow ?? header.row),
  };
}
