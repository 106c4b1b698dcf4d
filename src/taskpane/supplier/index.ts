/** The "Supplier data" tab (issue 13): a supplier's EU CBAM Communication template, checked and quoted. */
export { SupplierTab } from "./SupplierTab";
export { SupplierFilePicker } from "./SupplierFilePicker";
export { loadSupplierFile, loadOpenWorkbookSupplier, type LoadedSupplier } from "./loadSupplierReport";
