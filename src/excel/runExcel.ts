import { ExcelFailure, toExcelFailure } from "./excelFailure";
import { isExcelAvailable } from "./officeHost";

/** Excel.run with errors translated to ExcelFailure (never a raw OfficeExtension.Error). */
export async function runExcel<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
  if (!isExcelAvailable()) throw new ExcelFailure("notInExcel", "Excel.run is not available");
  try {
    return await Excel.run(batch);
  } catch (error) {
    throw toExcelFailure(error);
  }
}
