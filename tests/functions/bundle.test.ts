/**
 * The built bundle as Excel loads it (see support/loadBundle.ts): metadata and associations
 * agree, the zh-CN metadata mirrors the English one, and the functions answer Excel-shaped calls.
 * Needs dist/ from `npm run build` (npm test builds first).
 */
import { loadBundle, readMetadata, type FunctionMetadata, type LoadedBundle } from "./support/loadBundle";
import { asError } from "./support/customFunctionsStub";

const EXPECTED_SIGNATURES: Record<string, string[]> = {
  CBAM_COST: ["embedded", "quantity", "eu_price", "year", "[benchmark]", "[paid_price]", "[default_value]"],
  CBAM_CERTIFICATES: [
    "embedded",
    "quantity",
    "eu_price",
    "year",
    "[benchmark]",
    "[paid_price]",
    "[default_value]",
  ],
  CBAM_FREE_ALLOCATION: ["year"],
  CBAM_PHASE_IN: ["year"],
  CBAM_DEMINIMIS: ["annual_mass"],
  CBAM_COST_PATH: ["embedded", "eu_price", "[benchmark]", "[paid_price]", "[from_year]", "[to_year]"],
  OFFSET_RATIO: ["offsets", "emissions"],
  TEDI_SCORE: ["indicators", "values", "[component]", "[patents_target]", "[cbam_annual_cost]"],
  PARK_INTENSITY: ["co2", "energy_tce"],
  CBAM_DEFAULT_SEE: ["cn_code", "country", "[year]"],
  CBAM_BENCHMARK: ["cn_code", "[route]", "[column]", "[year]"],
  CBAM_COST_DEFAULT: ["cn_code", "country", "quantity", "eu_price", "year"],
  CBAM_GOOD: ["cn_code", "[field]"],
};

const signature = (fn: FunctionMetadata): string[] =>
  fn.parameters.map((p) => (p.optional ? `[${p.name}]` : p.name));

const HAN = /[\u4e00-\u9fff]/;

let en: ReturnType<typeof readMetadata>;
let zh: ReturnType<typeof readMetadata>;
let bundle: LoadedBundle;

beforeAll(() => {
  en = readMetadata("functions.json");
  zh = readMetadata("functions.zh-CN.json");
  bundle = loadBundle("en-US");
});

describe("metadata and associations", () => {
  it("every function in the metadata is associated and vice versa", () => {
    const ids = en.functions.map((fn) => fn.id).sort();
    expect([...bundle.associated.keys()].sort()).toEqual(ids);
  });

  it("has exactly the issue's functions with their parameter names and optional flags", () => {
    const actual = Object.fromEntries(en.functions.map((fn) => [fn.id, signature(fn)]));
    expect(actual).toEqual(EXPECTED_SIGNATURES);
  });

  it("every function has a description, help URL, help for each parameter and an uppercase name", () => {
    for (const fn of en.functions) {
      expect(fn.name).toBe(fn.id);
      expect(fn.id).toMatch(/^[A-Z_]+$/);
      expect(fn.description?.length).toBeGreaterThan(20);
      expect(fn.helpUrl).toBe(`https://localhost:3000/taskpane.html?help=${fn.id}`);
      for (const p of fn.parameters) expect(p.description?.length).toBeGreaterThan(10);
    }
  });

  it("optional parameters come last", () => {
    for (const fn of en.functions) {
      const firstOptional = fn.parameters.findIndex((p) => p.optional);
      if (firstOptional >= 0) expect(fn.parameters.slice(firstOptional).every((p) => p.optional)).toBe(true);
    }
  });

  it("zh-CN metadata: same ids and parameters, Chinese descriptions", () => {
    expect(zh.functions.map((fn) => [fn.id, signature(fn)])).toEqual(
      en.functions.map((fn) => [fn.id, signature(fn)]),
    );
    for (const fn of zh.functions) {
      expect(fn.description).toMatch(HAN);
      for (const p of fn.parameters) expect(p.description).toMatch(HAN);
    }
    // Only texts differ: the result objects keep the generator's schema (no extra properties).
    expect(zh.functions.map((fn) => fn.result)).toEqual(en.functions.map((fn) => fn.result));
  });

  it("lets error cells reach the functions, in both languages (so one bad cell is one error cell)", () => {
    expect([en.allowErrorForDataTypeAny, zh.allowErrorForDataTypeAny]).toEqual([true, true]);
  });

  it("range-accepting parameters are matrices", () => {
    for (const fn of en.functions) {
      if (fn.id === "CBAM_COST_PATH") continue; // one quote per call: scalar arguments
      for (const p of fn.parameters) {
        // One choice / one target per call, not element-wise.
        if (fn.id === "TEDI_SCORE" && ["component", "patents_target", "cbam_annual_cost"].includes(p.name))
          continue;
        expect([fn.id, p.name, p.dimensionality]).toEqual([fn.id, p.name, "matrix"]);
      }
    }
  });
});

