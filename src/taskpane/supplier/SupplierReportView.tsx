import {
  Button,
  Subtitle2,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from "@fluentui/react-components";
import { pick } from "../../core/shared/localizedText";
import type { SupplierFinding, SupplierReport } from "../../core/supplier";
import { useSupplierStrings } from "./useSupplierStrings";
import { useSupplierStyles } from "./supplierStyles";

const shown = (value: string | number | null, unknown: string): string =>
  value === null ? unknown : String(value);

/** Installation, products (SEE exactly as the file holds it) and findings of one template. */
export function SupplierReportView({
  report,
  onGoToCell,
}: {
  report: SupplierReport;
  /** Given when the template is the open workbook: findings get a button that selects their cell. */
  onGoToCell?: (finding: SupplierFinding) => void;
}) {
  const { t, fill, language } = useSupplierStrings();
  const styles = useSupplierStyles();
  const { installation } = report;
  const dash = "–";
  return (
    <>
      <section className={styles.section} aria-labelledby="zc-supplier-installation">
        <Subtitle2 as="h2" id="zc-supplier-installation">
          {t.installation}
        </Subtitle2>
        <dl className={styles.facts} data-testid="supplier-installation">
          <dt>{t.installation}</dt>
          <dd>{shown(installation.name, dash)}</dd>
          <dt>{t.country}</dt>
          <dd>
            {shown(installation.country, dash)} · {shown(installation.city, dash)} · UN/LOCODE{" "}
            {shown(installation.unlocode, dash)}
          </dd>
          <dt>{t.period}</dt>
          <dd>
            {shown(installation.periodStart, dash)} – {shown(installation.periodEnd, dash)}
          </dd>
          <dt>{t.version}</dt>
          <dd>{report.templateVersion ?? t.unknownVersion}</dd>
        </dl>
      </section>

      <section className={styles.section} aria-labelledby="zc-supplier-products">
        <Subtitle2 as="h2" id="zc-supplier-products">
          {t.products}
        </Subtitle2>
        {report.products.length === 0 ? (
          <p>{t.noProducts}</p>
        ) : (
          <div className={styles.scroll}>
            <Table size="small" className={styles.table} aria-label={t.products}>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell>{t.columns.number}</TableHeaderCell>
                  <TableHeaderCell>{t.columns.cnCode}</TableHeaderCell>
                  <TableHeaderCell>{t.columns.product}</TableHeaderCell>
                  <TableHeaderCell>{t.columns.direct}</TableHeaderCell>
                  <TableHeaderCell>{t.columns.indirect}</TableHeaderCell>
                  <TableHeaderCell>{t.columns.total}</TableHeaderCell>
                  <TableHeaderCell>{t.columns.cbam}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {report.products.map((product) => (
                  <TableRow key={product.row} data-testid={`supplier-product-${product.number}`}>
                    <TableCell>{product.number}</TableCell>
                    <TableCell>{shown(product.cnCode, dash)}</TableCell>
                    <TableCell>{shown(product.productName, dash)}</TableCell>
                    <TableCell className={styles.number}>{shown(product.seeDirect, dash)}</TableCell>
                    <TableCell className={styles.number}>{shown(product.seeIndirect, dash)}</TableCell>
                    <TableCell className={styles.number}>{shown(product.seeTotal, dash)}</TableCell>
                    <TableCell className={styles.number}>
                      {product.seeCbam === null
                        ? t.unknown
                        : `${product.seeCbam} (${product.basis === "direct" ? t.basis.direct : t.basis.total})`}
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </div>
        )}
      </section>

      <section className={styles.section} aria-labelledby="zc-supplier-findings">
        <Subtitle2 as="h2" id="zc-supplier-findings">
          {t.findings}
        </Subtitle2>
        {report.findings.length === 0 ? (
          <p data-testid="supplier-ready">{t.noFindings}</p>
        ) : (
          <ul className={styles.findings} data-testid="supplier-findings">
            {report.findings.map((finding, i) => (
              <li key={i}>
                <strong>{finding.severity === "error" ? t.error : t.warning}</strong> {finding.sheet}!
                {finding.cell}: {pick(finding.message, language)}{" "}
                {onGoToCell ? (
                  <Button size="small" appearance="subtle" onClick={() => onGoToCell(finding)}>
                    {fill(t.goToCell, { cell: `${finding.sheet}!${finding.cell}` })}
                  </Button>
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
