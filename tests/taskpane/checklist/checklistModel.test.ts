import { validateSheet } from "../../../src/core/sheet";
import { uiStrings } from "../../../src/i18n";
import { blankTemplate } from "../../../src/taskpane/checklist/blankTemplate";
import { groupChecks } from "../../../src/taskpane/checklist/groupChecks";
import { failingCells, nationalNoticeCheck } from "../../../src/taskpane/checklist/resultFacts";
import { sampleParkInput } from "../../../src/core/sheet";

describe("checklist model", () => {
  const result = validateSheet(sampleParkInput());

  it("groups checks by layer and by TEDI subsystem without losing any", () => {
    const byLayer = groupChecks(result.checks, "layer");
    const bySubsystem = groupChecks(result.checks, "subsystem");
    const total = (groups: { checks: unknown[] }[]) => groups.reduce((n, g) => n + g.checks.length, 0);
    expect(total(byLayer)).toBe(result.checks.length);
    expect(total(bySubsystem)).toBe(result.checks.length);
    expect(byLayer.map((g) => g.key)).toEqual([
      "core-compliance",
      "dynamic-optimisation",
      "technology-innovation",
      "institutional",
      "other",
    ]);
    expect(bySubsystem.find((g) => g.key === "I")!.checks.map((c) => c.indicatorId)).toContain(
      "offset_dependency",
    );
  });

  it("finds the applicable national-notice band and the failing cells", () => {
    expect(nationalNoticeCheck(result)).toMatchObject({ status: "fail", limit: 0.2 });
    expect(failingCells(result)).toEqual(
      expect.arrayContaining([
        "'园区排放清单'!B5",
        "'园区排放清单'!B10",
        "'园区排放清单'!B8",
        "'园区排放清单'!B16",
      ]),
    );
  });

  it("builds a template the validator recognises row by row", () => {
    const template = blankTemplate(uiStrings("en").template);
    const checked = validateSheet({ sheetName: "T", values: template.rows });
    expect(checked.table?.headerCell).toBe("T!A3");
    expect(
      checked.issues.filter(
        (issue) => issue.code === "unknown-indicator" || issue.code === "ambiguous-indicator",
      ),
    ).toEqual([]);
    expect(template.rows.length).toBeGreaterThan(25);
  });
});