const only = (value: unknown): unknown => {
  expect(Array.isArray(value)).toBe(true);
  const matrix = value as unknown[][];
  expect(matrix).toHaveLength(1);
  expect(matrix[0]).toHaveLength(1);
  return matrix[0]![0];
};

/** Calls a function expecting it to throw; returns {code, message} of the CustomFunctions.Error. */
function failure(id: string, ...args: unknown[]): { code: string; message: string | undefined } {
  let thrown: unknown;
  try {
    bundle.call(id, ...args);
  } catch (error) {
    thrown = error;
  }
  const seen = asError(thrown);
  if (!seen) throw new Error(`${id} did not throw a CustomFunctions.Error (got ${String(thrown)})`);
  return seen;
}

describe("CBAM_COST and CBAM_CERTIFICATES (shared/spec/cbam.md section 7)", () => {
  // SEE 2.0, Q 1,000 t, 80 EUR, BM 1.37, 2026: 2.0 − 1.37 × 0.975 = 0.66425 t/t → 664.25
  // certificates → 53,140.00 EUR. In 2034 (free allocation 0 %): 2,000 certificates → 160,000 EUR.
  it("=ZC.CBAM_COST(2, 1000, 80, 2026, 1.37) = 53140; in 2034 = 160000", () => {
    expect(only(bundle.call("CBAM_COST", [[2]], [[1000]], [[80]], [[2026]], [[1.37]], null, null))).toBe(
      53140,
    );
    expect(only(bundle.call("CBAM_COST", [[2]], [[1000]], [[80]], [[2034]], [[1.37]], null, null))).toBe(
      160000,
    );
    expect(
      only(bundle.call("CBAM_CERTIFICATES", [[2]], [[1000]], [[80]], [[2026]], [[1.37]], null, null)),
    ).toBe(664.25);
    expect(
      only(bundle.call("CBAM_CERTIFICATES", [[2]], [[1000]], [[80]], [[2034]], [[1.37]], null, null)),
    ).toBe(2000);
  });

  it("accepts text numbers and omitted optionals as Excel passes them", () => {
    // Text numbers read as numbers; benchmark omitted → 0: 2 × 1,000 × 80 = 160,000 in any year.
    expect(
      only(bundle.call("CBAM_COST", [["2"]], [["1,000"]], [[" 80 "]], [["2026"]], null, null, null)),
    ).toBe(160000);
    expect(
      only(bundle.call("CBAM_COST", [[2]], [[1000]], [[80]], [[2026]], [[null]], [[null]], [[null]])),
    ).toBe(160000);
  });

  it("spills a column of goods against one price and year", () => {
    // Per row: 2026, BM 1.37, 80 EUR. SEE 2 → 53,140 (spec); SEE 1.37 → (1.37 − 1.33575) × 1,000 ×
    // 80 = 34.25 × 80 = 2,740; SEE 1 → 1 − 1.33575 < 0 → 0 certificates → 0 EUR (never negative).
    const result = bundle.call(
      "CBAM_COST",
      [[2], [1.37], [1]],
      [[1000]],
      [[80]],
      [[2026]],
      [[1.37]],
      null,
      null,
    );
    expect(result).toEqual([[53140], [2740], [0]]);
  });

  it("a bad element becomes that cell's error; mismatched shapes fail the formula", () => {
    const result = bundle.call(
      "CBAM_COST",
      [[2], [null], ["x"]],
      [[1000]],
      [[80]],
      [[2026]],
      [[1.37]],
      null,
      null,
    ) as unknown[][];
    expect(result[0]).toEqual([53140]);
    expect(asError(result[1]![0])?.code).toBe("#VALUE!");
    expect(asError(result[1]![0])?.message).toMatch(/^embedded is empty/);
    expect(asError(result[2]![0])?.message).toMatch(/^embedded: "x" is not a number/);
    const shape = failure(
      "CBAM_COST",
      [[2], [3]],
      [[1000], [2000], [3000]],
      [[80]],
      [[2026]],
      null,
      null,
      null,
    );
    expect(shape.code).toBe("#VALUE!");
    // The largest argument sets the shape; the one that does not fit it is named.
    expect(shape.message).toMatch(/^embedded is 2×1 but quantity is 3×1/);
  });

  it("a required argument left blank, TRUE, or an error value", () => {
    expect(failure("CBAM_COST", [[2]], [[1000]], [[80]], [[null]], null, null, null)).toMatchObject({
      code: "#VALUE!",
      message: expect.stringMatching(/^year is empty/),
    });
    expect(failure("CBAM_COST", [[true]], [[1000]], [[80]], [[2026]], null, null, null).code).toBe("#VALUE!");
    const passed = failure(
      "CBAM_COST",
      [[2]],
      [[new bundle.CustomFunctions.Error("#N/A")]],
      [[80]],
      [[2026]],
      null,
      null,
      null,
    );
    expect(passed).toEqual({ code: "#N/A", message: "quantity holds the error value #N/A." });
  });
});

