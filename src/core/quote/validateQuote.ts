/**
 * Draft → Quote. Collects every problem instead of stopping at the first, each naming the line and
 * the field in both languages. Number rules are the CBAM engine's validators (same ranges as the
 * ZC functions); the quote adds its own: quantity and base price above 0, the CN code format and
 * its Annex I good.
 */
import type Decimal from "decimal.js";
import {
  CBAM_GOODS,
  COST_PATH_YEARS,
  CbamDecimal,
  validateBenchmark,
  validateCertificatePrice,
  validateExchangeRate,
  validateGood,
  validatePaidPrice,
  validateSpecificEmbeddedEmissions,
  validateInRange,
  validateYear,
  type CbamGood,
  type InputRange,
} from "../cbam";
import { isInputError } from "../shared/inputError";
import type { LocalizedText } from "../shared/localizedText";
import { cbamGoodForCnCode, formatCnCode, normalizeCnCode } from "./cnCode";
import { issuePlace } from "./quoteFieldLabels";
import { numberForValidation } from "./typedNumber";
import type { Quote, QuoteDraft, QuoteField, QuoteIssue, QuoteLine, QuoteLineDraft } from "./types";

export type QuoteValidation = { ok: true; quote: Quote } | { ok: false; issues: QuoteIssue[] };

const HUNDRED = new CbamDecimal(100);

/** Quote-only ranges: a quote line ships something, at a price. */
const QUOTE_RANGES = {
  quantity: { lower: { value: 0, inclusive: false }, unit: "t", source: "a quote line ships goods" },
  basePrice: {
    lower: { value: 0, inclusive: false },
    unit: "EUR/t",
    source: "the surcharge is a share of it",
  },
  reductionPercent: {
    lower: { value: 0, inclusive: true },
    upper: { value: 100, inclusive: true },
    unit: "%",
    source: "a reduction of SEE",
  },
} satisfies Record<string, InputRange>;

class IssueList {
  readonly issues: QuoteIssue[] = [];

  add(line: number | null, field: QuoteField, reason: LocalizedText, year?: number, missing = false): void {
    const place = issuePlace(line, field, year);
    this.issues.push({
      line,
      field,
      ...(year === undefined ? {} : { year }),
      ...(missing ? { kind: "missing" as const } : {}),
      message: { en: `${place.en}: ${reason.en}`, zh: `${place.zh}：${reason.zh}` },
    });
  }

  /** Runs an engine validator; its InputError becomes an issue and the result null. */
  check<T>(line: number | null, field: QuoteField, run: () => T, year?: number): T | null {
    try {
      return run();
    } catch (error) {
      if (!isInputError(error)) throw error;
      this.add(line, field, error.localized, year);
      return null;
    }
  }

  required(line: number | null, field: QuoteField, typed: string): boolean {
    if (typed.trim() !== "") return true;
    this.add(line, field, { en: "enter a value.", zh: "请填写。" }, undefined, true);
    return false;
  }
}

function goodName(good: CbamGood): LocalizedText {
  return CBAM_GOODS.find((definition) => definition.id === good)!.name;
}

