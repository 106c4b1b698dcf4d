import type { LocalizedText } from "../shared/localizedText";
import {
  type ConversionResult,
  type IndicatorDefinition,
  type IndicatorMatch,
  parseFlagText,
  parseGradeText,
  normalizeUnit,
} from "../park";
import { AddressBook } from "./a1";
import { type ParsedCell, type RawCell, cellText, parseCell } from "./cellValue";
import { type HeaderLayout, type ValueColumn, repeatedHeaderAt } from "./findHeader";
import { formatNumber, lt } from "./localized";
import { MergeLookup } from "./mergedCells";
import { normalizeLabel } from "./normalizeText";
import { isDateFormat, isPercentFormat } from "./numberFormat";
import { type ScopeNumber, parseScope } from "./scopeCell";
import type { IssueCode, IssueSeverity, SheetInput, SheetIssue } from "./types";
import { readYear, serialToIsoDate } from "./yearCell";

/** The parts of the park catalog the reader uses (the real module by default; swappable in tests). */
export interface CatalogPort {
  matchIndicator(label: string): IndicatorMatch;
  convertToCanonical(indicator: IndicatorDefinition, value: number, unitLabel: string): ConversionResult;
  indicatorById(id: string): IndicatorDefinition | undefined;
}

/** One usable value found on a row, already in canonical units. */
export interface Observation {
  /** The park the row belongs to, as named in the sheet; null when the table has no park column. */
  park: string | null;
  indicator: IndicatorDefinition;
  value: number;
  unit: string;
  row: number;
  cell: string;
  year: number | undefined;
  hidden: boolean;
  fromFormula: boolean;
}

/** A row that names an indicator whose value cannot be used (error value, text, bad unit...). */
export interface UnusableRow {
  park: string | null;
  indicatorId: string;
  cell: string;
  year: number | undefined;
  /** "missing" rows (blank value) do not spoil another row's value; the others do. */
  blocking: boolean;
  reason: LocalizedText;
}

/** One line of a Scope table (范围 / 排放源 / 排放量), summed per scope later. */
export interface ScopePart {
  park: string | null;
  scope: ScopeNumber;
  value: number;
  cell: string;
  year: number | undefined;
  hidden: boolean;
  fromFormula: boolean;
}

/** What one park's rows say (the whole table when it names no park). */
export interface ParkRows {
  observations: Observation[];
  unusable: UnusableRow[];
  scopeParts: ScopePart[];
  /** Row-level findings about this park's rows. */
  issues: SheetIssue[];
  dataRows: number;
  recognisedRows: number;
}

export interface RowsRead extends ParkRows {
  /** Per park, in the order the sheet first names them; one entry keyed null without a park column. */
  parks: Map<string | null, ParkRows>;
  formulaCells: string[];
  firstDataRow: number | null;
  lastDataRow: number | null;
}

const NOTE_PREFIXES = ["注", "备注", "说明", "数据来源", "来源", "note", "notes", "source", "*", "※"];
const SHARE_EPSILON = 1e-9;

/**
 * Reads the data rows below a header, one row at a time, in a single pass. Caches label matches so
 * a 100,000-row sheet repeating a few dozen indicator names matches each name once.
 */
export class TableReader {
  private layout: HeaderLayout;
  private readonly matchCache = new Map<string, IndicatorMatch>();
  private readonly merges: MergeLookup;
  /** The park of the row being read: its rows, issues and counts go to that park. */
  private current: ParkRows;
  private currentPark: string | null = null;
  private lastPark: string | null = null;
  private readonly out: RowsRead = {
    observations: [],
    unusable: [],
    scopeParts: [],
    issues: [],
    parks: new Map(),
    formulaCells: [],
    dataRows: 0,
    recognisedRows: 0,
    firstDataRow: null,
    lastDataRow: null,
  };

  constructor(
    private readonly input: SheetInput,
    layout: HeaderLayout,
    private readonly addresses: AddressBook,
    private readonly catalog: CatalogPort,
  ) {
    this.layout = layout;
    this.merges = new MergeLookup(input.mergedAreas, addresses);
    this.current = this.parkRows(null);
  }

  /** Reads rows [from, to) of the block. */
  readRows(from: number, to: number): void {
    for (let row = from; row < to; row++) this.readRow(row);
  }

  get result(): RowsRead {
    return this.out;
  }

