import { normalizeLabel } from "./normalizeText";

/** The job a column does in an inventory table, recognised from its header cell. */
export type ColumnRole =
  "label" | "value" | "unit" | "year" | "scope" | "source" | "emissions" | "note" | "park";

// Header words as users type them (spec: 指标 / 指标名称 / Indicator, 数值 / 值 / Value, 单位 / Unit,
// 年份 / Year), plus the Scope-table variant (范围 Scope, 排放源 Source, 排放量 Emissions).
// Stored normalised: lower case, half-width.
const WORDS: Record<ColumnRole, readonly string[]> = {
  label: [
    "指标",
    "指标名称",
    "指标项",
    "名称",
    "项目",
    "项目名称",
    "参数",
    "indicator",
    "indicators",
    "indicator name",
    "item",
    "metric",
    "parameter",
  ],
  value: [
    "数值",
    "值",
    "数据",
    "数量",
    "填报值",
    "统计值",
    "本年数值",
    "本年数",
    "本年值",
    "本期数",
    "本期数值",
    "本期值",
    "实际值",
    "实际数",
    "实际数值",
    "当年数值",
    "value",
    "values",
    "amount",
    "quantity",
    "data",
    "actual",
    "actual value",
  ],
  unit: ["单位", "计量单位", "unit", "units", "uom"],
  year: ["年份", "年度", "年", "统计年份", "统计年度", "报告年度", "year", "reporting year", "period"],
  scope: ["范围", "排放范围", "scope", "ghg scope"],
  source: [
    "排放源",
    "排放源名称",
    "排放设施",
    "设施",
    "source",
    "emission source",
    "emissions source",
    "facility",
  ],
  emissions: ["排放量", "碳排放量", "温室气体排放量", "emissions", "emission", "ghg emissions"],
  // Park groups and provincial offices keep several parks in one sheet.
  park: [
    "园区",
    "园区名称",
    "园区名",
    "所属园区",
    "园区全称",
    "开发区",
    "开发区名称",
    "工业园区",
    "产业园区",
    "park",
    "park name",
    "industrial park",
  ],
  note: [
    "备注",
    "说明",
    "注",
    "注释",
    "数据来源",
    "note",
    "notes",
    "remark",
    "remarks",
    "comment",
    "comments",
    "data source",
  ],
};

const ROLE_BY_WORD: ReadonlyMap<string, ColumnRole> = new Map(
  (Object.keys(WORDS) as ColumnRole[]).flatMap((role) => WORDS[role].map((word) => [word, role] as const)),
);

const enum CharClass {
  Separator,
  Latin,
  Cjk,
}

function charClass(code: number): CharClass {
  if ((code >= 48 && code <= 57) || (code >= 97 && code <= 122) || (code >= 65 && code <= 90))
    return CharClass.Latin;
  if (code >= 0x2e80) return CharClass.Cjk;
  return CharClass.Separator;
}

/** "指标名称 Indicator name" → ["指标名称", "indicator", "name"]; splits at script changes too. */
export function headerTokens(normalized: string): string[] {
  const tokens: string[] = [];
  let current = "";
  let currentClass = CharClass.Separator;
  for (let i = 0; i < normalized.length; i++) {
    const cls = charClass(normalized.charCodeAt(i));
    if (cls !== currentClass && current !== "") {
      tokens.push(current);
      current = "";
    }
    currentClass = cls;
    if (cls !== CharClass.Separator) current += normalized[i];
  }
  if (current !== "") tokens.push(current);
  return tokens;
}

/**
 * The role a header cell announces, or null. Tries the whole cell, then adjacent word pairs
 * ("data source" must win over "source"), then single words, so "数值 Value (2024)" is a value
 * column while a title such as "2024年园区碳排放数值表" is not.
 */
export function headerRole(cell: unknown): ColumnRole | null {
  if (typeof cell !== "string" || cell.length > 80) return null;
  // Data rows repeat a few dozen labels; each is tested once per sheet size, not once per row.
  const cached = roleCache.get(cell);
  if (cached !== undefined) return cached;
  if (roleCache.size > ROLE_CACHE_LIMIT) roleCache.clear();
  const role = computeHeaderRole(cell);
  roleCache.set(cell, role);
  return role;
}

const roleCache = new Map<string, ColumnRole | null>();
const ROLE_CACHE_LIMIT = 100_000;

/** "指\u3000标" and "数\u3000值" (ideographic space U+3000) are padded with spaces of any width: spaces between two CJK characters go. */
const CJK_GAP = /(?<=[\u2e80-\u9fff\uf900-\ufaff])\s+(?=[\u2e80-\u9fff\uf900-\ufaff])/g;

export function normalizeHeader(cell: string): string {
  return normalizeLabel(cell).replace(CJK_GAP, "");
}

function computeHeaderRole(cell: string): ColumnRole | null {
  const normalized = normalizeHeader(cell);
  if (normalized === "") return null;
  const whole = ROLE_BY_WORD.get(normalized);
  if (whole) return whole;
  const tokens = headerTokens(normalized);
  for (let i = 0; i + 1 < tokens.length; i++) {
    const pair = ROLE_BY_WORD.get(`${tokens[i]} ${tokens[i + 1]}`);
    if (pair) return pair;
  }
  for (const token of tokens) {
    const role = ROLE_BY_WORD.get(token);
    if (role) return role;
  }
  return null;
}
