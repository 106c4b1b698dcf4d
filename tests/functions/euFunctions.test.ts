/**
 * CBAM_DEFAULT_SEE, CBAM_BENCHMARK, CBAM_COST_DEFAULT and CBAM_GOOD through the BUILT bundle, as
 * Excel calls them: functions.json + the associated functions, every argument a matrix
 * ([[value]] for a cell, rows for a range, null when omitted), the EU tables loaded on first use
 * as chunks from dist/. Expected figures: the Official Journal text of Implementing Regulation
 * (EU) 2025/2621 (OJ line n), the Commission's benchmark workbook (Benchmarks!cell) and the
 * hand-computed examples of shared/spec/cbam.md §6.
 */
import { asError } from "./support/customFunctionsStub";
import { ADDIN_ORIGIN } from "./support/chunkLoader";
import { loadBundle, type LoadedBundle } from "./support/loadBundle";

let en: LoadedBundle;
let zh: LoadedBundle;

beforeAll(() => {
  en = loadBundle("en-US");
  zh = loadBundle("zh-CN");
});

const cell = (value: unknown): unknown[][] => [[value]];

async function value(bundle: LoadedBundle, id: string, ...args: unknown[]): Promise<unknown> {
  const result = (await bundle.call(id, ...args)) as unknown[][];
  expect(result).toHaveLength(1);
  expect(result[0]).toHaveLength(1);
  return result[0]![0];
}

async function failure(bundle: LoadedBundle, id: string, ...args: unknown[]) {
  let thrown: unknown = null;
  try {
    await bundle.call(id, ...args);
  } catch (error) {
    thrown = error;
  }
  const seen = asError(thrown);
  if (!seen) throw new Error(`${id} did not fail with a CustomFunctions.Error`);
  return seen;
}

describe("CBAM_DEFAULT_SEE", () => {
  it("China 7208 51 20 → 3.187, the OJ figure (OJ line 16562); with 2026 → 3.187 × 1.1 = 3.5057", async () => {
    expect(await value(en, "CBAM_DEFAULT_SEE", cell("7208 51 20"), cell("CN"), null)).toBe(3.187);
    expect(await value(en, "CBAM_DEFAULT_SEE", cell(72085120), cell("China"), cell(2026))).toBe(3.5057);
  });

  it("spills a column of codes against a row of years (OJ lines 16347, 16146: 7601 3,000; grey clinker 1,390)", async () => {
    const result = await en.call("CBAM_DEFAULT_SEE", [["7601"], ["2523 10 00 (A)"]], cell("中国"), [
      [2026, 2027, 2030],
    ]);
    expect(result).toEqual([
      [3.3, 3.6, 3.9],
      [1.529, 1.668, 1.807],
    ]);
  });

  it("an exempt origin and a code outside CBAM are #N/A with the reason; a bad country is #VALUE!", async () => {
    const norway = await failure(en, "CBAM_DEFAULT_SEE", cell("7208"), cell("Norway"), null);
    expect(norway.code).toBe("#N/A");
    expect(norway.message).toMatch(/Annex III/);
    const scrap = await failure(en, "CBAM_DEFAULT_SEE", cell("7204 10 00"), cell("CN"), null);
    expect(scrap.code).toBe("#N/A");
    expect(scrap.message).toMatch(/not a CBAM good/);
    const narnia = await failure(en, "CBAM_DEFAULT_SEE", cell("7208"), cell("Narnia"), null);
    expect([narnia.code, narnia.message]).toEqual(["#VALUE!", expect.stringMatching(/^country: "Narnia"/)]);
  });

  it("two lines for one code: #VALUE! naming the choices; messages follow Excel's language", async () => {
    const clinker = await failure(zh, "CBAM_DEFAULT_SEE", cell("2523 10 00"), cell("CN"), null);
    expect(clinker.code).toBe("#VALUE!");
    expect(clinker.message).toContain("2523 10 00 (A)");
    expect(clinker.message).toMatch(/请在编码后注明生产路线/);
  });

  it("a bad element is that cell's error, the others compute", async () => {
    const result = (await en.call("CBAM_DEFAULT_SEE", [["7208"], ["abc"]], cell("CN"), null)) as unknown[][];
    expect(result[0]).toEqual([3.187]);
    expect(asError(result[1]![0])?.code).toBe("#VALUE!");
  });

  it("a year before 2026 is #N/A (no mark-up in the transitional period)", async () => {
    expect((await failure(en, "CBAM_DEFAULT_SEE", cell("7208"), cell("CN"), cell(2025))).code).toBe("#N/A");
  });
});

