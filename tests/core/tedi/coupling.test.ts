// Coupling coordination and grades: the hand checks of shared/spec/tedi.md section 3.
import fc from "fast-check";
import { couplingCoordination, DEFAULT_ALPHA, gradeOf, TEDI_GRADE_BANDS } from "../../../src/core/tedi";
import { InputError } from "../../../src/core/shared/inputError";

const U = (t: number, e: number, d: number, i: number) => ({ T: t, E: e, D: d, I: i });

describe("couplingCoordination (shared/spec/tedi.md section 3)", () => {
  it("all U equal to 0.64 → C = 1, T = 0.64, D = 0.8 (good coordination)", () => {
    const result = couplingCoordination(U(0.64, 0.64, 0.64, 0.64), DEFAULT_ALPHA);
    expect(result).toEqual({ C: 1, T: 0.64, D: 0.8 });
    expect(gradeOf(result.D)).toEqual({ key: "good-coordination", en: "Good coordination", zh: "良好协调" });
  });

  it("U = (1, 1, 1, 0) → C = 0 and D = 0: one missing subsystem sinks the park", () => {
    expect(couplingCoordination(U(1, 1, 1, 0), DEFAULT_ALPHA)).toEqual({ C: 0, T: 0.75, D: 0 });
  });

  it("every U = 0 → C undefined (null) and D = 0", () => {
    expect(couplingCoordination(U(0, 0, 0, 0), DEFAULT_ALPHA)).toEqual({ C: null, T: 0, D: 0 });
  });

  it("computes C = 4 × (ΠU / (ΣU)^4)^(1/4) for unequal U", () => {
    const u = U(0.2, 0.4, 0.6, 0.8);
    const sum = 2;
    const expectedC = 4 * Math.pow((0.2 * 0.4 * 0.6 * 0.8) / Math.pow(sum, 4), 0.25);
    const result = couplingCoordination(u, DEFAULT_ALPHA);
    expect(result.C).toBeCloseTo(expectedC, 12);
    expect(result.T).toBe(0.5);
    expect(result.D).toBeCloseTo(Math.sqrt(expectedC * 0.5), 12);
  });

  it("uses α for T", () => {
    expect(couplingCoordination(U(1, 0.5, 0.5, 0.5), { T: 0.4, E: 0.2, D: 0.2, I: 0.2 }).T).toBe(0.7);
  });

  it("keeps C and D in [0, 1], with C = 1 whenever all U are equal and positive (property)", () => {
    const unit = fc.double({ min: 0, max: 1, noNaN: true });
    fc.assert(
      fc.property(unit, unit, unit, unit, (t, e, d, i) => {
        const { C, D } = couplingCoordination(U(t, e, d, i), DEFAULT_ALPHA);
        expect(D).toBeGreaterThanOrEqual(0);
        expect(D).toBeLessThanOrEqual(1);
        if (C !== null) {
          expect(C).toBeGreaterThanOrEqual(0);
          expect(C).toBeLessThanOrEqual(1);
        }
      }),
    );
    fc.assert(
      fc.property(fc.double({ min: 0.001, max: 1, noNaN: true }), (u) => {
        expect(couplingCoordination(U(u, u, u, u), DEFAULT_ALPHA).C).toBeCloseTo(1, 10);
      }),
    );
  });
});

describe("gradeOf: ten bands, lower bound inclusive", () => {
  it.each([
    [0, "极度失调"],
    [0.0999, "极度失调"],
    [0.1, "严重失调"],
    [0.2, "中度失调"],
    [0.3, "轻度失调"],
    [0.4, "濒临失调"],
    [0.4999, "濒临失调"],
    [0.5, "勉强协调"],
    [0.6, "初级协调"],
    [0.7, "中级协调"],
    [0.8, "良好协调"],
    [0.8999, "良好协调"],
    [0.9, "优质协调"],
    [1, "优质协调"],
  ])("D = %d → %s", (D, zh) => {
    expect(gradeOf(D).zh).toBe(zh);
  });

  it("names 0.5 'barely coordinated' in English", () => {
    expect(gradeOf(0.5)).toMatchObject({ key: "barely-coordinated", en: "Barely coordinated" });
  });

  it("rejects D outside [0, 1]", () => {
    expect(() => gradeOf(1.01)).toThrow(InputError);
    expect(() => gradeOf(-0.1)).toThrow(InputError);
    expect(() => gradeOf(Number.NaN)).toThrow(InputError);
  });

  it("has ten bands with en and zh names", () => {
    expect(TEDI_GRADE_BANDS).toHaveLength(10);
    expect(TEDI_GRADE_BANDS.map((b) => b.lower)).toEqual([0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9]);
  });
});
