/** Puts a template's cells (as read from a Commission file) into the in-memory Excel stand-in, as Office would hold them. */
import { TEMPLATE_SHEETS_READ, type TemplateWorkbook } from "../../../src/core/supplier";
import type { ExcelFake } from "../excelFake";

export function addTemplateSheets(fake: ExcelFake, template: TemplateWorkbook): void {
  for (const name of TEMPLATE_SHEETS_READ) {
    const sheet = template.sheet(name);
    if (!sheet) continue;
    const values: (string | number | boolean)[][] = [];
    const formulas: (string | number | boolean)[][] = [];
    for (let row = 1; row <= 130; row++) {
      const valueRow: (string | number | boolean)[] = [];
      const formulaRow: (string | number | boolean)[] = [];
      for (let column = 1; column <= 62; column++) {
        const cell = sheet.cell(row, column);
        const value = cell?.value ?? "";
        valueRow.push(value === null ? "" : value);
        formulaRow.push(cell?.isFormula ? "=FORMULA()" : value === null ? "" : value);
      }
      values.push(valueRow);
      formulas.push(formulaRow);
    }
    fake.state.addSheet(name, values, { formulas });
  }
}
