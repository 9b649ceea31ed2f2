import { beforeEach, describe, expect, it, vi } from "vitest";

// teams-js replaced by a fake: each test sets what Teams answers.
const teams = vi.hoisted(() => ({
  initialize: vi.fn<() => Promise<void>>(),
  getContext: vi.fn<() => Promise<unknown>>(),
  registerOnThemeChangeHandler: vi.fn<(handler: (theme: string) => void) => void>(),
  setValidityState: vi.fn<(valid: boolean) => void>(),
  registerOnSaveHandler:
    vi.fn<
      (
        handler: (event: { notifySuccess: () => void; notifyFailure: (reason?: string) => void }) => void,
      ) => void
    >(),
  setConfig: vi.fn<(config: unknown) => Promise<void>>(),
  getAppContentStageSharingCapabilities:
    vi.fn<
      (callback: (error: unknown, result: { doesAppHaveSharePermission: boolean } | null) => void) => void
    >(),
  shareAppContentToStage:
    vi.fn<(callback: (error: unknown, result: boolean | null) => void, url: string) => void>(),
}));

vi.mock("@microsoft/teams-js", () => ({
  app: {
    initialize: teams.initialize,
    getContext: teams.getContext,
    registerOnThemeChangeHandler: teams.registerOnThemeChangeHandler,
  },
  pages: {
    config: {
      setValidityState: teams.setValidityState,
      registerOnSaveHandler: teams.registerOnSaveHandler,
      setConfig: teams.setConfig,
    },
  },
  meeting: {
    getAppContentStageSharingCapabilities: teams.getAppContentStageSharingCapabilities,
    shareAppContentToStage: teams.shareAppContentToStage,
  },
}));

import { detectTeamsHost, toSurface } from "./host";

function context(frameContext: string, extra: Record<string, unknown> = {}) {
  return {
    app: { theme: "dark" },
    page: { frameContext },
    user: { id: "u-1", displayName: "Claire Martin" },
    meeting: { id: "meeting-42" },
    ...extra,
  };
}

beforeEach(() => {
  vi.clearAllMocks();
  teams.initialize.mockResolvedValue(undefined);
  teams.setConfig.mockResolvedValue(undefined);
  teams.getAppContentStageSharingCapabilities.mockImplementation((callback) =>
    callback(null, { doesAppHaveSharePermission: true }),
  );
  teams.shareAppContentToStage.mockImplementation((callback) => callback(null, true));
});

