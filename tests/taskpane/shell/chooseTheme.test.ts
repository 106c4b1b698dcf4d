import { chooseTheme } from "../../../src/taskpane/shell/chooseTheme";

describe("theme choice", () => {
  it("chooses high contrast, dark or light", () => {
    expect(chooseTheme(undefined, true)).toBe("highContrast");
    expect(chooseTheme({ bodyBackgroundColor: "#000000" }, false)).toBe("highContrast");
    expect(chooseTheme({ bodyBackgroundColor: "#262626" }, false)).toBe("dark");
    expect(chooseTheme({ bodyBackgroundColor: "#FFFFFF" }, false)).toBe("light");
    expect(chooseTheme(undefined, false)).toBe("light");
  });
});
