import { cbamGoodForCnCode, formatCnCode, normalizeCnCode } from "../../../src/core/quote";

describe("normalizeCnCode", () => {
  it.each([
    ["7208 51 20", "72085120"],
    ["7208.51.20", "72085120"],
    [" 72085120 ", "72085120"],
    ["7208", "7208"], // heading
    ["7208 51", "720851"], // subheading
    ["７２０８", "7208"], // full-width digits
  ])("reads %p as %p", (typed, code) => expect(normalizeCnCode(typed)).toBe(code));

  it.each(["72085", "7208 51 2x", "720851200", "720", ""])("refuses %p", (typed) =>
    expect(normalizeCnCode(typed)).toBeNull(),
  );

  it("prints the tariff's spacing", () => {
    expect(formatCnCode("72085120")).toBe("7208 51 20");
    expect(formatCnCode("720851")).toBe("7208 51");
    expect(formatCnCode("7208")).toBe("7208");
  });
});

describe("cbamGoodForCnCode (Regulation (EU) 2023/956 Annex I)", () => {
  it.each([
    ["72085120", "iron-and-steel"], // chapter 72, flat-rolled
    ["73084000", "iron-and-steel"], // 7308 structures
    ["73181500", "iron-and-steel"], // 7318 screws and bolts
    ["26011200", "iron-and-steel"], // agglomerated iron ores
    ["76011000", "aluminium"],
    ["76061100", "aluminium"],
    ["25232900", "cement"],
    ["25231000", "cement"], // clinker
    ["25070080", "cement"], // other kaolinic clays
    ["31021010", "fertilisers"], // 3102 nitrogenous
    ["31052010", "fertilisers"], // 3105 NPK
    ["28080000", "fertilisers"], // nitric acid
    ["28141000", "fertilisers"], // ammonia
    ["28342100", "fertilisers"], // potassium nitrate
    ["28041000", "hydrogen"],
    ["27160000", "electricity"],
    ["7208", "iron-and-steel"], // heading 7208, flat-rolled: all of it in chapter 72
    ["720851", "iron-and-steel"],
    ["2523", "cement"],
    ["7601", "aluminium"],
    ["3102", "fertilisers"],
  ])("maps %s to %s", (code, good) => expect(cbamGoodForCnCode(code)).toBe(good));

  it.each([
    ["72042100", "7204 scrap is excluded"],
    ["72021120", "7202 ferro-alloys: only some are covered"],
    ["76020011", "7602 aluminium scrap is not listed"],
    ["76151010", "7615 household articles are not listed"],
    ["73151110", "7315 chains are not listed"],
    ["31056000", "3105 60 00 (P and K only) is excluded"],
    ["31031100", "3103 phosphatic fertilisers are not listed"],
    ["28342920", "other nitrates are not listed"],
    ["28042100", "argon, not hydrogen"],
    ["84111100", "outside CBAM"],
    ["3105", "heading 3105 includes the excluded 3105 60 00"],
    ["2507", "only 2507 00 80 of heading 2507 is listed"],
    ["7204", "heading 7204 (scrap) is excluded"],
  ])("leaves %s to the user (%s)", (code) => expect(cbamGoodForCnCode(code)).toBeNull());
});
