/** @jest-environment jsdom */
import { screen } from "@testing-library/react";
import type { ExcelFake } from "../../support/excelFake";
import { renderApp, setUpFake, text } from "../renderApp";

let fake: ExcelFake | undefined;
afterEach(() => fake?.uninstall());

describe("App shell", () => {
  it("follows Office's display language (zh-CN)", async () => {
    fake = setUpFake({ displayLanguage: "zh-CN" });
    await renderApp();
    expect(screen.getByRole("tab", { name: "检查清单" })).toBeTruthy();
    expect(screen.getByRole("button", { name: "校验当前工作表" })).toBeTruthy();
    expect(document.documentElement.lang).toBe("zh-CN");
  });

  it("shows a notice instead of the tools outside Excel", async () => {
    fake = setUpFake({ host: null, withExcel: false });
    await renderApp(false);
    expect(text(screen.getByRole("alert"))).toContain("Open this add-in in Excel");
    expect(screen.queryByRole("button", { name: "Validate active sheet" })).toBeNull();
  });

  // Real Tab-order navigation is checked in Chromium (tests/e2e): jsdom has no layout, so Fluent's
  // focus manager (tabster) treats every element as invisible there.
  it("uses real, focusable buttons and runs them from the keyboard", async () => {
    fake = setUpFake();
    const { user } = await renderApp();
    const buttons = screen.getAllByRole("button");
    expect(buttons.length).toBeGreaterThanOrEqual(7);
    for (const button of buttons) {
      expect(button.tagName).toBe("BUTTON");
      expect(button.getAttribute("tabindex")).not.toBe("-1");
    }
    const validate = screen.getByRole("button", { name: "Validate active sheet" });
    validate.focus();
    expect(document.activeElement).toBe(validate);
    await user.keyboard("{Enter}");
    expect(text(await screen.findByTestId("national-notice"))).toContain("Fail");
    for (const button of screen.getAllByRole("button")) {
      const visible = text(button);
      const name = button.getAttribute("aria-label");
      if (name && /\w/.test(visible)) expect(name.startsWith(visible)).toBe(true);
    }
    // the go-to-cell buttons' names start with their visible words (WCAG 2.5.3, label in name)
    expect(screen.getAllByRole("button", { name: /^Go to B5: / }).length).toBeGreaterThan(0);
  });
});
