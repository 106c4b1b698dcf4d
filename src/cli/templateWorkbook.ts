import { TEMPLATE_SHEETS_READ, type TemplateWorkbook } from "../core/supplier";
import { templateWorkbookOf } from "./exceljsTemplate";
import { loadWorkbook } from "./readWorkbook";

export { templateCellOf, templateWorkbookOf } from "./exceljsTemplate";

/** Reads a Communication template file, parsing only the sheets the reader uses. */
export async function loadTemplateWorkbook(file: string): Promise<TemplateWorkbook> {
  return templateWorkbookOf(await loadWorkbook(file, { onlySheets: TEMPLATE_SHEETS_READ }));
}