  private parkRows(park: string | null): ParkRows {
    let rows = this.out.parks.get(park);
    if (!rows) {
      rows = { observations: [], unusable: [], scopeParts: [], issues: [], dataRows: 0, recognisedRows: 0 };
      this.out.parks.set(park, rows);
    }
    return rows;
  }

  private issue(
    code: IssueCode,
    severity: IssueSeverity,
    cell: string,
    message: LocalizedText,
    extra?: Partial<SheetIssue>,
  ): void {
    const park = this.currentPark === null ? {} : { park: this.currentPark };
    const issue: SheetIssue = { code, severity, cell, message, ...park, ...extra };
    this.out.issues.push(issue);
    this.current.issues.push(issue);
  }

  private countDataRow(row: number): void {
    this.out.dataRows++;
    this.current.dataRows++;
    if (this.out.firstDataRow === null) this.out.firstDataRow = row;
    this.out.lastDataRow = row;
  }

  private countRecognised(): void {
    this.out.recognisedRows++;
    this.current.recognisedRows++;
  }

  /** A cell's content, or the top-left content of the merge it lies in ("a label over two rows"). */
  private cellAt(cells: readonly RawCell[], row: number, column: number): RawCell {
    const raw = cells[column];
    if (raw !== undefined && raw !== null && raw !== "") return raw;
    const master = this.merges.masterOf(row, column);
    return master === null ? raw : this.input.values[master.row]?.[master.column];
  }

  /** The park a row belongs to: its park cell, the merge it lies in, else the park above (said so). */
  private parkOf(cells: readonly RawCell[], row: number, column: number | undefined): string | null {
    if (column === undefined) return null;
    const name = cellText(this.cellAt(cells, row, column));
    if (name !== "") {
      this.lastPark = name;
      return name;
    }
    return this.lastPark;
  }

  private usePark(park: string | null): void {
    this.currentPark = park;
    this.current = this.parkRows(park);
  }

  private readRow(row: number): void {
    const cells = this.input.values[row];
    if (!cells || row <= this.layout.row) return;
    if (this.layout.kind === "wide") {
      this.readWideRow(cells, row);
      return;
    }
    const layout = this.layout;

    const repeated = repeatedHeaderAt(cells, row, layout);
    if (repeated) {
      this.layout = repeated;
      this.usePark(null);
      this.issue(
        "repeated-header",
        "warning",
        this.addresses.full(row, layout.label),
        lt(
          `Another header row at row ${this.addresses.sheetRow(row)}: ignored as data; the rows below it are read with its columns.`,
          `第 ${this.addresses.sheetRow(row)} 行是又一个表头：不作为数据读取，其下各行按该表头的列读取。`,
        ),
      );
      return;
    }

    const label = cellText(this.cellAt(cells, row, layout.label));
    const unitText = cellText(layout.unit === undefined ? undefined : cells[layout.unit]);
    const scopeCell = layout.scope === undefined ? null : parseCell(cells[layout.scope]);
    const allBlank = layout.values.every((column) => parseCell(cells[column.column]).kind === "blank");
    if (label === "" && allBlank && unitText === "" && (scopeCell === null || scopeCell.kind === "blank"))
      return;
    if (allBlank && isNoteText(label)) return;

    const park = this.parkOf(cells, row, layout.park);
    this.usePark(park);
    this.countDataRow(row);
    const hidden = this.input.hiddenRows?.[row] === true;
    const rowYear = this.readYearCell(cells, row);

    const scope = scopeCell === null ? null : parseScope(scopeCell);
    if (scope !== null) {
      const column = layout.values[0]!;
      const valueCell = this.addresses.full(row, column.column);
      const value = this.valueAt(cells, row, column.column, valueCell);
      if (value === null) return;
      this.readScopeRow(
        scope,
        value.parsed,
        unitText || (column.unit ?? ""),
        row,
        valueCell,
        rowYear,
        hidden,
        value.fromFormula,
      );
      return;
    }

    const labelCell = this.addresses.full(row, layout.label);
    if (label === "") {
      if (!allBlank) {
        const valueCell = this.addresses.full(row, layout.value);
        this.issue(
          "blank-label",
          "warning",
          labelCell,
          lt(
            `${valueCell} holds a value but ${labelCell} names no indicator: row skipped.`,
            `${valueCell} 有数值，但 ${labelCell} 未写指标名称：该行已跳过。`,
          ),
        );
      }
      return;
    }

    const match = this.match(label);
    if (match.status === "unknown") {
      // A label with nothing beside it is a section heading or a note, not a data row.
      if (allBlank && unitText === "") {
        this.out.dataRows--;
        this.current.dataRows--;
        return;
      }
      this.issue(
        "unknown-indicator",
        "warning",
        labelCell,
        lt(
          `"${label}" is not an indicator of the catalog: row not used.`,
          `"${label}" 不是指标库中的指标：该行未使用。`,
        ),
      );
      return;
    }
    if (match.status === "ambiguous") {
      const names = match.candidates.map((c) => `${c.name.en} (${c.id})`).join(" / ");
      const namesZh = match.candidates.map((c) => `${c.name.zh}（${c.id}）`).join(" / ");
      this.issue(
        "ambiguous-indicator",
        "error",
        labelCell,
        lt(
          `"${label}" could be several indicators: ${names}. Rename it to one of them; the validator does not guess.`,
          `"${label}" 可对应多个指标：${namesZh}。请改为其中之一；校验器不作猜测。`,
        ),
      );
      return;
    }

    this.countRecognised();
    const indicator = match.indicator;
    const unitCell = layout.unit === undefined ? null : this.addresses.full(row, layout.unit);
    const yearsAsColumns = layout.values.length > 1 || layout.values[0]!.year !== undefined;
    for (const column of layout.values) {
      const valueCell = this.addresses.full(row, column.column);
      const year = column.year ?? rowYear;
      const headerUnit = column.unit ?? layout.labelUnit;
      if (unitText !== "" && headerUnit !== undefined)
        this.compareUnits(unitText, headerUnit, unitCell!, column, indicator);
      const unitLabel = unitText !== "" ? unitText : (headerUnit ?? match.unitHint ?? "");
      this.readValueCell(cells, row, column.column, {
        indicator,
        park,
        year,
        hidden,
        unitLabel,
        unitCell: unitCell ?? valueCell,
        // With years as columns a year left blank is just not reported for that year.
        blankIsFinding: !yearsAsColumns,
      });
    }
  }