/** The line's good: the CN code's when Annex I maps it, else the one picked; a contradiction is an issue. */
function lineGood(issues: IssueList, number: number, draft: QuoteLineDraft): CbamGood | null {
  const typedCode = draft.cnCode.trim();
  const code = typedCode === "" ? null : normalizeCnCode(typedCode);
  if (typedCode !== "" && code === null) {
    issues.add(number, "cnCode", {
      en: `"${typedCode}" is not a CN code: enter 8 digits (e.g. 7208 51 20), or the 4- or 6-digit heading.`,
      zh: `“${typedCode}”不是 CN 编码：请填写 8 位编码（例如 7208 51 20），或 4 位、6 位税目。`,
    });
  }
  const picked =
    draft.good === "" ? null : issues.check(number, "good", () => validateGood(draft.good, "good"));
  const mapped = code === null ? null : cbamGoodForCnCode(code);
  if (mapped !== null && picked !== null && picked !== mapped) {
    const shown = formatCnCode(code!);
    issues.add(number, "good", {
      en: `CN code ${shown} is ${goodName(mapped).en} under Regulation (EU) 2023/956 Annex I, not ${goodName(picked).en}.`,
      zh: `根据(EU) 2023/956号条例附件I，CN 编码 ${shown} 属于${goodName(mapped).zh}，而非${goodName(picked).zh}。`,
    });
    return null;
  }
  const codeUnreadable = typedCode !== "" && code === null;
  // An unreadable code is reported once, as the code's problem; the good follows once it reads.
  if (mapped === null && picked === null && draft.good === "" && !codeUnreadable) {
    // Neither a code nor a good yet: a blank input, counted as missing.
    const blank = code === null;
    issues.add(
      number,
      "good",
      {
        en:
          code === null
            ? "pick the CBAM good (or enter a CN code that maps to one)."
            : `CN code ${formatCnCode(code)} does not map to one CBAM good unambiguously: pick the good if it is covered by Annex I.`,
        zh:
          code === null
            ? "请选择 CBAM 产品类别（或填写可对应类别的 CN 编码）。"
            : `CN 编码 ${formatCnCode(code)} 无法唯一对应 CBAM 产品类别：如属附件I范围，请选择类别。`,
      },
      undefined,
      blank,
    );
  }
  return mapped ?? picked;
}

function validateLine(issues: IssueList, draft: QuoteLineDraft, index: number, reduction: Decimal | null) {
  const number = index + 1;
  const before = issues.issues.length;
  const cnTyped = draft.cnCode.trim();
  const good = lineGood(issues, number, draft);
  const quantity = issues.required(number, "quantity", draft.quantity)
    ? issues.check(number, "quantity", () =>
        validateInRange(draft.quantity, "quantity", QUOTE_RANGES.quantity),
      )
    : null;
  const see = issues.required(number, "see", draft.see)
    ? issues.check(number, "see", () => validateSpecificEmbeddedEmissions(draft.see, "SEE"))
    : null;
  const benchmark =
    draft.benchmark.trim() === ""
      ? null
      : issues.check(number, "benchmark", () => validateBenchmark(draft.benchmark));
  const basePrice = issues.required(number, "basePrice", draft.basePrice)
    ? issues.check(number, "basePrice", () =>
        validateInRange(draft.basePrice, "base price", QUOTE_RANGES.basePrice),
      )
    : null;
  const typedAlternative = draft.alternativeSee.trim();
  const enteredAlternative =
    reduction !== null || typedAlternative === ""
      ? null
      : issues.check(number, "alternativeSee", () =>
          validateSpecificEmbeddedEmissions(typedAlternative, "alternative SEE"),
        );
  if (
    issues.issues.length > before ||
    good === null ||
    quantity === null ||
    see === null ||
    basePrice === null
  )
    return null;
  const alternativeSee =
    reduction !== null ? see.times(HUNDRED.minus(reduction)).dividedBy(HUNDRED) : (enteredAlternative ?? see);
  const line: QuoteLine = {
    number,
    description: draft.description.trim(),
    cnCode: cnTyped === "" ? null : normalizeCnCode(cnTyped),
    country: draft.country.trim(),
    good,
    quantity,
    see,
    seeIsDefaultValue: draft.valueType === "default",
    benchmark,
    basePrice,
    alternativeSee,
  };
  return line;
}

function validatePrice(issues: IssueList, draft: QuoteDraft): Quote["certificatePrice"] | null {
  if (draft.price.kind === "single") {
    const typed = draft.price.price;
    return issues.required(null, "certificatePrice", typed)
      ? issues.check(null, "certificatePrice", () => validateCertificatePrice(typed, "price"))
      : null;
  }
  const byYear = new Map<number, Decimal>();
  for (const year of COST_PATH_YEARS) {
    const typed = draft.price.byYear[year] ?? "";
    if (typed.trim() === "") {
      issues.add(
        null,
        "certificatePrice",
        { en: "enter the price for this year.", zh: "请填写该年份价格。" },
        year,
        true,
      );
      continue;
    }
    const price = issues.check(
      null,
      "certificatePrice",
      () => validateCertificatePrice(typed, "price"),
      year,
    );
    if (price !== null) byYear.set(year, price);
  }
  return byYear.size === COST_PATH_YEARS.length ? byYear : null;
}

