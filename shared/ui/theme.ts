import {
  teamsDarkTheme,
  teamsHighContrastTheme,
  teamsLightTheme,
  webDarkTheme,
  webLightTheme,
  type Theme,
} from "@fluentui/react-components";

/** The host's theme, as the app's host adapter reports it (Office theme or Teams theme). */
export type HostTheme = "light" | "dark" | "contrast";
export type HostFamily = "office" | "teams" | "browser";

/** Teams tabs use the Teams palette (as Teams asks); add-ins and the browser use the web palette. */
export function fluentTheme(theme: HostTheme, family: HostFamily): Theme {
  if (family === "teams") {
    return theme === "dark"
      ? teamsDarkTheme
      : theme === "contrast"
        ? teamsHighContrastTheme
        : teamsLightTheme;
  }
  return theme === "dark" ? webDarkTheme : webLightTheme;
}

/** Office reports its theme as colours: a dark body background means a dark theme. */
export function themeFromBackground(color: string | undefined): HostTheme {
  const match = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color ?? "");
  if (!match) return "light";
  const [r, g, b] = match.slice(1).map((hex) => parseInt(hex, 16)) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 128 ? "dark" : "light";
}