  /** One park per row, one indicator per column, the unit in each header. */
  private readWideRow(cells: readonly RawCell[], row: number): void {
    const layout = this.layout;
    const park = cellText(this.cellAt(cells, row, layout.label));
    let any = park !== "";
    for (const column of layout.indicators) if (parseCell(cells[column.column]).kind !== "blank") any = true;
    if (!any) return;
    if (park === "" || isNoteText(park)) {
      if (park !== "" && layout.indicators.every((c) => parseCell(cells[c.column]).kind === "blank")) return;
      const cell = this.addresses.full(row, layout.label);
      this.usePark(null);
      this.issue(
        "blank-label",
        "warning",
        cell,
        lt(
          `Row ${this.addresses.sheetRow(row)} has values but ${cell} names no park: row skipped.`,
          `第 ${this.addresses.sheetRow(row)} 行有数值，但 ${cell} 未写园区名称：该行已跳过。`,
        ),
      );
      return;
    }
    this.lastPark = park;
    this.usePark(park);
    this.countDataRow(row);
    const hidden = this.input.hiddenRows?.[row] === true;
    const year = this.readYearCell(cells, row);
    for (const column of layout.indicators) {
      this.countRecognised();
      this.readValueCell(cells, row, column.column, {
        indicator: column.indicator,
        park,
        year,
        hidden,
        unitLabel: column.unit ?? "",
        unitCell: this.addresses.full(layout.row, column.column),
        blankIsFinding: false,
      });
    }
  }

