import { beforeEach, describe, expect, it, vi } from "vitest";
import {
  BrowserAuthError,
  BrowserAuthErrorCodes,
  InteractionRequiredAuthError,
  createNestablePublicClientApplication,
  createStandardPublicClientApplication,
  type AccountInfo,
  type AuthenticationResult,
  type IPublicClientApplication,
} from "@azure/msal-browser";
import type * as Msal from "@azure/msal-browser";
import { parsePlatformConfig } from "../config";
import { SpaserError } from "../errors";
import { createSignInService } from "./sign-in-service";

// MSAL is mocked at its public API: the two factories return a fake client whose methods the tests
// script; the error classes stay MSAL's own, so `instanceof` checks run against the real ones.
vi.mock("@azure/msal-browser", async (importOriginal) => {
  const actual = await importOriginal<typeof Msal>();
  return {
    ...actual,
    createNestablePublicClientApplication: vi.fn(),
    createStandardPublicClientApplication: vi.fn(),
  };
});

const config = parsePlatformConfig({
  VITE_SPASER_CLIENT_ID: "6f1c2b3a-1111-4222-8333-944455556666",
  VITE_SPASER_TENANT_ID: "contoso.onmicrosoft.com",
  VITE_SPASER_BASE_URL: "https://spaser.contoso.fr",
});

const alice: AccountInfo = {
  homeAccountId: "alice.home",
  localAccountId: "alice",
  environment: "login.microsoftonline.com",
  tenantId: "contoso",
  username: "alice@contoso.fr",
  name: "Alice Martin",
};

function result(token: string, account: AccountInfo | null = alice): AuthenticationResult {
  return { accessToken: token, account } as AuthenticationResult;
}

function fakeClient(cached: AccountInfo | null) {
  let active = cached;
  const client = {
    handleRedirectPromise: vi.fn(async () => null),
    getActiveAccount: vi.fn(() => active),
    getAllAccounts: vi.fn(() => (active ? [active] : [])),
    setActiveAccount: vi.fn((account: AccountInfo | null) => {
      active = account;
    }),
    acquireTokenSilent: vi.fn(async (): Promise<AuthenticationResult> => result("silent-token")),
    acquireTokenPopup: vi.fn(async (): Promise<AuthenticationResult> => result("popup-token")),
    acquireTokenRedirect: vi.fn(async () => undefined),
    clearCache: vi.fn(async () => undefined),
  };
  return client;
}
type FakeClient = ReturnType<typeof fakeClient>;

const interactionRequired = () => new InteractionRequiredAuthError("interaction_required", "corr");

let nestedClient: FakeClient;
let standardClient: FakeClient;

function useClients(nested: FakeClient, standard: FakeClient): void {
  nestedClient = nested;
  standardClient = standard;
  vi.mocked(createNestablePublicClientApplication).mockImplementation(
    async () => nestedClient as unknown as IPublicClientApplication,
  );
  vi.mocked(createStandardPublicClientApplication).mockImplementation(
    async () => standardClient as unknown as IPublicClientApplication,
  );
}

beforeEach(() => {
  vi.clearAllMocks();
  useClients(fakeClient(null), fakeClient(null));
});

describe("sign-in service: which flow", () => {
  it("uses Nested App Authentication when Word/Excel/Teams say the host supports it", async () => {
    const auth = await createSignInService({ config, nestedAppAuth: () => true });
    expect(auth.mode).toBe("nested");
    expect(createNestablePublicClientApplication).toHaveBeenCalledTimes(1);
    expect(createStandardPublicClientApplication).not.toHaveBeenCalled();
    const [msalConfig] = vi.mocked(createNestablePublicClientApplication).mock.calls[0] ?? [];
    expect(msalConfig?.auth.clientId).toBe("6f1c2b3a-1111-4222-8333-944455556666");
    expect(msalConfig?.cache?.cacheLocation).toBe("sessionStorage");
  });

  it("uses the standard popup flow in a plain browser (no NAA capability)", async () => {
    const auth = await createSignInService({ config, nestedAppAuth: false });
    expect(auth.mode).toBe("standard");
    expect(createNestablePublicClientApplication).not.toHaveBeenCalled();
    const [msalConfig] = vi.mocked(createStandardPublicClientApplication).mock.calls[0] ?? [];
    expect(msalConfig?.auth.redirectUri).toBe("https://spaser.contoso.fr/auth/redirect.html");
  });

  it("falls back to the standard flow when the host's NAA check throws or its channel fails", async () => {
    const throwing = await createSignInService({
      config,
      nestedAppAuth: () => {
        throw new Error("Office not ready");
      },
    });
    expect(throwing.mode).toBe("standard");
    vi.mocked(createNestablePublicClientApplication).mockRejectedValueOnce(new Error("no bridge"));
    const failing = await createSignInService({ config, nestedAppAuth: true });
    expect(failing.mode).toBe("standard");
  });

  it("runs signed out, without MSAL, when the build has no tenant configuration", async () => {
    const auth = await createSignInService({ config: parsePlatformConfig({}), nestedAppAuth: true });
    expect(auth.state).toBe("unconfigured");
    expect(auth.account).toBeUndefined();
    expect(createNestablePublicClientApplication).not.toHaveBeenCalled();
    expect(createStandardPublicClientApplication).not.toHaveBeenCalled();
    await expect(auth.getAccessToken()).rejects.toMatchObject({ code: "AUTH_NOT_CONFIGURED" });
    await expect(auth.signIn()).rejects.toThrow(/VITE_SPASER_CLIENT_ID/);
  });
});