describe("Teams host adapter", () => {
  it("stays standalone in a top-level page without loading Teams", async () => {
    const host = await detectTeamsHost({ framed: false });
    expect(host.info.kind).toBe("standalone");
    expect(teams.initialize).not.toHaveBeenCalled();
  });

  it("falls back to standalone when Teams does not answer within the timeout (foreign iframe)", async () => {
    teams.initialize.mockReturnValue(new Promise<void>(() => undefined));
    const host = await detectTeamsHost({ framed: true, timeoutMs: 10 });
    expect(host.info.kind).toBe("standalone");
  });

  it("falls back to standalone when initialisation fails (no parent window)", async () => {
    teams.initialize.mockRejectedValue(new Error("No Parent window found"));
    const host = await detectTeamsHost({ framed: true });
    expect(host.info.kind).toBe("standalone");
  });

  it("reads the user, the meeting, the theme and the surface from the Teams context", async () => {
    teams.getContext.mockResolvedValue(context("sidePanel"));
    const host = await detectTeamsHost({ framed: true });
    expect(host.info).toEqual({
      kind: "teams",
      theme: "dark",
      frameContext: "sidePanel",
      surface: "sidePanel",
      userName: "Claire Martin",
      userId: "u-1",
      meetingId: "meeting-42",
    });
  });

  it.each([
    ["content", "content"],
    ["settings", "settings"],
    ["sidePanel", "sidePanel"],
    ["meetingStage", "stage"],
    ["stage", "stage"],
    [undefined, "content"],
  ])("maps frameContext %s to the %s view", (frame, surface) => {
    expect(toSurface(frame)).toBe(surface);
  });

  it("follows the Teams theme when the user switches it", async () => {
    teams.getContext.mockResolvedValue(context("content"));
    const host = await detectTeamsHost({ framed: true });
    const seen: string[] = [];
    host.onThemeChange((theme) => seen.push(theme));
    const handler = teams.registerOnThemeChangeHandler.mock.calls[0]?.[0];
    handler?.("contrast");
    handler?.("default");
    expect(seen).toEqual(["contrast", "light"]);
  });

  it("saves the tab configuration when Teams' Save button is pressed", async () => {
    teams.getContext.mockResolvedValue(context("settings"));
    const host = await detectTeamsHost({ framed: true });
    const config = {
      contentUrl: "https://app.example/teams-app/index.html?policy=national",
      entityId: "spaser-comites-national",
      suggestedDisplayName: "Comités achats",
      websiteUrl: "https://app.example/teams-app/index.html",
    };
    host.setConfigReady(true, () => config);
    expect(teams.setValidityState).toHaveBeenCalledWith(true);
    const notifySuccess = vi.fn();
    teams.registerOnSaveHandler.mock.calls[0]?.[0]({ notifySuccess, notifyFailure: vi.fn() });
    await vi.waitFor(() => expect(notifySuccess).toHaveBeenCalled());
    expect(teams.setConfig).toHaveBeenCalledWith(config);
  });

  it("reports a failed configuration save to Teams instead of claiming success", async () => {
    teams.getContext.mockResolvedValue(context("settings"));
    teams.setConfig.mockRejectedValue(new Error("refused"));
    const host = await detectTeamsHost({ framed: true });
    host.setConfigReady(true, () => ({
      contentUrl: "u",
      entityId: "e",
      suggestedDisplayName: "s",
      websiteUrl: "w",
    }));
    const notifyFailure = vi.fn();
    teams.registerOnSaveHandler.mock.calls[0]?.[0]({ notifySuccess: vi.fn(), notifyFailure });
    await vi.waitFor(() => expect(notifyFailure).toHaveBeenCalled());
  });

  it("does not register a save handler outside the configuration page", async () => {
    teams.getContext.mockResolvedValue(context("content"));
    const host = await detectTeamsHost({ framed: true });
    host.setConfigReady(true, () => ({
      contentUrl: "u",
      entityId: "e",
      suggestedDisplayName: "s",
      websiteUrl: "w",
    }));
    expect(teams.registerOnSaveHandler).not.toHaveBeenCalled();
  });

  it("shares to the meeting stage from the side panel when the app has the permission", async () => {
    teams.getContext.mockResolvedValue(context("sidePanel"));
    const host = await detectTeamsHost({ framed: true });
    await expect(host.canShareToStage()).resolves.toBe(true);
    await expect(host.shareToStage("https://app.example/teams-app/index.html?view=stage")).resolves.toBe(
      "shared",
    );
    expect(teams.shareAppContentToStage.mock.calls[0]?.[1]).toBe(
      "https://app.example/teams-app/index.html?view=stage",
    );
  });

  it("refuses to share from a channel tab (stage sharing works only in a meeting)", async () => {
    teams.getContext.mockResolvedValue(context("content"));
    const host = await detectTeamsHost({ framed: true });
    await expect(host.canShareToStage()).resolves.toBe(false);
    await expect(host.shareToStage("https://x")).resolves.toBe("not-in-meeting");
    expect(teams.shareAppContentToStage).not.toHaveBeenCalled();
  });

  it("says so when the user may not share (attendee, or meetingStage not declared)", async () => {
    teams.getContext.mockResolvedValue(context("sidePanel"));
    teams.getAppContentStageSharingCapabilities.mockImplementation((callback) =>
      callback(null, { doesAppHaveSharePermission: false }),
    );
    const host = await detectTeamsHost({ framed: true });
    await expect(host.shareToStage("https://x")).resolves.toBe("no-permission");
  });

  it("reports a share refused by Teams", async () => {
    teams.getContext.mockResolvedValue(context("meetingStage"));
    teams.shareAppContentToStage.mockImplementation((callback) => callback({ errorCode: 500 }, null));
    const host = await detectTeamsHost({ framed: true });
    await expect(host.shareToStage("https://x")).resolves.toBe("failed");
  });
});
