/**
 * Which Fluent theme to use: high contrast when the OS forces colours / asks for more contrast or
 * Office uses its black (high-contrast) theme; dark for Office's dark grey theme; light otherwise.
 */
export type ThemeChoice = "light" | "dark" | "highContrast";

export interface OfficeThemeColours {
  bodyBackgroundColor?: string;
  isDarkTheme?: boolean;
}

export function chooseTheme(
  office: OfficeThemeColours | undefined,
  prefersHighContrast: boolean,
): ThemeChoice {
  if (prefersHighContrast) return "highContrast";
  const luminance = relativeLuminance(office?.bodyBackgroundColor);
  if (luminance !== null && luminance < 0.005) return "highContrast";
  if (office?.isDarkTheme === true || (luminance !== null && luminance < 0.2)) return "dark";
  return "light";
}

/** WCAG relative luminance of "#RRGGBB"; null when not a colour. */
export function relativeLuminance(colour: string | undefined): number | null {
  const match = colour ? /^#?([0-9a-f]{6})$/i.exec(colour.trim()) : null;
  if (!match) return null;
  const channel = (offset: number) => {
    const c = parseInt(match[1]!.slice(offset, offset + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(0) + 0.7152 * channel(2) + 0.0722 * channel(4);
}
