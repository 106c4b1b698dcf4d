/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { screen } from "@testing-library/react";
import { type UiLanguage, uiStrings } from "../../../src/i18n";
import { I18nContext } from "../../../src/taskpane/shell/i18nContext";
import { JargonTip, type JargonTerm } from "../../../src/taskpane/shell/JargonTip";
import { renderInJsdom } from "../../support/dom/renderInJsdom";
import { text } from "../renderApp";

function renderTip(term: JargonTerm, language: UiLanguage) {
  const i18n = { language, s: uiStrings(language), setLanguage: () => undefined };
  return renderInJsdom(
    <FluentProvider theme={webLightTheme}>
      <I18nContext.Provider value={i18n}>
        <JargonTip term={term} />
      </I18nContext.Provider>
    </FluentProvider>,
  ).user;
}

describe("jargon tips", () => {
  it("explains TEDI in one sentence and links to its function help", async () => {
    const user = renderTip("tedi", "en");
    await user.click(screen.getByRole("button", { name: "What is TEDI?" }));
    expect(
      await screen.findByText(/^TEDI scores a park's Technology, Energy, Data and Institution/),
    ).toBeTruthy();
    const link = screen.getByRole("link", { name: "Function help: ZC.TEDI_SCORE" });
    expect(link.getAttribute("href")).toBe("taskpane.html?help=TEDI_SCORE&lang=en");
  });

  it("speaks Chinese, and a term without a function has no link", async () => {
    const user = renderTip("lens", "zh");
    await user.click(screen.getByRole("button", { name: "什么是口径？" }));
    const sentence = await screen.findByText(/^口径指哪些可再生电力计入/);
    expect(text(sentence).split("。").filter(Boolean)).toHaveLength(1); // one sentence
    expect(screen.queryByRole("link")).toBeNull();
  });

  it("links de minimis to ZC.CBAM_DEMINIMIS in Chinese", async () => {
    const user = renderTip("deMinimis", "zh");
    await user.click(screen.getByRole("button", { name: "什么是微量豁免？" }));
    const link = await screen.findByRole("link", { name: "函数帮助：ZC.CBAM_DEMINIMIS" });
    expect(link.getAttribute("href")).toBe("taskpane.html?help=CBAM_DEMINIMIS&lang=zh");
  });
});
