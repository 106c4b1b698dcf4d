import type { LocalizedText, UiLanguage } from "../shared/localizedText";
import type { CheckStatus, IssueSeverity } from "./types";

/** Words of the report sheet and the CLI checklist, in both languages. */
export const STATUS_LABEL: Record<CheckStatus, LocalizedText> = {
  pass: { en: "PASS", zh: "通过" },
  fail: { en: "FAIL", zh: "未通过" },
  missing: { en: "MISSING", zh: "缺失" },
  "not-applicable": { en: "N/A", zh: "不适用" },
  error: { en: "ERROR", zh: "错误" },
  "meets-reference": { en: "MEETS REF.", zh: "达到参考值" },
  "below-reference": { en: "BELOW REF.", zh: "低于参考值" },
};

export const SEVERITY_LABEL: Record<IssueSeverity, LocalizedText> = {
  error: { en: "error", zh: "错误" },
  warning: { en: "warning", zh: "警告" },
  info: { en: "note", zh: "提示" },
};

export const REPORT_TEXT = {
  title: { en: "Zero-carbon park validation report", zh: "零碳园区校验报告" },
  sheet: { en: "Sheet", zh: "工作表" },
  table: { en: "Table header", zh: "表头位置" },
  year: { en: "Assessed year", zh: "评估年份" },
  rows: { en: "Data rows / recognised", zh: "数据行 / 已识别" },
  checksSummary: { en: "Checks", zh: "检查结果" },
  issuesSummary: { en: "Issues (errors / warnings)", zh: "问题（错误 / 警告）" },
  checksHeading: { en: "Checks", zh: "检查项" },
  derivedHeading: { en: "Values derived from the sheet", zh: "由表格推算的指标" },
  tediHeading: { en: "TEDI score (project's own method)", zh: "TEDI 得分（本项目方法）" },
  coverageHeading: { en: "22 standards: high-frequency indicators reported", zh: "22项标准高频指标填报情况" },
  substantiveHeading: {
    en: "Substantive indicators the 22 standards neglect",
    zh: "22项标准较少关注的实质性指标",
  },
  issuesHeading: { en: "Issues", zh: "问题清单" },
  profile: { en: "Profile", zh: "检查方案" },
  indicator: { en: "Indicator", zh: "指标" },
  status: { en: "Status", zh: "状态" },
  value: { en: "Value", zh: "数值" },
  unit: { en: "Unit", zh: "单位" },
  limit: { en: "Limit", zh: "限值" },
  source: { en: "Source", zh: "来源" },
  cell: { en: "Cell", zh: "单元格" },
  usedBy: { en: "Used by n of 22 standards", zh: "22项标准中采用数" },
  message: { en: "Message", zh: "说明" },
  formula: { en: "How", zh: "计算方式" },
  severity: { en: "Severity", zh: "级别" },
  subsystem: { en: "Subsystem", zh: "子系统" },
  score: { en: "Score", zh: "得分" },
  coupling: { en: "Coupling C / coordination D", zh: "耦合度 C / 协调度 D" },
  grade: { en: "Grade", zh: "等级" },
  notDisclosed: { en: "Not disclosed (scored 0)", zh: "未披露（计 0 分）" },
  targetNotSet: { en: "Target not set (left out)", zh: "未设目标（不计入）" },
  present: { en: "reported", zh: "已填报" },
  absent: { en: "not reported", zh: "未填报" },
  count: { en: "Count among 22", zh: "22项中频次" },
  noIssues: { en: "No issues.", zh: "无问题。" },
  none: { en: "none", zh: "无" },
  unverified: { en: " (unverified figure)", zh: "（数值未核实）" },
  park: { en: "Park", zh: "园区" },
  targetHint: {
    en: " (targets the paper does not give: --patents-target, --cbam-cost; CCUS needs gross emissions)",
    zh: "（论文未给出目标：可用 --patents-target、--cbam-cost 指定；CCUS 需要温室气体排放总量）",
  },
  parks: { en: "parks", zh: "园区数" },
  yearRequested: { en: "requested", zh: "指定年份" },
  yearLatest: { en: "latest year with data", zh: "有数据的最近年份" },
  verdict: { en: "Verdict", zh: "结论" },
  nothingToValidate: {
    en: "nothing to validate — not a park emission sheet",
    zh: "没有可校验的内容——不是园区排放表",
  },
  nothingShort: { en: "nothing to validate", zh: "无可校验内容" },
  sheetIssuesHeading: { en: "Issues about the sheet", zh: "表格本身的问题" },
  comparisonHeading: {
    en: "Parks compared, ranked by carbon per unit of energy (the national notice's core indicator, lower first)",
    zh: "园区对比，按单位能耗碳排放（国家通知核心指标，越低越靠前）排序",
  },
  rank: { en: "Rank", zh: "排名" },
  yearShort: { en: "Year", zh: "年份" },
  coreIndicator: { en: "Carbon per energy", zh: "单位能耗碳排放" },
  noticeVerdict: { en: "National notice", zh: "国家通知" },
  energyShort: { en: "Energy", zh: "综合能耗" },
  intensityShort: { en: "Carbon per value added", zh: "单位增加值碳排放" },
  renewableShort: { en: "Renewable share", zh: "可再生能源占比" },
  failedShort: { en: "Failed", zh: "未通过" },
  passedShort: { en: "Passed", zh: "通过" },
} satisfies Record<string, LocalizedText>;

export const SUBSYSTEM_LABEL: Record<"T" | "E" | "D" | "I", LocalizedText> = {
  T: { en: "T Technology", zh: "T 技术" },
  E: { en: "E Energy", zh: "E 能源" },
  D: { en: "D Data", zh: "D 数据" },
  I: { en: "I Institution", zh: "I 制度" },
};

export function say(text: LocalizedText, language: UiLanguage): string {
  return text[language];
}
