/**
 * The help page's examples (src/taskpane/help/examples.ts, copied from README) recomputed with the
 * functions themselves, so a figure on the help page cannot be wrong or drift from the engine.
 */
import {
  cbamBenchmark,
  cbamCertificates,
  cbamCost,
  cbamCostDefault,
  cbamCostPath,
  cbamDefaultSee,
  cbamGood,
  cbamDeMinimis,
  cbamFreeAllocation,
  cbamPhaseIn,
  offsetRatio,
  parkIntensity,
} from "../../../src/functions/functions";
import { FUNCTION_EXAMPLES, examplesFor } from "../../../src/taskpane/help/examples";
import { installRuntime } from "../../functions/support/customFunctionsStub";

installRuntime();

type Cells = Record<string, unknown[][]>;
const cell = (value: unknown) => [[value]];
const matrix = (args: unknown[]) => args.map(cell);

/** The first cell of a spilled result the EU-data functions return asynchronously. */
const first = async (result: Promise<unknown[][]>): Promise<string> => String((await result)[0]![0]);

/** What Excel would show for each function, from its arguments (numbers, text or ranges). */
const EVALUATE: Record<string, (args: unknown[]) => string | Promise<string>> = {
  CBAM_DEFAULT_SEE: (a) => first((cbamDefaultSee as (...x: unknown[]) => Promise<unknown[][]>)(...matrix(a))),
  CBAM_BENCHMARK: (a) => first((cbamBenchmark as (...x: unknown[]) => Promise<unknown[][]>)(...matrix(a))),
  CBAM_COST_DEFAULT: (a) =>
    first((cbamCostDefault as (...x: unknown[]) => Promise<unknown[][]>)(...matrix(a))),
  CBAM_GOOD: (a) => first((cbamGood as (...x: unknown[]) => Promise<unknown[][]>)(...matrix(a))),
  CBAM_COST: (a) => String((cbamCost as (...x: unknown[]) => unknown[][])(...matrix(a))[0]![0]),
  CBAM_CERTIFICATES: (a) =>
    String((cbamCertificates as (...x: unknown[]) => unknown[][])(...matrix(a))[0]![0]),
  CBAM_FREE_ALLOCATION: ([year]) => String(cbamFreeAllocation(cell(year))[0]![0]),
  CBAM_PHASE_IN: ([year]) => String(cbamPhaseIn(cell(year))[0]![0]),
  CBAM_DEMINIMIS: ([mass]) => String(cbamDeMinimis(cell(mass))[0]![0]).toUpperCase(),
  CBAM_COST_PATH: (a) => {
    const rows = (cbamCostPath as (...x: unknown[]) => unknown[][])(...a);
    const [first, last] = [rows[1]!, rows[rows.length - 1]!];
    return `${first[0]}: ${first[1]}, ${first[2]} … ${last[0]}: ${last[1]}, ${last[2]}`;
  },
  OFFSET_RATIO: ([offsets, emissions]) =>
    String(offsetRatio(offsets as unknown[][], emissions as unknown[][])),
  PARK_INTENSITY: ([co2, energy]) => String(parkIntensity(cell(co2), cell(energy))[0]![0]),
};

/** Cell contents the examples' notes describe. */
const CELLS: Cells = { "B2:B3": [[10], [20]], "C2:C3": [[100], [200]] };

function parse(formula: string): { id: string; args: unknown[] } {
  const match = /^=ZC\.([A-Z_]+)\((.*)\)$/.exec(formula);
  if (!match) throw new Error(`not a ZC formula: ${formula}`);
  const args = match[2]!.split(",").map((raw) => {
    const arg = raw.trim();
    if (arg in CELLS) return CELLS[arg];
    if (/^".*"$/.test(arg)) return arg.slice(1, -1);
    const n = Number(arg);
    if (arg === "" || Number.isNaN(n)) throw new Error(`unexpected argument ${arg} in ${formula}`);
    return n;
  });
  return { id: match[1]!, args };
}

describe("help examples", () => {
  const all = Object.entries(FUNCTION_EXAMPLES).flatMap(([id, list]) =>
    list.map((example) => ({ id, ...example })),
  );

  it.each(all.map((example) => [example.formula, example.result, example.id] as const))(
    "%s → %s",
    async (formula, result, id) => {
      const parsed = parse(formula);
      expect(parsed.id).toBe(id);
      expect(await EVALUATE[id]!(parsed.args)).toBe(result);
    },
  );

  it("name their source, and notes come in both languages", () => {
    for (const example of all) {
      expect(example.source).toMatch(/^README/);
      if (example.note) {
        expect(example.note.en.trim()).not.toBe("");
        expect(example.note.zh).toMatch(/[\u4e00-\u9fff]/);
      }
    }
    expect(examplesFor("cbam_cost")).toHaveLength(2);
    expect(examplesFor("TEDI_SCORE")).toEqual([]);
  });
});
