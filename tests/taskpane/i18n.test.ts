import { UI_STRINGS, format, initialLanguage } from "../../src/i18n";

function leaves(value: unknown, prefix = ""): Map<string, unknown> {
  const out = new Map<string, unknown>();
  if (typeof value === "object" && value !== null) {
    for (const [key, child] of Object.entries(value))
      for (const [k, v] of leaves(child, `${prefix}${key}.`)) out.set(k, v);
  } else out.set(prefix.slice(0, -1), value);
  return out;
}

describe("UI strings", () => {
  const en = leaves(UI_STRINGS.en);
  const zh = leaves(UI_STRINGS.zh);

  it("have the same keys in both languages", () => {
    expect([...zh.keys()].sort()).toEqual([...en.keys()].sort());
    expect(en.size).toBeGreaterThan(100);
  });

  it("are non-empty strings with the same placeholders", () => {
    for (const [key, text] of en) {
      const other = zh.get(key);
      expect(typeof text).toBe("string");
      expect(typeof other).toBe("string");
      expect((text as string).trim()).not.toBe("");
      const placeholders = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
      expect({ key, p: placeholders(other as string) }).toEqual({ key, p: placeholders(text as string) });
    }
  });

  it("pick the language from the saved choice, then Office's tag", () => {
    expect(initialLanguage(undefined, "zh-CN")).toBe("zh");
    expect(initialLanguage(undefined, "zh-TW")).toBe("zh");
    expect(initialLanguage(undefined, "de-DE")).toBe("en");
    expect(initialLanguage("en", "zh-CN")).toBe("en");
    expect(format("{a} of {b}", { a: 1, b: 2 })).toBe("1 of 2");
  });
});
