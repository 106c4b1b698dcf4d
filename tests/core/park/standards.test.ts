// The 22 standards of the paper's Table 2 (shared/spec/park-standards.md section 1).
import { STANDARDS, validateStandards, CatalogError } from "../../../src/core/park";

describe("STANDARDS (paper Table 2)", () => {
  it("has 22 standards: 4 local + 18 group", () => {
    expect(STANDARDS).toHaveLength(22);
    expect(STANDARDS.filter((s) => s.type === "local")).toHaveLength(4);
    expect(STANDARDS.filter((s) => s.type === "group")).toHaveLength(18);
  });

  it("keeps the paper's numbers 1-14 and 16-22 and one unnumbered Shaanxi standard", () => {
    const numbers = STANDARDS.map((s) => s.number).filter((n): n is number => n !== null);
    expect(numbers.sort((a, b) => a - b)).toEqual([
      1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 16, 17, 18, 19, 20, 21, 22,
    ]);
    const unnumbered = STANDARDS.filter((s) => s.number === null);
    expect(unnumbered).toHaveLength(1);
    expect(unnumbered[0]).toMatchObject({
      code: "T/SJNX 001—2024",
      issued: "2024-06-15",
      issuer: { zh: "陕西省节能协会" },
      title: { zh: "低碳近零碳园区评价规范" },
    });
  });

  it("lists the Shaanxi standard between 17 and 18, as the paper does", () => {
    const index = STANDARDS.findIndex((s) => s.number === null);
    expect(STANDARDS[index - 1]?.number).toBe(17);
    expect(STANDARDS[index + 1]?.number).toBe(18);
  });

  it.each([
    [1, "local", "DB15/T 2948—2023", "2023-03-28", "零碳产业园区建设规范"],
    [2, "local", "DB1331/T 069—2023", "2023-12-22", "雄安新区零碳园区评价标准 第1部分：公共建筑园区"],
    [3, "local", "DB35/T 2198—2024", "2024-07-03", "工业园区低零碳创建评估准则"],
    [4, "local", "DB3209/T 1275—2024", "2024-08-22", "沿海（近）零碳产业园区建设规范"],
    [5, "group", "T/CSPSTC 51—2020", "2020-08-18", "智慧零碳工业园区设计和评价技术指南"],
    [6, "group", "T/SEESA 010—2022", "2022-04-25", "零碳园区创建与评价技术规范"],
    [11, "group", "T/CIECCPA 031—2023", "2023-07-25", "零碳园区评价通则"],
    [12, "group", "T/SEESA 18—2023", "2023-09-15", "零碳产业园区实施路径规划与评估"],
    [18, "group", "T/CIECCPA 031—2024", "2024-07-29", "零碳智慧园区创建与评价规范"],
    [21, "group", "T/CECA-G 0344—2025", "2025-03-18", "零碳园区评价技术规范"],
    [22, "group", "T/CABEE 103—2025", "2025-06-01", "零碳园区评价标准"],
  ])("standard %i is %s %s issued %s (%s)", (number, type, code, issued, titleZh) => {
    const standard = STANDARDS.find((s) => s.number === number);
    expect(standard).toMatchObject({ type, code, issued, title: { zh: titleZh } });
  });

  it("gives the same issuer to the three Shanghai SEESA standards and the two CIECCPA ones", () => {
    const issuerOf = (code: string) => STANDARDS.find((s) => s.code === code)?.issuer.zh;
    expect(new Set(["T/SEESA 010—2022", "T/SEESA 014—2022", "T/SEESA 18—2023"].map(issuerOf))).toEqual(
      new Set(["上海市节能环保服务业协会"]),
    );
    expect(issuerOf("T/CIECCPA 031—2024")).toBe(issuerOf("T/CIECCPA 031—2023"));
  });

  it("derives a region for every standard and gives each a source", () => {
    for (const standard of STANDARDS) {
      expect(standard.region.en).not.toBe("");
      expect(standard.source).toMatch(/Table 2/);
    }
    expect(STANDARDS.find((s) => s.code === "T/AIAC 002—2023")?.region.en).toBe("national");
    expect(STANDARDS.find((s) => s.code === "DB35/T 2198—2024")?.region.en).toBe("Fujian");
  });

  it("passes its own load-time validation", () => {
    expect(() => validateStandards(STANDARDS)).not.toThrow();
  });
});

describe("validateStandards rejects broken data", () => {
  const [first, second] = STANDARDS;
  if (!first || !second) throw new Error("standards missing");

  it("rejects 21 standards", () => {
    expect(() => validateStandards(STANDARDS.slice(1))).toThrow(CatalogError);
  });

  it("rejects a wrong local/group split", () => {
    const broken = STANDARDS.map((s, i) => (i === 0 ? { ...s, type: "group" as const } : s));
    expect(() => validateStandards(broken)).toThrow(/4 local \+ 18 group/);
  });

  it("rejects a missing source", () => {
    const broken = STANDARDS.map((s, i) => (i === 3 ? { ...s, source: " " } : s));
    expect(() => validateStandards(broken)).toThrow(/missing source/);
  });

  it("rejects a duplicated code", () => {
    const broken = STANDARDS.map((s, i) => (i === 1 ? { ...s, code: first.code } : s));
    expect(() => validateStandards(broken)).toThrow(/duplicate standard code/);
  });

  it("rejects a date that is not ISO", () => {
    const broken = STANDARDS.map((s, i) => (i === 1 ? { ...s, issued: "2023/12/22" } : s));
    expect(() => validateStandards(broken)).toThrow(/ISO date/);
  });

  it("rejects a number 15, which the paper does not use", () => {
    const broken = STANDARDS.map((s) => (s.number === null ? { ...s, number: 15 } : s));
    expect(() => validateStandards(broken)).toThrow(CatalogError);
  });
});