  /** The value cell as read, or null after reporting a date or an uncalculated formula. */
  private valueAt(
    cells: readonly RawCell[],
    row: number,
    column: number,
    valueCell: string,
    indicator?: IndicatorDefinition,
    park?: string | null,
    year?: number,
  ): { parsed: ParsedCell; fromFormula: boolean } | null {
    const parsed = parseCell(cells[column]);
    const fromFormula = isFormula(this.input.formulas?.[row]?.[column]);
    if (fromFormula) this.out.formulaCells.push(valueCell);
    if (fromFormula && parsed.kind === "blank") {
      const reason = lt(
        `${valueCell} holds a formula that was never calculated (no saved result): not calculated — open and save the file in Excel.`,
        `${valueCell} 的公式从未计算（文件中没有保存结果）：未计算——请在 Excel 中打开并保存该文件。`,
      );
      this.issue(
        "formula-not-calculated",
        "warning",
        valueCell,
        reason,
        indicator ? { indicatorId: indicator.id } : {},
      );
      if (indicator) this.unusable(indicator, park ?? null, valueCell, year, false, reason);
      return null;
    }
    if (
      parsed.kind === "number" &&
      !parsed.fromText &&
      isDateFormat(this.input.numberFormats?.[row]?.[column])
    ) {
      const date = serialToIsoDate(parsed.value);
      const what = indicator ? indicator.name : lt("a value", "数值");
      const reason = lt(
        `${valueCell} is formatted as a date (${date}, serial ${parsed.value}) where ${what.en} expects a number: format the cell as a number and type the value.`,
        `${valueCell} 为日期格式（${date}，序列号 ${parsed.value}），而${what.zh}需要数字：请把单元格设为数字格式并填写数值。`,
      );
      this.issue("date-value", "error", valueCell, reason, indicator ? { indicatorId: indicator.id } : {});
      if (indicator) this.unusable(indicator, park ?? null, valueCell, year, true, reason);
      return null;
    }
    return { parsed, fromFormula };
  }

  private readValueCell(
    cells: readonly RawCell[],
    row: number,
    column: number,
    at: {
      indicator: IndicatorDefinition;
      park: string | null;
      year: number | undefined;
      hidden: boolean;
      unitLabel: string;
      unitCell: string;
      blankIsFinding: boolean;
    },
  ): void {
    const { indicator, park, year, hidden } = at;
    const valueCell = this.addresses.full(row, column);
    const read = this.valueAt(cells, row, column, valueCell, indicator, park, year);
    if (read === null) return;
    const value = read.parsed;
    if (value.kind === "blank" && !at.blankIsFinding) return;
    const numeric = this.numericValue(indicator, park, value, valueCell, year);
    if (numeric === null) return;
    const percentFormat = isPercentFormat(this.input.numberFormats?.[row]?.[column]);
    const effectiveUnit =
      percentFormat && indicator.kind === "share" ? "fraction" : numeric.percentSign ? "%" : at.unitLabel;
    if (!percentFormat && this.input.numberFormats === undefined) {
      this.hintPercentFormat(indicator, numeric.value, effectiveUnit, valueCell);
    }

    const converted = this.canonicalValue(
      indicator,
      park,
      numeric.value,
      effectiveUnit,
      valueCell,
      at.unitCell,
      year,
    );
    if (converted === null) return;

    if (hidden) {
      this.issue(
        "hidden-row",
        "warning",
        valueCell,
        lt(
          `Row ${this.addresses.sheetRow(row)} is hidden; its value (${indicator.name.en}) is validated and used.`,
          `第 ${this.addresses.sheetRow(row)} 行被隐藏；其数值（${indicator.name.zh}）仍参与校验和计算。`,
        ),
        { indicatorId: indicator.id },
      );
    }
    const observation: Observation = {
      park,
      indicator,
      value: converted.value,
      unit: converted.unit,
      row,
      cell: valueCell,
      year,
      hidden,
      fromFormula: read.fromFormula,
    };
    this.out.observations.push(observation);
    this.current.observations.push(observation);
  }

  /** A row's own unit wins over its column header's; when they differ, say so. */
  private compareUnits(
    rowUnit: string,
    headerUnit: string,
    unitCell: string,
    column: ValueColumn,
    indicator: IndicatorDefinition,
  ): void {
    if (normalizeUnit(rowUnit) === normalizeUnit(headerUnit)) return;
    const header = this.addresses.full(
      this.layout.row,
      column.unit !== undefined ? column.column : this.layout.label,
    );
    this.issue(
      "unit-header-differs",
      "warning",
      unitCell,
      lt(
        `${unitCell} gives the unit "${rowUnit}" but the header ${header} says "${headerUnit}": the row's own unit is used for ${indicator.name.en}.`,
        `${unitCell} 的单位为“${rowUnit}”，而表头 ${header} 写的是“${headerUnit}”：${indicator.name.zh} 按该行自己的单位读取。`,
      ),
      { indicatorId: indicator.id },
    );
  }

  private match(label: string): IndicatorMatch {
    let match = this.matchCache.get(label);
    if (match === undefined) {
      match = this.catalog.matchIndicator(label);
      this.matchCache.set(label, match);
    }
    return match;
  }

