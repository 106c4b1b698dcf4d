import type { LocalizedText } from "../shared/localizedText";
import {
  type ConversionResult,
  type IndicatorDefinition,
  type IndicatorMatch,
  parseFlagText,
  normalizeUnit,
} from "../park";
import { AddressBook } from "./a1";
import { type ParsedCell, type RawCell, cellText, parseCell } from "./cellValue";
import { type HeaderLayout, repeatedHeaderAt } from "./findHeader";
import { formatNumber, lt } from "./localized";
import { normalizeLabel } from "./normalizeText";
import { type ScopeNumber, parseScope } from "./scopeCell";
import type { IssueCode, IssueSeverity, SheetInput, SheetIssue } from "./types";
import { readYear } from "./yearCell";

/** The parts of the park catalog the reader uses (the real module by default; swappable in tests). */
export interface CatalogPort {
  matchIndicator(label: string): IndicatorMatch;
  convertToCanonical(indicator: IndicatorDefinition, value: number, unitLabel: string): ConversionResult;
  indicatorById(id: string): IndicatorDefinition | undefined;
}

/** One usable value found on a row, already in canonical units. */
export interface Observation {
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
  indicatorId: string;
  cell: string;
  year: number | undefined;
  /** "missing" rows (blank value) do not spoil another row's value; the others do. */
  blocking: boolean;
  reason: LocalizedText;
}

/** One line of a Scope table (范围 / 排放源 / 排放量), summed per scope later. */
export interface ScopePart {
  scope: ScopeNumber;
  value: number;
  cell: string;
  year: number | undefined;
  hidden: boolean;
  fromFormula: boolean;
}

export interface RowsRead {
  observations: Observation[];
  unusable: UnusableRow[];
  scopeParts: ScopePart[];
  issues: SheetIssue[];
  formulaCells: string[];
  dataRows: number;
  recognisedRows: number;
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
  private readonly out: RowsRead = {
    observations: [],
    unusable: [],
    scopeParts: [],
    issues: [],
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
  }

  /** Reads rows [from, to) of the block. */
  readRows(from: number, to: number): void {
    for (let row = from; row < to; row++) this.readRow(row);
  }

  get result(): RowsRead {
    return this.out;
  }

  private issue(
    code: IssueCode,
    severity: IssueSeverity,
    cell: string,
    message: LocalizedText,
    extra?: Partial<SheetIssue>,
  ): void {
    this.out.issues.push({ code, severity, cell, message, ...extra });
  }

