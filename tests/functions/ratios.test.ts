import { InputError } from "../../src/core/shared/inputError";
import {
  offsetRatioFormula,
  parkIntensityFormula,
  readSummedRange,
} from "../../src/functions/adapters/ratios";
import { offsetRatio, parkIntensity } from "../../src/core/park/ratios";
import { asError, installRuntime, thrownError } from "./support/customFunctionsStub";

installRuntime();

function kindOf(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    if (error instanceof InputError) return error.kind;
    throw error;
  }
  throw new Error("did not throw");
}

describe("offsetRatio / parkIntensity (pure)", () => {
  it("divides sums in decimal", () => {
    // (0.1 + 0.2) ÷ 1 = 0.3 exactly; 15,000 ÷ 100,000 = 0.15.
    expect(offsetRatio([0.1, 0.2], [1])).toBe(0.3);
    expect(offsetRatio([15000], [40000, 60000])).toBe(0.15);
    expect(parkIntensity(12000, 10000)).toBe(1.2);
    expect(parkIntensity(0, 5)).toBe(0);
  });

  it("negative → number, zero denominator → divisionByZero", () => {
    expect(kindOf(() => offsetRatio([-5], [100]))).toBe("number");
    expect(kindOf(() => offsetRatio([5], [100, -1]))).toBe("number");
    expect(kindOf(() => offsetRatio([5], [0, 0]))).toBe("divisionByZero");
    expect(kindOf(() => parkIntensity(-1, 10))).toBe("number");
    expect(kindOf(() => parkIntensity(1, 0))).toBe("divisionByZero");
  });
});

describe("summed ranges", () => {
  const spec = { name: "offsets", expects: { en: "tCO2e", zh: "tCO2e" }, default: 0 };

  it("blank = 0, text numbers read, in reading order", () => {
    expect(
      readSummedRange(
        [
          [1, null],
          ["1,000", ""],
        ],
        spec,
      ),
    ).toEqual([1, 0, 1000, 0]);
    expect(readSummedRange(null, spec)).toEqual([0]);
  });

  it("a word or TRUE names the cell in the range", () => {
    expect(thrownError(() => offsetRatioFormula([[1], [true]], [[10]], "en"))).toEqual({
      code: "#VALUE!",
      message: 'offsets (row 2, column 1): "TRUE" is not a number; expected tCO2e, 0 or more.',
    });
    expect(thrownError(() => offsetRatioFormula([[1]], [["#DIV/0!"]], "en")).code).toBe("#DIV/0!");
  });
});

describe("PARK_INTENSITY adapter", () => {
  it("spills element-wise with per-cell errors", () => {
    const result = parkIntensityFormula([[12000], [1], [2]], [[10000], [0], ["x"]], "zh");
    expect(result[0]).toEqual([1.2]);
    expect(asError(result[1]![0])).toEqual({
      code: "#VALUE!",
      message: "energy_tce 为 0；能源消费量应大于 0 tce。",
    });
    expect(asError(result[2]![0])?.code).toBe("#VALUE!");
  });

  it("a blank required argument is #VALUE!", () => {
    expect(thrownError(() => parkIntensityFormula([[null]], [[1]], "en"))).toEqual({
      code: "#VALUE!",
      message: "co2 is empty; expected tCO2, 0 or more.",
    });
  });
});
