import { loadEuLookup } from "../../core/eu";
import {
  checkSupplierTemplate,
  readSupplierTemplate,
  supplierEuDataFrom,
  type SupplierReport,
  type TemplateWorkbook,
} from "../../core/supplier";
import type { SupplierExcel } from "./supplierExcel";

export type SupplierSource = { kind: "workbook" } | { kind: "file"; name: string };

export interface LoadedSupplier {
  source: SupplierSource;
  report: SupplierReport;
}

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

async function check(workbook: TemplateWorkbook, source: SupplierSource): Promise<LoadedSupplier> {
  const euData = supplierEuDataFrom(await loadEuLookup());
  const report = checkSupplierTemplate(readSupplierTemplate(workbook, euData), { today: today(), euData });
  return { source, report };
}

/** The open workbook's template, or null when the open workbook is none. */
export async function loadOpenWorkbookSupplier(
  excel: Pick<SupplierExcel, "readActiveTemplate">,
): Promise<LoadedSupplier | null> {
  const workbook = await excel.readActiveTemplate();
  return workbook === null ? null : check(workbook, { kind: "workbook" });
}

/** A template file picked by the user; the xlsx reader is fetched on first use. */
export async function loadSupplierFile(file: {
  name: string;
  arrayBuffer(): Promise<ArrayBuffer>;
}): Promise<LoadedSupplier> {
  const [{ readTemplateFile }, bytes] = await Promise.all([
    import(/* webpackChunkName: "xlsx/reader" */ "./readTemplateFile"),
    file.arrayBuffer(),
  ]);
  return check(await readTemplateFile(bytes), { kind: "file", name: file.name });
}
