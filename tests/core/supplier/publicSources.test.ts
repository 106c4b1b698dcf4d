/**
 * What users read about supplier templates (rule sources, the tab's strings, the CLI help) names
 * public sources only, never the project's working files; every rule has a source in both languages.
 */
import { CBAM_HELP } from "../../../src/cli/cbamArgs";
import { SUPPLIER_RULES } from "../../../src/core/supplier";
import { SUPPLIER_STRINGS } from "../../../src/taskpane/supplier/supplierStrings";

const INTERNAL = /seed\s*0\d\d|\b[\w-]+\.md\b|shared\/(spec|seeds|eu-cbam)|spec\s*§|§\s*\d|\.\.\/shared/i;

function strings(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (typeof value !== "object" || value === null) return [];
  return Object.values(value).flatMap(strings);
}

describe("supplier texts", () => {
  it("cite public sources only", () => {
    const texts = [...strings(SUPPLIER_RULES), ...strings(SUPPLIER_STRINGS), CBAM_HELP];
    expect(texts.length).toBeGreaterThan(50);
    expect(texts.filter((text) => INTERNAL.test(text))).toEqual([]);
  });

  it("every rule names its source in English and Chinese", () => {
    for (const rule of Object.values(SUPPLIER_RULES)) {
      expect(rule.source.en.length).toBeGreaterThan(10);
      expect(rule.source.zh).toMatch(/[\u4e00-\u9fff]/);
    }
  });
});
