import type { TeamsHostInfo } from "../host";

export type View = "content" | "sidePanel" | "stage" | "config";
export type Tab = "seances" | "actions" | "indicateurs";

export interface Nav {
  readonly tab: Tab;
  readonly sessionId?: string;
  /** A dossier id, or « new » for the creation form. */
  readonly dossierId?: string;
}

/**
 * The surface to show: the Teams frame context when in Teams, else the `?view=` flag (Microsoft's
 * samples do the same so every surface runs in a plain browser).
 */
export function viewOf(search: string, info: TeamsHostInfo, forced?: View): View {
  if (forced) return forced;
  if (info.kind === "teams") {
    return info.surface === "settings" ? "config" : info.surface;
  }
  const flag = new URLSearchParams(search).get("view");
  return flag === "sidePanel" || flag === "stage" || flag === "config" ? flag : "content";
}

export function stageUrl(base: string, sessionId: string, dossierId?: string): string {
  const url = new URL(base);
  url.search = "";
  url.hash = "";
  url.searchParams.set("view", "stage");
  url.searchParams.set("session", sessionId);
  if (dossierId) url.searchParams.set("dossier", dossierId);
  return url.toString();
}

export const newId = (): string => globalThis.crypto.randomUUID();

/** Today in the user's time zone, as YYYY-MM-DD (the UI reads the clock; the core never does). */
export function todayIso(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
