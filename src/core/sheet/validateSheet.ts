import { standardsCoverage } from "../park";
import { scoreTedi } from "../tedi";
import { AddressBook, columnLetters, parseOrigin } from "./a1";
import { PARK_CATALOG } from "./catalogPort";
import { parseCell } from "./cellValue";
import { collectReadings } from "./collectReadings";
import { deriveIndicators } from "./deriveIndicators";
import { type HeaderLayout, HEADER_SEARCH_ROWS, findHeader } from "./findHeader";
import { listSome, lt } from "./localized";
import { type CatalogPort, type ParkRows, type RowsRead, TableReader } from "./readTableRows";
import { resolveChunkRows, resolveProfiles, resolveRelaxation } from "./resolveOptions";
import { runChecks } from "./runChecks";
import { InputError } from "../shared/inputError";
import {
  CHECK_STATUSES,
  type CheckOutcome,
  type CheckStatus,
  type IndicatorReading,
  type ParkValidation,
  type SheetInput,
  type SheetIssue,
  type TableLocation,
  type ValidateOptions,
  type ValidationResult,
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
  const addresses = new AddressBook(input.sheetName, origin, input.rowNumbers);
  const values = input.values;
  const firstCell = addresses.full(0, 0);

  const header = findHeader(values, catalog.matchIndicator);
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
              `No header row found in the first ${HEADER_SEARCH_ROWS} rows from ${firstCell}: not a park emission sheet. Expected a row with 指标/Indicator and 数值/Value (or years such as 2023年, 2024年; optionally 单位/Unit, 年份/Year, 园区/Park, or 范围/Scope, 排放源/Source, 排放量/Emissions), or one row per park with indicator names as column headers.`,
              `从 ${firstCell} 起的前 ${HEADER_SEARCH_ROWS} 行中未找到表头：不是园区排放表。应有包含“指标/Indicator”和“数值/Value”（或 2023年、2024年 等年份列；可含“单位/Unit”“年份/Year”“园区/Park”，或“范围/Scope”“排放源/Source”“排放量/Emissions”）的一行，或每行一个园区、列标题为指标名称。`,
            ),
          },
    ]);
  }

  const sheetIssues: SheetIssue[] = headerIssues(header, addresses);
  const reader = new TableReader(input, header, addresses, catalog);
  const total = values.length;
  for (let from = header.row + 1; from < total; from += chunkRows) {
    const to = Math.min(total, from + chunkRows);
    reader.readRows(from, to);
    yield total === 0 ? 1 : to / total;
  }
  const rows = reader.result;

  const headerCell = addresses.full(header.row, header.label);
  if (rows.dataRows === 0) {
    sheetIssues.push({
      code: "header-only",
      severity: "error",
      cell: headerCell,
      message: lt(
        `The table has a header at ${headerCell} but no data rows below it.`,
        `表格在 ${headerCell} 有表头，但其下没有数据行。`,
      ),
    });
  }
  if (rows.formulaCells.length > 0) sheetIssues.push(formulaNote(rows));

  const context: ParkContext = {
    profiles,
    relaxation,
    options,
    catalog,
    rowsScanned: total,
    sheetIssues,
    headerCell,
  };
  const parks: ParkValidation[] = [];
  for (const [park, parkRows] of rows.parks) {
    // A park column with rows only before the first park name: those rows form a park of their own.
    if (park === null && rows.parks.size > 1 && parkRows.dataRows === 0) continue;
    parks.push(validatePark(park, parkRows, context));
  }
  if (parks.length === 0) parks.push(validatePark(null, emptyParkRows(), context));
  const chosen = chooseParkResult(parks, options.park);

  return {
    sheetName: input.sheetName,
    table: tableLocation(header, rows, addresses),
    sheetIssues,
    parks,
    ...chosen,
  };
}

interface ParkContext {
  profiles: ReturnType<typeof resolveProfiles>;
  relaxation: number | undefined;
  options: ValidateOptions;
  catalog: CatalogPort;
  rowsScanned: number;
  sheetIssues: readonly SheetIssue[];
  headerCell: string;
}

