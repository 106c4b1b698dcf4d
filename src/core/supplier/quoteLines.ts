import type { QuoteLineDraft } from "../quote";
import type { SupplierProduct, SupplierReport } from "./types";

/** Products a quote can price: CBAM goods whose priced SEE is known. */
export function quotableProducts(report: SupplierReport): SupplierProduct[] {
  return report.products.filter((product) => product.isCbamGood === true && product.seeCbam !== null);
}

/**
 * Quote lines for a supplier's products: the SEE the CBAM prices (direct for Annex II goods,
 * total otherwise) as an actual value, exactly as the file holds it, and a description naming
 * the product, the installation and the file it came from; the country of origin is the
 * installation's. Quantity and prices are the user's.
 */
export function quoteLinesFromSupplier(report: SupplierReport, fileName: string): QuoteLineDraft[] {
  const installation = report.installation.name ?? "?";
  return quotableProducts(report).map((product) => ({
    description: `${product.productName ?? product.cnName ?? product.cnCode ?? ""} — ${installation} (${fileName})`,
    cnCode: product.cnCode ?? "",
    country: report.installation.country ?? "",
    good: "",
    quantity: "",
    see: String(product.seeCbam),
    valueType: "actual",
    benchmark: "",
    basePrice: "",
    alternativeSee: "",
  }));
}
