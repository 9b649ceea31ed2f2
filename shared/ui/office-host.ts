import { themeFromBackground, type HostTheme } from "./theme";

/** What an Office add-in page learns about where it runs. */
export type OfficeHostInfo =
  | { readonly kind: "office"; readonly host: "Word" | "Excel"; readonly theme: HostTheme }
  | { readonly kind: "standalone" };

/**
 * Waits for Office.js and tells whether the page runs inside Word/Excel or in a plain browser.
 * Office.onReady resolves with a null host outside Office; a short timeout guards against a page
 * whose Office.js never answers (blocked script, foreign iframe), so the app still starts.
 */
export async function detectOfficeHost(
  expected: "Word" | "Excel",
  timeoutMs = 3000,
): Promise<OfficeHostInfo> {
  const office = (globalThis as { Office?: typeof Office }).Office;
  if (!office?.onReady) return { kind: "standalone" };
  const timeout = new Promise<null>((resolve) => setTimeout(() => resolve(null), timeoutMs));
  const info = await Promise.race([office.onReady(), timeout]);
  const host = info?.host;
  const matches =
    (expected === "Word" && host === office.HostType.Word) ||
    (expected === "Excel" && host === office.HostType.Excel);
  if (!matches) return { kind: "standalone" };
  return {
    kind: "office",
    host: expected,
    theme: themeFromBackground(office.context?.officeTheme?.bodyBackgroundColor),
  };
}
