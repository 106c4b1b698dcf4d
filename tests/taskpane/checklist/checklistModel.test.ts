import { validateSheet } from "../../../src/core/sheet";
import { uiStrings } from "../../../src/i18n";
import { blankTemplate } from "../../../src/taskpane/checklist/blankTemplate";
import { failingCells, nationalNoticeCheck } from "../../../src/taskpane/checklist/resultFacts";
import { sampleParkInput } from "../../../src/core/sheet";

describe("checklist model", () => {
  const result = validateSheet(sampleParkInput());

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