describe("CBAM companions", () => {
  it("free allocation and phase-in shares by year (shared/spec/cbam.md section 2 table)", () => {
    expect(bundle.call("CBAM_FREE_ALLOCATION", [[2026, 2030, 2034, 2040]])).toEqual([[0.975, 0.515, 0, 0]]);
    expect(bundle.call("CBAM_PHASE_IN", [[2026], [2029]])).toEqual([[0.025], [0.225]]);
    const before = failure("CBAM_FREE_ALLOCATION", [[2025]]);
    expect(before.code).toBe("#N/A");
    expect(before.message).toMatch(/^year 2025/);
  });

  it("de minimis: 50 t or less is exempt", () => {
    expect(bundle.call("CBAM_DEMINIMIS", [[50], [50.5], [0]])).toEqual([[true], [false], [true]]);
    expect(failure("CBAM_DEMINIMIS", [[-1]])).toMatchObject({
      code: "#VALUE!",
      message: expect.stringMatching(/^annual_mass/),
    });
  });

  it("cost path spills a header and one row per year", () => {
    // Per tonne at 80 EUR, SEE 2, BM 1.37: 2026 (2 − 1.37 × 0.975) × 80 = 53.14; 2034: 2 × 80 = 160.
    const path = bundle.call("CBAM_COST_PATH", 2, 80, 1.37, null, null, null) as unknown[][];
    expect(path).toHaveLength(10);
    expect(path[0]).toEqual(["Year", "Free allocation share", "CBAM cost, EUR per tonne"]);
    expect(path[1]).toEqual([2026, 0.975, 53.14]);
    expect(path[9]).toEqual([2034, 0, 160]);
  });
});

