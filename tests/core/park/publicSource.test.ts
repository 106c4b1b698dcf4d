import { THRESHOLD_PROFILES, publicSource } from "../../../src/core/park";

describe("publicSource", () => {
  it("cites the paper by authors and title and drops internal file references", () => {
    expect(publicSource("seed 001, Table 5 (park-standards.md section 3)")).toBe(
      "Feng Yuxi, Xu Ming et al., “The Logic and Innovation Pathways for China's Zero-Carbon Industrial Park Development Under the Forcing Effect of Carbon Border Taxes”, Table 5",
    );
    expect(
      publicSource(
        "发改环资〔2025〕910号 (2025-06-30) as quoted in seed 001, section 4.2.3 (park-standards.md section 4)",
      ),
    ).toMatch(
      /^发改环资〔2025〕910号 \(2025-06-30\) as quoted in Feng Yuxi, Xu Ming et al\., “.*”, section 4\.2\.3$/,
    );
  });

  it("leaves no internal reference in any check's source", () => {
    for (const profile of THRESHOLD_PROFILES)
      for (const check of profile.checks) {
        const shown = publicSource(check.source);
        expect({ id: check.id, shown }).toEqual({
          id: check.id,
          shown: expect.not.stringMatching(/seed|\.md|shared\/|spec §/),
        });
      }
  });
});