describe("CBAM_BENCHMARK", () => {
  it("7208 51 20 route C: Column B 1.37, Column A 0.044 (Benchmarks!F173, D173)", async () => {
    expect(await value(en, "CBAM_BENCHMARK", cell("7208 51 20"), cell("C"), null, null)).toBe(1.37);
    expect(await value(en, "CBAM_BENCHMARK", cell("7208 51 20"), cell("C"), cell("A"), null)).toBe(0.044);
  });

  it("several routes and none given → #VALUE! listing them", async () => {
    const error = await failure(en, "CBAM_BENCHMARK", cell("7208 51 20"), null, null, null);
    expect(error.code).toBe("#VALUE!");
    expect(error.message).toMatch(/route C: 1\.37; .*route D: 0\.481; .*route E: 0\.072/);
  });

  it("a year picks the period: aluminous cement 0.717 in 2027, 0.686 in 2028 (Benchmarks!F8, F9)", async () => {
    expect(await en.call("CBAM_BENCHMARK", cell(25233000), null, null, [[2027, 2028]])).toEqual([
      [0.717, 0.686],
    ]);
  });

  it("a bad column is #VALUE!; electricity is #N/A", async () => {
    expect((await failure(en, "CBAM_BENCHMARK", cell("2804 10 00"), null, cell("C"), null)).code).toBe(
      "#VALUE!",
    );
    expect((await failure(en, "CBAM_BENCHMARK", cell("2716 00 00"), null, null, null)).code).toBe("#N/A");
  });
});

describe("CBAM_COST_DEFAULT (shared/spec/cbam.md §6 worked figures, Q1 2026 price 75.36 EUR)", () => {
  it("China 7601, 1 t, 2026: (3.000 × 1.10 − 1.423 × 0.975) × 75.36 = 144.13 EUR", async () => {
    expect(
      await value(en, "CBAM_COST_DEFAULT", cell("7601"), cell("CN"), cell(1), cell(75.36), cell(2026)),
    ).toBe(144.13);
  });

  it("China grey Portland cement 2523 29 00, 1000 t, 2027: (1.420 × 1.20 − 0.666 × 0.95) × 1000 × 80 = 85,704.00 EUR", async () => {
    // 1.0713 t/t (spec §6) × 1000 t × 80 EUR.
    expect(
      await value(
        en,
        "CBAM_COST_DEFAULT",
        cell("2523 29 00"),
        cell("China"),
        cell(1000),
        cell(80),
        cell(2027),
      ),
    ).toBe(85704);
  });

  it("China 7208 51 20, route (C) from the table, highest Column B 1.37 (Benchmarks!F173): (3.5057 − 1.37 × 0.975) × 100 × 80", async () => {
    // 3.5057 − 1.33575 = 2.16995 t/t → 216.995 certificates × 80 = 17,359.60 EUR.
    expect(
      await value(en, "CBAM_COST_DEFAULT", cell("7208 51 20"), cell("中国"), cell(100), cell(80), cell(2026)),
    ).toBe(17359.6);
  });

  it("an exempt origin costs 0; so does the transitional period", async () => {
    expect(
      await value(en, "CBAM_COST_DEFAULT", cell("7601"), cell("CH"), cell(10), cell(80), cell(2030)),
    ).toBe(0);
    expect(
      await value(en, "CBAM_COST_DEFAULT", cell("7601"), cell("CN"), cell(10), cell(80), cell(2025)),
    ).toBe(0);
  });

  it("errors carry their message on #VALUE! or #N/A only (a negative quantity is #VALUE!, not #NUM!)", async () => {
    const negative = await failure(
      en,
      "CBAM_COST_DEFAULT",
      cell("7601"),
      cell("CN"),
      cell(-1),
      cell(80),
      cell(2026),
    );
    expect(negative.code).toBe("#VALUE!");
    expect(negative.message).toMatch(/quantity/);
    const missingYear = await failure(
      en,
      "CBAM_COST_DEFAULT",
      cell("7601"),
      cell("CN"),
      cell(1),
      cell(80),
      null,
    );
    expect(missingYear.code).toBe("#VALUE!");
    const notGood = await failure(
      en,
      "CBAM_COST_DEFAULT",
      cell("8501"),
      cell("CN"),
      cell(1),
      cell(80),
      cell(2026),
    );
    expect(notGood.code).toBe("#N/A");
  });
});

describe("CBAM_GOOD", () => {
  it("sector in Excel's language, id, Annex I line, direct-only flag (Regulation (EU) 2023/956 Annexes I, II)", async () => {
    expect(await value(en, "CBAM_GOOD", cell("7318 15 90"), null)).toBe("Iron and steel");
    expect(await value(zh, "CBAM_GOOD", cell("7318 15 90"), null)).toBe("钢铁");
    expect(await value(en, "CBAM_GOOD", cell(28141000), cell("ID"))).toBe("fertilisers");
    expect(await value(en, "CBAM_GOOD", cell("7601 10 10"), cell("DESCRIPTION"))).toBe(
      "7601 – Unwrought aluminium",
    );
    expect(
      await en.call("CBAM_GOOD", [["7601"], ["2523 29 00"], ["2716 00 00"]], cell("DIRECT_ONLY")),
    ).toEqual([[true], [false], [true]]);
  });

  it("not a CBAM good → #N/A with the reason", async () => {
    const error = await failure(en, "CBAM_GOOD", cell("7204 10 00"), null);
    expect(error.code).toBe("#N/A");
    expect(error.message).toMatch(/Annex I excludes 7204/);
  });
});

describe("lazy tables", () => {
  it("come from the add-in's own origin only, as chunks under /chunks/", () => {
    expect(en.requestedScripts.length).toBeGreaterThan(0);
    for (const src of en.requestedScripts) expect(src.startsWith(`${ADDIN_ORIGIN}/chunks/`)).toBe(true);
  });
});