describe("OFFSET_RATIO", () => {
  it("sums ranges, blank = 0", () => {
    // (10 + 20 + 0) ÷ (100 + 200) = 0.1
    expect(bundle.call("OFFSET_RATIO", [[10], [20], [null]], [[100, "200"]])).toBe(0.1);
    expect(bundle.call("OFFSET_RATIO", [[0.1], [0.2]], [[1]])).toBe(0.3);
  });

  it("negative, zero emissions and words → #VALUE! naming the argument or cell", () => {
    expect(failure("OFFSET_RATIO", [[-1]], [[100]]).code).toBe("#VALUE!");
    const zero = failure("OFFSET_RATIO", [[1]], [[0], [null]]);
    expect(zero.code).toBe("#VALUE!");
    expect(zero.message).toContain("emissions");
    expect(failure("OFFSET_RATIO", [[1], ["n/a"]], [[100]]).message).toMatch(
      /^offsets \(row 2, column 1\): "n\/a"/,
    );
  });
});

describe("PARK_INTENSITY", () => {
  it("tCO2 ÷ tce, element-wise", () => {
    // 12,000 tCO2 ÷ 10,000 tce = 1.2; 5 ÷ 4 = 1.25
    expect(only(bundle.call("PARK_INTENSITY", [[12000]], [[10000]]))).toBe(1.2);
    expect(bundle.call("PARK_INTENSITY", [[12000], [5]], [[10000], [4]])).toEqual([[1.2], [1.25]]);
  });

  it("zero energy → #VALUE! naming energy_tce", () => {
    const error = failure("PARK_INTENSITY", [[1]], [[0]]);
    expect(error.code).toBe("#VALUE!");
    expect(error.message).toMatch(/^energy_tce/);
  });
});

describe("TEDI_SCORE", () => {
  it("scores, and answers in the user's language", () => {
    // Six of twelve reported (enough for a score): Energy at 100 %, the four others 0 or "no";
    // U_E = 1, U_T = U_D = U_I = 0 → C = 0 → D = 0 (shared/spec/tedi.md), "Extreme imbalance".
    const labels = [
      ["direct_renewable_power_share"],
      ["显性碳价覆盖度"],
      ["scope3_coverage"],
      ["建造期隐含碳披露"],
      ["green_hydrogen_substitution"],
      ["carbon_label_enterprise_share"],
    ];
    const values = [[1], ["100%"], [0], ["否"], [0], [0]];
    expect(only(bundle.call("TEDI_SCORE", labels, values, null))).toBe(0);
    expect(only(bundle.call("TEDI_SCORE", labels, values, "E"))).toBe(100);
    expect(only(bundle.call("TEDI_SCORE", labels, values, "GRADE"))).toBe("Extreme imbalance");
    // Two of twelve: no score, #N/A saying why.
    expect(failure("TEDI_SCORE", labels.slice(0, 2), values.slice(0, 2), null)).toEqual({
      code: "#N/A",
      message: "insufficient data (2 of 12 indicators reported)",
    });
    bundle.Office.context.displayLanguage = "zh-CN";
    try {
      expect(only(bundle.call("TEDI_SCORE", labels, values, "GRADE"))).toBe("极度失调");
      expect(failure("TEDI_SCORE", [["不存在的指标"]], [[1]], null)).toMatchObject({
        code: "#N/A",
        message: expect.stringContaining("无法识别的指标“不存在的指标”"),
      });
    } finally {
      bundle.Office.context.displayLanguage = "en-US";
    }
  });

  it("ALL spills two columns", () => {
    const all = bundle.call("TEDI_SCORE", [["碳抵消依赖度"]], [[0.1]], "ALL") as unknown[][];
    expect(all.length).toBeGreaterThan(5);
    expect(all.every((row) => row.length === 2)).toBe(true);
  });

  it("mismatched lengths → #VALUE!; unknown name → #N/A naming it", () => {
    expect(failure("TEDI_SCORE", [["碳抵消依赖度"], ["范围3核算覆盖率"]], [[0.1]], null).code).toBe(
      "#VALUE!",
    );
    const unknown = failure("TEDI_SCORE", [["foo"]], [[1]], null);
    expect(unknown.code).toBe("#N/A");
    expect(unknown.message).toContain('"foo"');
  });
});
