import { format } from "../../i18n";
import { useI18n } from "../shell/i18nContext";
import { SUPPLIER_STRINGS, type SupplierStrings } from "./supplierStrings";

export function useSupplierStrings(): { t: SupplierStrings; fill: typeof format; language: "en" | "zh" } {
  const { language } = useI18n();
  return { t: SUPPLIER_STRINGS[language], fill: format, language };
}
