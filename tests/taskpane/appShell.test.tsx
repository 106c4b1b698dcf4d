/** @jest-environment jsdom */
import { screen, within } from "@testing-library/react";
import { validateSheet, sampleParkInput } from "../../src/core/sheet";
import type { ExcelFake } from "../support/excelFake";
import { renderApp, setUpFake, text } from "./renderApp";

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
    // the go-to-cell buttons are labelled for screen readers
    expect(screen.getAllByRole("button", { name: /^Select cell B5 for / }).length).toBeGreaterThan(0);
  });
});

describe("22 standards tab", () => {
  it("lists and filters the 22 standards and shows the last sheet's coverage", async () => {
    fake = setUpFake();
    const { user } = await renderApp();
    await user.click(screen.getByRole("tab", { name: "22 standards" }));
    const table = screen.getByRole("table", { name: "Zero-carbon park standards" });
    expect(within(table).getAllByRole("row")).toHaveLength(1 + 22);
    expect(screen.getByText("Validate a sheet to compare it with the 22 standards.")).toBeTruthy();
    expect(text(screen.getByTestId("evaluation-methods"))).toContain("Grade division: 13 of 22");

    await user.selectOptions(screen.getByRole("combobox", { name: "Type" }), "local");
    expect(within(table).getAllByRole("row")).toHaveLength(1 + 4);
    expect(screen.getByText("4 of 22 standards shown")).toBeTruthy();
    await user.selectOptions(screen.getByRole("combobox", { name: "Year issued" }), "2024");
    expect(within(table).getAllByRole("row")).toHaveLength(1 + 2); // Fujian, Yancheng
    await user.selectOptions(screen.getByRole("combobox", { name: "Type" }), "all");
    await user.selectOptions(screen.getByRole("combobox", { name: "Year issued" }), "all");
    await user.selectOptions(screen.getByRole("combobox", { name: "Region" }), "Shanghai");
    expect(within(table).getAllByRole("row").length).toBeGreaterThan(1);

    await user.click(screen.getByRole("tab", { name: "Checklist" }));
    await user.click(screen.getByRole("button", { name: "Validate active sheet" }));
    await screen.findByTestId("national-notice");
    await user.click(screen.getByRole("tab", { name: "22 standards" }));
    const coverage = validateSheet(sampleParkInput()).coverage!;
    expect(text(screen.getByTestId("coverage-count"))).toContain(
      `High-frequency indicators reported: ${coverage.highFrequencyPresent} of 10`,
    );
    const list = screen.getByRole("list", { name: "Coverage of the last validated sheet" });
    expect(list.querySelectorAll('li[data-present="true"]')).toHaveLength(coverage.highFrequencyPresent);
    expect(
      text(within(list).getByText("Renewable energy use share", { exact: false }).closest("li")),
    ).toContain("present");
  });
});
