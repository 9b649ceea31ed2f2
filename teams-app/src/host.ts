// The ONLY file of the Teams app that talks to Teams (STYLE.md).
import type { HostTheme } from "../../shared/ui";

export type TeamsHostInfo =
  | {
      readonly kind: "teams";
      readonly theme: HostTheme;
      readonly frameContext: string;
      readonly userName?: string;
      readonly meetingId?: string;
    }
  | { readonly kind: "standalone" };

function toTheme(theme: string | undefined): HostTheme {
  return theme === "dark" ? "dark" : theme === "contrast" ? "contrast" : "light";
}

/**
 * Initialises teams-js, racing it against a short timeout: outside Teams, `app.initialize` fails at
 * once in a top-level page but waits 60 s inside a foreign iframe (PLATFORM-NOTES.md).
 */
export async function detectTeamsHost(timeoutMs = 2500): Promise<TeamsHostInfo> {
  if (window.parent === window && !window.opener) return { kind: "standalone" };
  // teams-js prefetches its list of valid origins from a Microsoft CDN as soon as it is imported: load
  // it only when the page is framed, so the standalone mode never reaches the internet (the CSP blocks
  // that fetch inside Teams too, and teams-js then uses the list it ships).
  const { app } = await import("@microsoft/teams-js");
  const timeout = new Promise<"timeout">((resolve) => setTimeout(() => resolve("timeout"), timeoutMs));
  try {
    const outcome = await Promise.race([app.initialize().then(() => "ready" as const), timeout]);
    if (outcome !== "ready") return { kind: "standalone" };
    const context = await app.getContext();
    return {
      kind: "teams",
      theme: toTheme(context.app.theme),
      frameContext: context.page.frameContext ?? "content",
      userName: context.user?.displayName,
      meetingId: context.meeting?.id,
    };
  } catch {
    // "No Parent window found" and the like: not in Teams, the standalone mode takes over.
    return { kind: "standalone" };
  }
}
