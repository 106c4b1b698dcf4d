import { bandLabel, profileById } from "../../../src/core/park";

// The national notice's two bands (park-standards.md section 4): 200,000–1,000,000 tce and ≥ 1,000,000 tce.
const band = (checkId: string) =>
  bandLabel(
    profileById("national-notice-2025")!.checks.find((check) => check.id === checkId)!.applicability!,
  );

describe("bandLabel", () => {
  it("names the notice's bands in tce, and in 万 tce in Chinese", () => {
    expect(band("notice-unit-energy-carbon-200k-1m")).toEqual({
      en: "200,000–1,000,000\u00a0tce band",
      zh: "20–100\u00a0万\u00a0tce 档",
    });
    expect(band("notice-unit-energy-carbon-1m-plus")).toEqual({
      en: "≥\u00a01,000,000\u00a0tce band",
      zh: "≥\u00a0100\u00a0万\u00a0tce 档",
    });
  });
});
