// certificatesFor (CBAM_CERTIFICATES): full-precision certificates after clamping and waivers.
import { certificatesFor } from "../../../src/core/cbam";
import { SPEC_LINE } from "./specVectors";

describe("certificatesFor", () => {
  it("shared/spec/cbam.md §7: 664.25 in 2026 and 2,000 in 2034", () => {
    expect(certificatesFor({ ...SPEC_LINE, year: 2026 }).toString()).toBe("664.25");
    expect(certificatesFor({ ...SPEC_LINE, year: 2034 }).toString()).toBe("2000");
  });

  it("keeps every digit: 1,000 × (2 − 1.37 × 0.775) = 938.25 in 2029, and 1/3 t × 2 = 0.666… in 2034", () => {
    expect(certificatesFor({ ...SPEC_LINE, year: 2029 }).toString()).toBe("938.25");
    const third = certificatesFor({ ...SPEC_LINE, quantity: "0.333333333333", year: 2034 });
    expect(third.toString()).toBe("0.666666666666");
  });

  it("is 0 when clamped and in the transitional period", () => {
    expect(certificatesFor({ ...SPEC_LINE, specificEmbeddedEmissions: 1, year: 2026 }).isZero()).toBe(true);
    expect(certificatesFor({ ...SPEC_LINE, year: 2025 }).isZero()).toBe(true);
  });
});