  /** The number in a value cell, or null after reporting why there is none. */
  private numericValue(
    indicator: IndicatorDefinition,
    park: string | null,
    value: ParsedCell,
    valueCell: string,
    year: number | undefined,
  ): { value: number; percentSign: boolean } | null {
    if (value.kind === "number") return value;
    const name = indicator.name;
    if (indicator.kind === "flag") {
      const flag =
        value.kind === "boolean"
          ? value.value
            ? 1
            : 0
          : value.kind === "text"
            ? parseFlagText(value.text)
            : null;
      if (flag !== null) return { value: flag, percentSign: false };
    }
    if (indicator.canonicalUnit === "grade" && value.kind === "text") {
      const grade = parseGradeText(value.text);
      if (grade !== null) return { value: grade, percentSign: false };
    }
    if (value.kind === "blank") {
      const reason = lt(`${valueCell}: no value for ${name.en}.`, `${valueCell}：${name.zh} 没有数值。`);
      this.unusable(indicator, park, valueCell, year, false, reason);
      this.issue("missing-value", "warning", valueCell, reason, { indicatorId: indicator.id });
    } else if (value.kind === "error") {
      const reason = lt(
        `${valueCell} holds the Excel error ${value.code} instead of a value for ${name.en}.`,
        `${valueCell} 是 Excel 错误值 ${value.code}，不是 ${name.zh} 的数值。`,
      );
      this.unusable(indicator, park, valueCell, year, true, reason);
      this.issue("excel-error", "error", valueCell, reason, { indicatorId: indicator.id });
    } else {
      const shown = value.kind === "text" ? value.text : String(value.value);
      const reason = lt(
        `${valueCell} holds text ("${shown}") where a number for ${name.en} is expected.`,
        `${valueCell} 是文本（"${shown}"），${name.zh} 需要数字。`,
      );
      this.unusable(indicator, park, valueCell, year, true, reason);
      this.issue("text-value", "error", valueCell, reason, { indicatorId: indicator.id });
    }
    return null;
  }

  /**
   * The value in the catalog's canonical unit, or null after reporting why it cannot be used (an
   * unknown unit names the unit cell; an implausible value names the value cell).
   */
  private canonicalValue(
    indicator: IndicatorDefinition,
    park: string | null,
    value: number,
    unitLabel: string,
    valueCell: string,
    unitCell: string,
    year: number | undefined,
  ): { value: number; unit: string } | null {
    const converted = this.catalog.convertToCanonical(indicator, value, unitLabel);
    if (!converted.ok) {
      this.unusable(indicator, park, valueCell, year, true, converted.reason);
      this.issue("unknown-unit", "error", unitCell, prefixed(unitCell, converted.reason), {
        indicatorId: indicator.id,
      });
      return null;
    }
    if (!this.plausible(indicator, park, converted.value, converted.unit, valueCell, year)) return null;
    return converted;
  }

  private plausible(
    indicator: IndicatorDefinition,
    park: string | null,
    value: number,
    unit: string,
    valueCell: string,
    year: number | undefined,
  ): boolean {
    const name = indicator.name;
    if (value < 0) {
      const reason = lt(
        `${valueCell}: ${name.en} is negative (${formatNumber(value)} ${unit}); a park inventory reports amounts ≥ 0.`,
        `${valueCell}：${name.zh} 为负值（${formatNumber(value)} ${unit}）；园区清单中的量应 ≥ 0。`,
      );
      this.unusable(indicator, park, valueCell, year, true, reason);
      this.issue("negative-value", "error", valueCell, reason, { indicatorId: indicator.id });
      return false;
    }
    if (indicator.kind === "share" && value > 1 + SHARE_EPSILON) {
      const percent = formatNumber(value * 100);
      const reason = lt(
        `${valueCell}: ${name.en} is ${percent}%, more than 100%.`,
        `${valueCell}：${name.zh} 为 ${percent}%，超过 100%。`,
      );
      this.unusable(indicator, park, valueCell, year, true, reason);
      this.issue("share-over-100", "error", valueCell, reason, { indicatorId: indicator.id });
      return false;
    }
    return true;
  }

