import { type Theme, teamsHighContrastTheme, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { officeTheme } from "../../excel";
import { chooseTheme } from "./chooseTheme";

const HIGH_CONTRAST_QUERY = "(forced-colors: active), (prefers-contrast: more)";

function prefersHighContrast(): boolean {
  return typeof window.matchMedia === "function" && window.matchMedia(HIGH_CONTRAST_QUERY).matches;
}

/** Fluent theme following Office's theme and the system's contrast settings (live). */
export function useAppTheme(): Theme {
  const [highContrast, setHighContrast] = useState(prefersHighContrast);
  useEffect(() => {
    if (typeof window.matchMedia !== "function") return undefined;
    const query = window.matchMedia(HIGH_CONTRAST_QUERY);
    const onChange = () => setHighContrast(query.matches);
    query.addEventListener("change", onChange);
    return () => query.removeEventListener("change", onChange);
  }, []);
  const choice = chooseTheme(officeTheme(), highContrast);
  return choice === "highContrast"
    ? teamsHighContrastTheme
    : choice === "dark"
      ? webDarkTheme
      : webLightTheme;
}