describe("sign-in service: silent first, interactive only on user action", () => {
  it("returns a cached token silently, without any popup", async () => {
    useClients(fakeClient(alice), fakeClient(alice));
    const auth = await createSignInService({ config, nestedAppAuth: true });
    expect(auth.state).toBe("signedIn");
    await expect(auth.getAccessToken({ scopes: ["Sites.Selected"] })).resolves.toBe("silent-token");
    expect(nestedClient.acquireTokenSilent).toHaveBeenCalledWith({
      scopes: ["Sites.Selected"],
      account: alice,
    });
    expect(nestedClient.acquireTokenPopup).not.toHaveBeenCalled();
  });

  it("asks the NAA host silently even before any account is cached (host single sign-on)", async () => {
    const auth = await createSignInService({ config, nestedAppAuth: true });
    expect(auth.state).toBe("signedOut");
    await expect(auth.getAccessToken()).resolves.toBe("silent-token");
    expect(auth.state).toBe("signedIn");
    expect(nestedClient.acquireTokenSilent).toHaveBeenCalledWith({ scopes: ["User.Read"] });
  });

  it("does not open a popup from a background call when interaction is required", async () => {
    useClients(fakeClient(alice), fakeClient(alice));
    const auth = await createSignInService({ config, nestedAppAuth: true });
    nestedClient.acquireTokenSilent.mockRejectedValueOnce(interactionRequired());
    const error = await auth.getAccessToken().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SpaserError);
    expect(error).toMatchObject({ code: "AUTH_INTERACTION_REQUIRED" });
    expect(nestedClient.acquireTokenPopup).not.toHaveBeenCalled();
  });

  it("opens the popup when interaction is required and the user clicked « Se connecter »", async () => {
    const auth = await createSignInService({ config, nestedAppAuth: true });
    nestedClient.acquireTokenSilent.mockRejectedValueOnce(interactionRequired());
    const states: string[] = [];
    auth.onStateChanged((state) => states.push(state));
    await expect(auth.signIn()).resolves.toMatchObject({
      username: "alice@contoso.fr",
      name: "Alice Martin",
    });
    expect(nestedClient.acquireTokenPopup).toHaveBeenCalledTimes(1);
    expect(states).toEqual(["signedIn"]);
    expect(auth.account?.username).toBe("alice@contoso.fr");
  });

  it("never turns a non-interaction error (network, server) into a popup", async () => {
    useClients(fakeClient(alice), fakeClient(alice));
    const auth = await createSignInService({ config, nestedAppAuth: false });
    standardClient.acquireTokenSilent.mockRejectedValueOnce(new Error("network down"));
    await expect(auth.getAccessToken({ userAction: true })).rejects.toMatchObject({ code: "AUTH_FAILED" });
    expect(standardClient.acquireTokenPopup).not.toHaveBeenCalled();
  });

  it("in a plain browser with no cached account, asks the user to sign in instead of a silent call", async () => {
    const auth = await createSignInService({ config, nestedAppAuth: false });
    await expect(auth.getAccessToken()).rejects.toMatchObject({ code: "AUTH_INTERACTION_REQUIRED" });
    expect(standardClient.acquireTokenSilent).not.toHaveBeenCalled();
    await expect(auth.signIn()).resolves.toMatchObject({ id: "alice.home" });
    expect(standardClient.acquireTokenPopup).toHaveBeenCalledWith({ scopes: ["User.Read"] });
  });

  it("falls back to a full-page redirect when the browser blocks the popup", async () => {
    const auth = await createSignInService({ config, nestedAppAuth: false });
    standardClient.acquireTokenPopup.mockRejectedValueOnce(
      new BrowserAuthError(BrowserAuthErrorCodes.popupWindowError, "corr"),
    );
    await expect(auth.signIn()).rejects.toMatchObject({ code: "AUTH_REDIRECTING" });
    expect(standardClient.acquireTokenRedirect).toHaveBeenCalledWith({ scopes: ["User.Read"] });
  });

  it("completes a redirect sign-in when the page comes back from Microsoft's sign-in page", async () => {
    const standard = fakeClient(null);
    standard.handleRedirectPromise.mockResolvedValueOnce(result("redirect-token") as never);
    useClients(fakeClient(null), standard);
    const auth = await createSignInService({ config });
    expect(auth.state).toBe("signedIn");
    expect(standard.setActiveAccount).toHaveBeenCalledWith(alice);
  });

  it("reports a closed popup as a cancelled sign-in, in French", async () => {
    const auth = await createSignInService({ config, nestedAppAuth: false });
    standardClient.acquireTokenPopup.mockRejectedValueOnce(
      new BrowserAuthError(BrowserAuthErrorCodes.userCancelled, "corr"),
    );
    await expect(auth.signIn()).rejects.toThrow("Connexion annulée");
    expect(standardClient.acquireTokenRedirect).not.toHaveBeenCalled();
  });

  it("signs out by forgetting this tab's tokens", async () => {
    useClients(fakeClient(alice), fakeClient(alice));
    const auth = await createSignInService({ config, nestedAppAuth: true });
    await auth.signOut();
    expect(nestedClient.clearCache).toHaveBeenCalledWith({ account: alice });
    expect(auth.state).toBe("signedOut");
    expect(auth.account).toBeUndefined();
  });
});