  // Excel shows a percent-formatted 12 % but range.values gives 0.12: with the unit column saying
  // "%", the value would be read as 0.12 %. Without number formats we cannot tell; say so.
  private hintPercentFormat(
    indicator: IndicatorDefinition,
    value: number,
    unit: string,
    valueCell: string,
  ): void {
    if (indicator.kind !== "share" || value <= 0 || value >= 1) return;
    if (normalizeUnit(unit) !== "%") return;
    this.issue(
      "percent-format-hint",
      "info",
      valueCell,
      lt(
        `${valueCell}: ${value} with unit % is read as ${value}%. If the cell is formatted as a percentage, Excel stores ${formatNumber(value * 100)}% as ${value}: write ${formatNumber(value * 100)} or set the unit to "fraction".`,
        `${valueCell}：${value}（单位 %）按 ${value}% 读取。若该单元格为百分比格式，Excel 会把 ${formatNumber(value * 100)}% 存为 ${value}：请填写 ${formatNumber(value * 100)} 或把单位改为 "fraction"。`,
      ),
      { indicatorId: indicator.id },
    );
  }

  private unusable(
    indicator: IndicatorDefinition,
    park: string | null,
    cell: string,
    year: number | undefined,
    blocking: boolean,
    reason: LocalizedText,
  ): void {
    const row: UnusableRow = { park, indicatorId: indicator.id, cell, year, blocking, reason };
    this.out.unusable.push(row);
    this.current.unusable.push(row);
  }

  private readYearCell(cells: readonly RawCell[], row: number): number | undefined {
    if (this.layout.year === undefined) return undefined;
    const format = this.input.numberFormats?.[row]?.[this.layout.year];
    const reading = readYear(
      parseCell(cells[this.layout.year]),
      this.input.numberFormats === undefined ? undefined : isDateFormat(format),
    );
    const cell = this.addresses.full(row, this.layout.year);
    if (reading.kind === "year") return reading.year;
    if (reading.kind === "dateSerial") {
      this.issue(
        "year-date-serial",
        "warning",
        cell,
        lt(
          `${cell} holds ${reading.serial}, an Excel date serial (${reading.isoDate}), not a year: read as ${reading.year}. Format the column as a number and type the year.`,
          `${cell} 的值 ${reading.serial} 是 Excel 日期序列号（${reading.isoDate}），不是年份：按 ${reading.year} 年读取。请把该列设为数字格式并填写年份。`,
        ),
      );
      return reading.year;
    }
    if (reading.kind === "invalid") {
      this.issue(
        "year-invalid",
        "warning",
        cell,
        lt(
          `${cell}: "${reading.text}" is not a year (a year has four digits, e.g. 2024); the row is read without a year.`,
          `${cell}："${reading.text}" 不是年份（年份为四位数字，如 2024）；该行按无年份读取。`,
        ),
      );
    }
    return undefined;
  }

  private readScopeRow(
    scope: ScopeNumber,
    value: ParsedCell,
    unitText: string,
    row: number,
    valueCell: string,
    year: number | undefined,
    hidden: boolean,
    fromFormula: boolean,
  ): void {
    const indicator = this.catalog.indicatorById(`scope${scope}_emissions`);
    if (!indicator) return;
    this.countRecognised();
    const park = this.currentPark;
    const numeric = this.numericValue(indicator, park, value, valueCell, year);
    if (numeric === null) return;
    const unitCell = this.layout.unit === undefined ? valueCell : this.addresses.full(row, this.layout.unit);
    const converted = this.canonicalValue(
      indicator,
      park,
      numeric.value,
      unitText,
      valueCell,
      unitCell,
      year,
    );
    if (converted === null) return;
    if (hidden) {
      this.issue(
        "hidden-row",
        "warning",
        valueCell,
        lt(
          `Row ${this.addresses.sheetRow(row)} is hidden; its Scope ${scope} line is validated and summed.`,
          `第 ${this.addresses.sheetRow(row)} 行被隐藏；其范围${scope}排放仍参与校验和汇总。`,
        ),
        { indicatorId: indicator.id },
      );
    }
    const part: ScopePart = {
      park,
      scope,
      value: converted.value,
      cell: valueCell,
      year,
      hidden,
      fromFormula,
    };
    this.out.scopeParts.push(part);
    this.current.scopeParts.push(part);
  }
}

function isNoteText(label: string): boolean {
  if (label === "") return false;
  const normalized = normalizeLabel(label);
  return NOTE_PREFIXES.some((prefix) => normalized.startsWith(prefix));
}

function isFormula(formula: RawCell): boolean {
  return typeof formula === "string" && formula.charCodeAt(0) === 61; /* = */
}

function prefixed(cell: string, reason: LocalizedText): LocalizedText {
  return lt(`${cell}: ${reason.en}`, `${cell}：${reason.zh}`);
}
