import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import type { QuoteDeMinimis } from "../../core/quote";
import { fillIn } from "../../i18n/quote";
import { formatDecimal } from "./formatDecimal";
import { useQuoteStrings } from "./useQuoteStrings";

/** The 50 t check over this quote's mass, with the per-importer caveat always shown. */
export function DeMinimisNote({ deMinimis }: { deMinimis: QuoteDeMinimis }) {
  const { q, language } = useQuoteStrings();
  const { result, importerCaveat } = deMinimis;
  const values = {
    mass: formatDecimal(result.countedMassTonnes.toString(), language),
    threshold: result.thresholdTonnes.toString(),
  };
  return (
    <MessageBar
      intent={result.applies ? "warning" : "info"}
      layout="multiline"
      data-testid="quote-de-minimis"
    >
      <MessageBarBody>
        <MessageBarTitle>{q.deMinimis.heading}</MessageBarTitle>
        {fillIn(result.applies ? q.deMinimis.applies : q.deMinimis.notApplies, values)}{" "}
        {importerCaveat[language]}
      </MessageBarBody>
    </MessageBar>
  );
}