function validateDeliveryYear(issues: IssueList, draft: QuoteDraft): number | null {
  if (!issues.required(null, "deliveryYear", draft.deliveryYear)) return null;
  const year = issues.check(null, "deliveryYear", () => validateYear(draft.deliveryYear, "year"));
  if (year === null || draft.price.kind === "single" || COST_PATH_YEARS.includes(year)) return year;
  const first = COST_PATH_YEARS[0]!;
  const last = COST_PATH_YEARS[COST_PATH_YEARS.length - 1]!;
  issues.add(null, "deliveryYear", {
    en: `the price path covers ${first}-${last}; pick a year in it or enter a single price.`,
    zh: `价格路径覆盖 ${first}-${last} 年；请选择其中的年份，或填写单一价格。`,
  });
  return null;
}

function validateReduction(issues: IssueList, draft: QuoteDraft): Decimal | null {
  if (draft.scenario.kind !== "percent") return null;
  const typed = draft.scenario.reductionPercent;
  if (!issues.required(null, "reductionPercent", typed)) return null;
  return issues.check(null, "reductionPercent", () =>
    validateInRange(typed, "reduction", QUOTE_RANGES.reductionPercent),
  );
}

/** Every numeric field as the validators read it: "1,000" / "1 000" / "１，０００" → "1000". */
function withTypedNumbers(draft: QuoteDraft): QuoteDraft {
  const n = numberForValidation;
  return {
    ...draft,
    lines: draft.lines.map((line) => ({
      ...line,
      quantity: n(line.quantity),
      see: n(line.see),
      benchmark: n(line.benchmark),
      basePrice: n(line.basePrice),
      alternativeSee: n(line.alternativeSee),
    })),
    price:
      draft.price.kind === "single"
        ? { kind: "single", price: n(draft.price.price) }
        : {
            kind: "path",
            byYear: Object.fromEntries(Object.entries(draft.price.byYear).map(([year, p]) => [year, n(p)])),
          },
    paidPrice: n(draft.paidPrice),
    exchangeRate: n(draft.exchangeRate),
    deliveryYear: n(draft.deliveryYear),
    scenario:
      draft.scenario.kind === "percent"
        ? { kind: "percent", reductionPercent: n(draft.scenario.reductionPercent) }
        : draft.scenario,
  };
}

/** Validates a whole draft; on success every field is a checked Decimal. */
export function validateQuote(typed: QuoteDraft): QuoteValidation {
  const draft = withTypedNumbers(typed);
  const issues = new IssueList();
  if (draft.lines.length === 0)
    issues.add(null, "lines", { en: "add at least one product line.", zh: "请至少添加一行产品。" });
  const certificatePrice = validatePrice(issues, draft);
  const paidPrice =
    draft.paidPrice.trim() === ""
      ? new CbamDecimal(0)
      : issues.check(null, "paidPrice", () => validatePaidPrice(draft.paidPrice));
  const exchangeRate =
    draft.exchangeRate.trim() === ""
      ? null
      : issues.check(null, "exchangeRate", () => validateExchangeRate(draft.exchangeRate, "rate"));
  const deliveryYear = validateDeliveryYear(issues, draft);
  const reduction = validateReduction(issues, draft);
  const lines = draft.lines.map((line, index) => validateLine(issues, line, index, reduction));

  if (issues.issues.length > 0) return { ok: false, issues: issues.issues };
  return {
    ok: true,
    quote: {
      lines: lines as QuoteLine[],
      certificatePrice: certificatePrice!,
      paidPrice: paidPrice!,
      exchangeRate,
      deliveryYear: deliveryYear!,
      scenario: reduction === null ? { kind: "perLine" } : { kind: "percent", reductionPercent: reduction },
    },
  };
}
