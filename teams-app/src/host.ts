// The ONLY file of the Teams app that talks to Teams (STYLE.md). The views receive a `TeamsHost` and
// never import teams-js; in a plain browser they receive the standalone host, which does nothing.
import type * as TeamsJsModule from "@microsoft/teams-js";
import type { HostTheme } from "../../shared/ui";

/** Where the page runs: a tab's content, its configuration page, a meeting's side panel or stage. */
export type Surface = "content" | "settings" | "sidePanel" | "stage";

export type TeamsHostInfo =
  | {
      readonly kind: "teams";
      readonly theme: HostTheme;
      /** teams-js frameContext as Teams gave it (« content », « sidePanel », « meetingStage »…). */
      readonly frameContext: string;
      readonly surface: Surface;
      /** A hint only (PLATFORM-NOTES: context.user.id is never proof of identity). */
      readonly userName?: string;
      readonly userId?: string;
      readonly meetingId?: string;
    }
  | { readonly kind: "standalone" };

/** What a configurable tab saves: Teams opens `contentUrl` in the channel or meeting tab. */
export interface TabConfig {
  readonly contentUrl: string;
  readonly entityId: string;
  readonly suggestedDisplayName: string;
  readonly websiteUrl: string;
}

export type StageShareResult = "shared" | "not-in-meeting" | "no-permission" | "failed";

export interface TeamsHost {
  readonly info: TeamsHostInfo;
  /** Calls `handler` when the user switches the Teams theme (never in standalone). */
  onThemeChange(handler: (theme: HostTheme) => void): void;
  /** Configuration page: enables Teams' Save button and saves `build()` when pressed. */
  setConfigReady(valid: boolean, build: () => TabConfig): void;
  /** Whether this surface may share to the meeting stage (side panel or stage, with the permission). */
  canShareToStage(): Promise<boolean>;
  /** Shares `url` (same origin as the app, declared in validDomains) to everyone's meeting stage. */
  shareToStage(url: string): Promise<StageShareResult>;
}

export function toTheme(theme: string | undefined): HostTheme {
  return theme === "dark" ? "dark" : theme === "contrast" ? "contrast" : "light";
}

/** Teams' frameContext → the app's surface (« meetingStage » and « stage » are both the stage). */
export function toSurface(frameContext: string | undefined): Surface {
  switch (frameContext) {
    case "settings":
      return "settings";
    case "sidePanel":
      return "sidePanel";
    case "meetingStage":
    case "stage":
      return "stage";
    default:
      return "content";
  }
}

export const standaloneHost: TeamsHost = {
  info: { kind: "standalone" },
  onThemeChange: () => undefined,
  setConfigReady: () => undefined,
  canShareToStage: () => Promise.resolve(false),
  shareToStage: () => Promise.resolve("not-in-meeting"),
};

function isFramed(): boolean {
  return typeof window !== "undefined" && (window.parent !== window || Boolean(window.opener));
}

type TeamsJs = typeof TeamsJsModule;

/**
 * Initialises teams-js, racing it against a short timeout: outside Teams, `app.initialize` fails at
 * once in a top-level page but waits 60 s inside a foreign iframe (PLATFORM-NOTES.md).
 */
export async function detectTeamsHost(
  options: { readonly timeoutMs?: number; readonly framed?: boolean } = {},
): Promise<TeamsHost> {
  if (!(options.framed ?? isFramed())) return standaloneHost;
  // teams-js prefetches its list of valid origins from a Microsoft CDN as soon as it is imported: load
  // it only when the page is framed, so the standalone mode never reaches the internet (the CSP blocks
  // that fetch inside Teams too, and teams-js then uses the list it ships).
  const teams = await import("@microsoft/teams-js");
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<"timeout">((resolve) => {
    timer = setTimeout(() => resolve("timeout"), options.timeoutMs ?? 2500);
  });
  try {
    const outcome = await Promise.race([teams.app.initialize().then(() => "ready" as const), timeout]);
    if (outcome !== "ready") return standaloneHost;
    const context = await teams.app.getContext();
    const frameContext = context.page.frameContext ?? "content";
    const info: TeamsHostInfo = {
      kind: "teams",
      theme: toTheme(context.app.theme),
      frameContext,
      surface: toSurface(frameContext),
      ...(context.user?.displayName ? { userName: context.user.displayName } : {}),
      ...(context.user?.id ? { userId: context.user.id } : {}),
      ...(context.meeting?.id ? { meetingId: context.meeting.id } : {}),
    };
    return teamsHost(teams, info);
  } catch {
    // reason: "No Parent window found" and the like mean « not in Teams »: the standalone mode takes over.
    return standaloneHost;
  } finally {
    clearTimeout(timer);
  }
}

function teamsHost(teams: TeamsJs, info: TeamsHostInfo & { kind: "teams" }): TeamsHost {
  const stageAllowed = info.surface === "sidePanel" || info.surface === "stage";
  const capabilities = () =>
    new Promise<boolean>((resolve) => {
      teams.meeting.getAppContentStageSharingCapabilities((error, result) =>
        resolve(!error && result?.doesAppHaveSharePermission === true),
      );
    });
  return {
    info,
    onThemeChange(handler) {
      teams.app.registerOnThemeChangeHandler((theme) => handler(toTheme(theme)));
    },
    setConfigReady(valid, build) {
      if (info.surface !== "settings") return;
      teams.pages.config.registerOnSaveHandler((event) => {
        teams.pages.config
          .setConfig(build())
          .then(() => event.notifySuccess())
          .catch((error: unknown) => event.notifyFailure(String(error)));
      });
      teams.pages.config.setValidityState(valid);
    },
    async canShareToStage() {
      return stageAllowed && (await capabilities());
    },
    async shareToStage(url) {
      // Only the side panel and the stage itself may share (PLATFORM-NOTES, Stage).
      if (!stageAllowed) return "not-in-meeting";
      if (!(await capabilities())) return "no-permission";
      return new Promise<StageShareResult>((resolve) => {
        teams.meeting.shareAppContentToStage((error, result) => {
          resolve(!error && result ? "shared" : "failed");
        }, url);
      });
    },
  };
}