  private readRow(row: number): void {
    const cells = this.input.values[row];
    if (!cells || row <= this.layout.row) return;
    const layout = this.layout;
    const labelRaw = cells[layout.label];
    const valueRaw = cells[layout.value];
    const unitRaw = layout.unit === undefined ? undefined : cells[layout.unit];

    const repeated = repeatedHeaderAt(cells, row, layout);
    if (repeated) {
      this.layout = repeated;
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

    const label = cellText(labelRaw);
    const value = parseCell(valueRaw);
    const unitText = cellText(unitRaw);
    const scopeCell = layout.scope === undefined ? null : parseCell(cells[layout.scope]);
    if (
      label === "" &&
      value.kind === "blank" &&
      unitText === "" &&
      (scopeCell === null || scopeCell.kind === "blank")
    )
      return;
    if (value.kind === "blank" && isNoteText(label)) return;

    this.out.dataRows++;
    if (this.out.firstDataRow === null) this.out.firstDataRow = row;
    this.out.lastDataRow = row;

    const hidden = this.input.hiddenRows?.[row] === true;
    const fromFormula = isFormula(this.input.formulas?.[row]?.[layout.value]);
    const valueCell = this.addresses.full(row, layout.value);
    if (fromFormula) this.out.formulaCells.push(valueCell);
    const year = this.readYearCell(cells, row);

    const scope = scopeCell === null ? null : parseScope(scopeCell);
    if (scope !== null) {
      this.readScopeRow(scope, value, unitText, row, valueCell, year, hidden, fromFormula);
      return;
    }

    const labelCell = this.addresses.full(row, layout.label);
    if (label === "") {
      if (value.kind !== "blank") {
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
      if (value.kind === "blank" && unitText === "") {
        this.out.dataRows--;
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

    this.out.recognisedRows++;
    const indicator = match.indicator;
    const unitLabel = unitText !== "" ? unitText : (match.unitHint ?? "");
    const unitCell = layout.unit === undefined ? valueCell : this.addresses.full(row, layout.unit);
    const numeric = this.numericValue(indicator, value, valueCell, year);
    if (numeric === null) return;
    const percentFormat = isPercentFormat(this.input.numberFormats?.[row]?.[layout.value]);
    const effectiveUnit =
      percentFormat && indicator.kind === "share" ? "fraction" : numeric.percentSign ? "%" : unitLabel;
    if (!percentFormat && this.input.numberFormats === undefined) {
      this.hintPercentFormat(indicator, numeric.value, effectiveUnit, valueCell);
    }

    const converted = this.canonicalValue(indicator, numeric.value, effectiveUnit, valueCell, unitCell, year);
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
    this.out.observations.push({
      indicator,
      value: converted.value,
      unit: converted.unit,
      row,
      cell: valueCell,
      year,
      hidden,
      fromFormula,
    });
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
    if (value.kind === "blank") {
      const reason = lt(`${valueCell}: no value for ${name.en}.`, `${valueCell}：${name.zh} 没有数值。`);
      this.unusable(indicator, valueCell, year, false, reason);
      this.issue("missing-value", "warning", valueCell, reason, { indicatorId: indicator.id });
    } else if (value.kind === "error") {
      const reason = lt(
        `${valueCell} holds the Excel error ${value.code} instead of a value for ${name.en}.`,
        `${valueCell} 是 Excel 错误值 ${value.code}，不是 ${name.zh} 的数值。`,
      );
      this.unusable(indicator, valueCell, year, true, reason);
      this.issue("excel-error", "error", valueCell, reason, { indicatorId: indicator.id });
    } else {
      const shown = value.kind === "text" ? value.text : String(value.value);
      const reason = lt(
        `${valueCell} holds text ("${shown}") where a number for ${name.en} is expected.`,
        `${valueCell} 是文本（"${shown}"），${name.zh} 需要数字。`,
      );
      this.unusable(indicator, valueCell, year, true, reason);
      this.issue("text-value", "error", valueCell, reason, { indicatorId: indicator.id });
    }
    return null;
  }

  /** Rejects negative amounts and shares above 100 %; true when the value can be used. */
  /**
   * The value in the catalog's canonical unit, or null after reporting why it cannot be used (an
   * unknown unit names the unit cell; an implausible value names the value cell).
   */
  private canonicalValue(
    indicator: IndicatorDefinition,
    value: number,
    unitLabel: string,
    valueCell: string,
    unitCell: string,
    year: number | undefined,
  ): { value: number; unit: string } | null {
    const converted = this.catalog.convertToCanonical(indicator, value, unitLabel);
    if (!converted.ok) {
      this.unusable(indicator, valueCell, year, true, converted.reason);
      this.issue("unknown-unit", "error", unitCell, prefixed(unitCell, converted.reason), {
        indicatorId: indicator.id,
      });
      return null;
    }
    if (!this.plausible(indicator, converted.value, converted.unit, valueCell, year)) return null;
    return converted;
  }

  private plausible(
    indicator: IndicatorDefinition,
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
      this.unusable(indicator, valueCell, year, true, reason);
      this.issue("negative-value", "error", valueCell, reason, { indicatorId: indicator.id });
      return false;
    }
    if (indicator.kind === "share" && value > 1 + SHARE_EPSILON) {
      const percent = formatNumber(value * 100);
      const reason = lt(
        `${valueCell}: ${name.en} is ${percent}%, more than 100%.`,
        `${valueCell}：${name.zh} 为 ${percent}%，超过 100%。`,
      );
      this.unusable(indicator, valueCell, year, true, reason);
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
    cell: string,
    year: number | undefined,
    blocking: boolean,
    reason: LocalizedText,
  ): void {
    this.out.unusable.push({ indicatorId: indicator.id, cell, year, blocking, reason });
  }

  private readYearCell(cells: readonly RawCell[], row: number): number | undefined {
    if (this.layout.year === undefined) return undefined;
    const reading = readYear(parseCell(cells[this.layout.year]));
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
          `${cell}: "${reading.text}" is not a year; the row is read without a year.`,
          `${cell}："${reading.text}" 不是年份；该行按无年份读取。`,
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
    this.out.recognisedRows++;
    const numeric = this.numericValue(indicator, value, valueCell, year);
    if (numeric === null) return;
    const unitCell = this.layout.unit === undefined ? valueCell : this.addresses.full(row, this.layout.unit);
    const converted = this.canonicalValue(indicator, numeric.value, unitText, valueCell, unitCell, year);
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
    this.out.scopeParts.push({ scope, value: converted.value, cell: valueCell, year, hidden, fromFormula });
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

function isPercentFormat(format: RawCell): boolean {
  return typeof format === "string" && format.includes("%");
}

function prefixed(cell: string, reason: LocalizedText): LocalizedText {
  return lt(`${cell}: ${reason.en}`, `${cell}：${reason.zh}`);
}
