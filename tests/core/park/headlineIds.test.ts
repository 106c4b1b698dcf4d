import {
  HEADLINE_INDICATOR_IDS,
  NATIONAL_NOTICE_PROFILE_ID,
  indicatorById,
  profileById,
} from "../../../src/core/park";

describe("ids the summary names directly", () => {
  it("name a profile and indicators that exist in the data", () => {
    expect(profileById(NATIONAL_NOTICE_PROFILE_ID)?.id).toBe(NATIONAL_NOTICE_PROFILE_ID);
    for (const id of Object.values(HEADLINE_INDICATOR_IDS)) expect(indicatorById(id)?.id).toBe(id);
  });

  it("the notice profile checks the notice's core indicator", () => {
    const indicators = profileById(NATIONAL_NOTICE_PROFILE_ID)!.checks.map((check) => check.indicatorId);
    expect(indicators).toContain(HEADLINE_INDICATOR_IDS.noticeCore);
  });
});