/** The same checks for every park: readings of the assessed year, derived values, profiles, TEDI. */
function validatePark(park: string | null, rows: ParkRows, context: ParkContext): ParkValidation {
  const { catalog, options, relaxation } = context;
  const issues: SheetIssue[] = [];
  const collected = collectReadings(rows, catalog, options.year);
  const derived = deriveIndicators(collected.readings, collected.unusable, catalog);
  const checks = runChecks(context.profiles, {
    readings: collected.readings,
    unusable: collected.unusable,
    needs: derived.needs,
    catalog,
    transitionRelaxation: relaxation,
  });
  const readings = Array.from(collected.readings.values());
  const counts = countStatuses(checks);
  const nothingToValidate = rows.recognisedRows === 0 || !checks.some(hasValue);
  const named = (issue: SheetIssue): SheetIssue => (park === null ? issue : { ...issue, park });
  for (const issue of context.sheetIssues) issues.push(issue);
  for (const issue of rows.issues) issues.push(issue);
  for (const issue of collected.issues) issues.push(named(issue));
  for (const issue of derived.issues) issues.push(named(issue));
  if (nothingToValidate && context.sheetIssues.every((issue) => issue.severity !== "error"))
    issues.push(nothingToValidateIssue(park, rows, context));
  const tedi = nothingToValidate
    ? null
    : scoreTedi(valuesById(readings), { ...options.tediParams, transitionRelaxation: relaxation ?? null });
  return {
    park,
    readings,
    unusable: Array.from(collected.unusable.values()),
    checks,
    issues,
    tedi,
    coverage: nothingToValidate ? null : standardsCoverage(readings.map((reading) => reading.indicatorId)),
    summary: {
      rowsScanned: context.rowsScanned,
      dataRows: rows.dataRows,
      recognisedRows: rows.recognisedRows,
      checks: counts,
      errors: countSeverity(issues, "error"),
      warnings: countSeverity(issues, "warning"),
      assessedYear: collected.assessedYear,
      yearChosen:
        options.year !== undefined
          ? "requested"
          : collected.assessedYear === null
            ? "none"
            : "latest-with-data",
      nothingToValidate,
    },
  };
}

/** A check that looked at a value: anything but "missing" and "not applicable". */
function hasValue(check: CheckOutcome): boolean {
  return check.status !== "missing" && check.status !== "not-applicable";
}

function nothingToValidateIssue(park: string | null, rows: ParkRows, context: ParkContext): SheetIssue {
  const where = park === null ? lt("the sheet", "该表") : lt(`park "${park}"`, `园区“${park}”`);
  const why =
    rows.recognisedRows === 0
      ? lt(
          `${rows.dataRows} data row(s), none names an indicator of the catalog`,
          `${rows.dataRows} 行数据，没有一行是指标库中的指标`,
        )
      : lt("every check is missing its value", "所有检查项均缺少数值");
  return {
    code: "nothing-to-validate",
    severity: "error",
    cell: rows.issues[0]?.cell ?? context.headerCell,
    ...(park === null ? {} : { park }),
    message: lt(
      `Nothing to validate: for ${where.en} this is not a park emission sheet (${why.en}). No verdict and no TEDI score.`,
      `没有可校验的内容：${where.zh}不是园区排放表（${why.zh}）。不给出结论，也不计算 TEDI 得分。`,
    ),
  };
}

function chooseParkResult(parks: readonly ParkValidation[], wanted: string | undefined): ParkValidation {
  if (wanted === undefined) return parks[0]!;
  const found =
    parks.find((park) => park.park === wanted) ?? parks.find((park) => park.park?.trim() === wanted.trim());
  if (found) return found;
  const names = parks.map((park) => (park.park === null ? "—" : `"${park.park}"`)).join(", ");
  throw new InputError("value", "park", {
    en: `No park named "${wanted}" in the sheet. Parks listed: ${names}.`,
    zh: `表中没有名为“${wanted}”的园区。表中园区：${names}。`,
  });
}

function emptyParkRows(): ParkRows {
  return { observations: [], unusable: [], scopeParts: [], issues: [], dataRows: 0, recognisedRows: 0 };
}

function countSeverity(issues: readonly SheetIssue[], severity: SheetIssue["severity"]): number {
  let count = 0;
  for (const issue of issues) if (issue.severity === severity) count++;
  return count;
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
    // for-in visits only the cells a sparse row holds (a stray cell at XFD is one cell, not 16,384).
    for (const column in row) if (parseCell(row[column as unknown as number]).kind !== "blank") return false;
  }
  return true;
}

function emptyResult(sheetName: string, issues: SheetIssue[]): ValidationResult {
  const park: ParkValidation = {
    park: null,
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
      errors: countSeverity(issues, "error"),
      warnings: countSeverity(issues, "warning"),
      assessedYear: null,
      yearChosen: "none",
      nothingToValidate: true,
    },
  };
  return { sheetName, table: null, sheetIssues: issues, parks: [park], ...park };
}

function countStatuses(checks: readonly CheckOutcome[]): Record<CheckStatus, number> {
  const counts = Object.fromEntries(CHECK_STATUSES.map((status) => [status, 0])) as Record<
    CheckStatus,
    number
  >;
  for (const check of checks) counts[check.status]++;
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
    layout: header.kind,
    parkColumn: column(header.park),
    yearColumns: header.values.flatMap((value) =>
      value.year === undefined ? [] : [{ column: column(value.column)!, year: value.year }],
    ),
    labelColumn: column(header.label)!,
    valueColumn: column(header.value)!,
    unitColumn: column(header.unit),
    yearColumn: column(header.year),
    scopeColumn: column(header.scope),
    firstDataRow: addresses.sheetRow(rows.firstDataRow ?? header.row),
    lastDataRow: addresses.sheetRow(rows.lastDataRow ?? header.row),
  };
}
