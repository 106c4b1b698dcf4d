/** Renders the Quote tab alone (Fluent provider, i18n context, its own draft store) over the Excel fake. */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import type { QuoteDraft } from "../../../src/core/quote";
import { type UiLanguage, uiStrings } from "../../../src/i18n";
import { I18nContext } from "../../../src/taskpane/shell/i18nContext";
import { QuoteTab, createQuoteDraftStore } from "../../../src/taskpane/quote";
import { officeExcel } from "../../../src/taskpane/shell/paneExcel";
import { renderInJsdom } from "../../support/dom/renderInJsdom";

export function renderQuoteTab(initial?: QuoteDraft, language: UiLanguage = "en") {
  const store = createQuoteDraftStore(initial);
  const i18n = { language, s: uiStrings(language), setLanguage: () => undefined };
  const view = renderInJsdom(
    <FluentProvider theme={webLightTheme}>
      <I18nContext.Provider value={i18n}>
        <QuoteTab store={store} excel={officeExcel} />
      </I18nContext.Provider>
    </FluentProvider>,
  );
  return { store, ...view };
}
