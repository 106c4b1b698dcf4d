/** @jest-environment jsdom */
import { screen, within } from "@testing-library/react";
import { validateSheet, sampleParkInput } from "../../../src/core/sheet";
import type { ExcelFake } from "../../support/excelFake";
import { renderApp, setUpFake, text } from "../renderApp";

let fake: ExcelFake | undefined;
afterEach(() => fake?.uninstall());

describe("22 standards tab", () => {
  it("lists and filters the 22 standards", async () => {
    fake = setUpFake();
    const { user } = await renderApp();
    await user.click(screen.getByRole("tab", { name: "22 standards" }));
    const table = screen.getByRole("table", { name: "Zero-carbon park standards" });
    expect(within(table).getAllByRole("row")).toHaveLength(1 + 22);
    expect(screen.getByText("Validate a sheet to compare it with the 22 standards.")).toBeTruthy();
    // The paper's Table 2: 4 local (DB) and 18 group (T/) standards.
    expect(text(screen.getByTestId("standards-verdict"))).toBe(
      "22 standards: 4 local and 18 group standards. Validate a sheet to compare it with them.",
    );
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
  });

  it("shows the last sheet's coverage", async () => {
    fake = setUpFake();
    const { user } = await renderApp();

    await user.click(screen.getByRole("tab", { name: "Checklist" }));
    await user.click(screen.getByRole("button", { name: "Validate active sheet" }));
    await screen.findByTestId("national-notice");
    await user.click(screen.getByRole("tab", { name: "22 standards" }));
    const coverage = validateSheet(sampleParkInput()).coverage!;
    expect(text(screen.getByTestId("coverage-count"))).toContain(
      `High-frequency indicators reported: ${coverage.highFrequencyPresent} of 10`,
    );
    expect(text(screen.getByTestId("standards-verdict"))).toContain(
      `The sheet reports ${coverage.highFrequencyPresent} of the 10 indicators the 22 standards use most`,
    );
    const list = screen.getByRole("list", { name: "Coverage of the last validated sheet" });
    expect(list.querySelectorAll('li[data-present="true"]')).toHaveLength(coverage.highFrequencyPresent);
    expect(
      text(within(list).getByText("Renewable energy use share", { exact: false }).closest("li")),
    ).toContain("present");
  });
});
