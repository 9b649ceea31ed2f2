// One sign-in service for the three apps. Inside Word, Excel and Teams hosts that support Nested App
// Authentication the host brokers the token (no popup of ours, single sign-on with the Office/Teams
// account); elsewhere a standard MSAL public client signs in with a popup, or a full-page redirect
// when the browser blocks the popup. Silent first; interactive only on InteractionRequiredAuthError and
// only from a user action (STYLE.md: never open a login popup on *any* error).
import {
  BrowserAuthError,
  BrowserAuthErrorCodes,
  InteractionRequiredAuthError,
  createNestablePublicClientApplication,
  createStandardPublicClientApplication,
  type AccountInfo,
  type AuthenticationResult,
  type Configuration,
  type IPublicClientApplication,
} from "@azure/msal-browser";
import type { PlatformConfig, TenantConfig } from "../config";
import { SpaserError } from "../errors";
import type { AuthAccount, AuthMode, AuthProvider, AuthState, TokenRequest } from "./provider";
import { SCOPES } from "./scopes";

/**
 * Whether the host offers Nested App Authentication, decided by the app's host adapter:
 * Office `Office.context.requirements.isSetSupported("NestedAppAuth", "1.1")`, Teams
 * `nestedAppAuth.isNAAChannelRecommended()` (after `app.initialize()`). Shared code imports neither SDK.
 */
export type NestedAppAuthCapability = boolean | (() => boolean | Promise<boolean>);

export interface SignInServiceOptions {
  readonly config: PlatformConfig;
  readonly nestedAppAuth?: NestedAppAuthCapability;
  /** Scopes asked at sign-in (default `User.Read`); Graph calls ask their own. */
  readonly scopes?: readonly string[];
  /** Standard flow only: the MSAL v5 redirect-bridge page (default `{baseUrl}/auth/redirect.html`). */
  readonly redirectUri?: string;
}

/** The path of the MSAL redirect-bridge page, to register as SPA redirect URI in Entra ID. */
export const REDIRECT_BRIDGE_PATH = "/auth/redirect.html";

/**
 * Builds the sign-in service. Never throws: without configuration it returns a provider in state
 * `unconfigured` (standalone mode), and a host whose NAA channel fails falls back to the standard flow.
 */
export async function createSignInService(options: SignInServiceOptions): Promise<AuthProvider> {
  const { config } = options;
  if (config.signedOutOnly) return new UnconfiguredAuthProvider();
  const nested = await supportsNested(options.nestedAppAuth);
  const msalConfig = msalConfiguration(config, options.redirectUri);
  if (nested) {
    try {
      const pca = await createNestablePublicClientApplication(msalConfig);
      return await MsalAuthProvider.start(pca, "nested", options.scopes);
    } catch {
      // reason: a host announcing NAA but failing to open its channel still gets the standard flow.
    }
  }
  const pca = await createStandardPublicClientApplication(msalConfig);
  return MsalAuthProvider.start(pca, "standard", options.scopes);
}

async function supportsNested(capability: NestedAppAuthCapability | undefined): Promise<boolean> {
  if (typeof capability === "function") {
    try {
      return await capability();
    } catch {
      return false; // reason: a host check that throws means the capability is not there.
    }
  }
  return capability ?? false;
}

function msalConfiguration(config: TenantConfig, redirectUri: string | undefined): Configuration {
  return {
    auth: {
      clientId: config.clientId,
      authority: config.authority,
      redirectUri: redirectUri ?? `${config.baseUrl}${REDIRECT_BRIDGE_PATH}`,
    },
    // Tokens live for the tab's session only; our code never writes them to localStorage.
    cache: { cacheLocation: "sessionStorage" },
  };
}

class UnconfiguredAuthProvider implements AuthProvider {
  readonly mode: AuthMode = "none";
  readonly state: AuthState = "unconfigured";
  readonly account = undefined;
  async getAccessToken(): Promise<string> {
    throw new SpaserError("AUTH_NOT_CONFIGURED");
  }
  async signIn(): Promise<AuthAccount> {
    throw new SpaserError("AUTH_NOT_CONFIGURED");
  }
  async signOut(): Promise<void> {}
  onStateChanged(): () => void {
    return () => undefined;
  }
}

class MsalAuthProvider implements AuthProvider {
  state: AuthState = "loading";
  private readonly listeners = new Set<(state: AuthState) => void>();

  private constructor(
    private readonly pca: IPublicClientApplication,
    readonly mode: "nested" | "standard",
    private readonly signInScopes: readonly string[],
  ) {}

  static async start(
    pca: IPublicClientApplication,
    mode: "nested" | "standard",
    scopes: readonly string[] = SCOPES.signIn,
  ): Promise<MsalAuthProvider> {
    const provider = new MsalAuthProvider(pca, mode, scopes);
    if (mode === "standard") {
      // Completes a redirect sign-in started by the popup-blocked fallback.
      const result = await pca.handleRedirectPromise().catch(() => null);
      if (result?.account) pca.setActiveAccount(result.account);
    }
    provider.setState(provider.msalAccount() ? "signedIn" : "signedOut");
    return provider;
  }

  get account(): AuthAccount | undefined {
    const account = this.msalAccount();
    return account ? toAuthAccount(account) : undefined;
  }

  async getAccessToken(request: TokenRequest = {}): Promise<string> {
    const scopes = [...(request.scopes ?? this.signInScopes)];
    const result = await this.acquire(scopes, request.userAction ?? false);
    return result.accessToken;
  }

  async signIn(): Promise<AuthAccount> {
    const result = await this.acquire([...this.signInScopes], true);
    const account = result.account ?? this.msalAccount();
    if (!account) throw new SpaserError("AUTH_FAILED", { detail: "aucun compte renvoyé" });
    return toAuthAccount(account);
  }

  async signOut(): Promise<void> {
    const account = this.msalAccount();
    // Forget the tokens of this tab; the Microsoft session itself stays (other apps use it).
    await this.pca.clearCache(account ? { account } : undefined);
    this.pca.setActiveAccount(null);
    this.setState("signedOut");
  }

  onStateChanged(listener: (state: AuthState) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private async acquire(scopes: string[], userAction: boolean): Promise<AuthenticationResult> {
    const account = this.msalAccount();
    try {
      // In NAA the host knows the user: a silent request without an account is answered by the host.
      if (!account && this.mode === "standard") {
        throw new InteractionRequiredAuthError("no_account", "", "aucun compte en cache");
      }
      return this.remember(await this.pca.acquireTokenSilent({ scopes, ...(account && { account }) }));
    } catch (error) {
      if (!(error instanceof InteractionRequiredAuthError)) throw authError(error);
      if (!userAction) {
        if (!account) this.setState("signedOut");
        throw new SpaserError("AUTH_INTERACTION_REQUIRED", {}, { cause: error });
      }
      return this.remember(await this.interactive(scopes, account));
    }
  }

  private async interactive(scopes: string[], account: AccountInfo | null): Promise<AuthenticationResult> {
    const request = { scopes, ...(account && { account }) };
    try {
      return await this.pca.acquireTokenPopup(request);
    } catch (error) {
      const blocked =
        error instanceof BrowserAuthError &&
        (error.errorCode === BrowserAuthErrorCodes.popupWindowError ||
          error.errorCode === BrowserAuthErrorCodes.emptyWindowError);
      // NAA popups belong to the host; only the page's own flow can fall back to a full-page redirect.
      if (!blocked || this.mode === "nested") throw authError(error);
      await this.pca.acquireTokenRedirect(request);
      throw new SpaserError("AUTH_REDIRECTING");
    }
  }

  private remember(result: AuthenticationResult): AuthenticationResult {
    if (result.account) this.pca.setActiveAccount(result.account);
    this.setState("signedIn");
    return result;
  }

  private msalAccount(): AccountInfo | null {
    return this.pca.getActiveAccount() ?? this.pca.getAllAccounts()[0] ?? null;
  }

  private setState(state: AuthState): void {
    if (state === this.state) return;
    this.state = state;
    this.listeners.forEach((listener) => listener(state));
  }
}

function toAuthAccount(account: AccountInfo): AuthAccount {
  return {
    id: account.homeAccountId,
    username: account.username,
    tenantId: account.tenantId,
    ...(account.name !== undefined && { name: account.name }),
  };
}

function authError(error: unknown): SpaserError {
  if (error instanceof SpaserError) return error;
  if (error instanceof BrowserAuthError && error.errorCode === BrowserAuthErrorCodes.userCancelled) {
    return new SpaserError("AUTH_CANCELLED", {}, { cause: error });
  }
  const detail = error instanceof Error ? error.message : String(error);
  return new SpaserError("AUTH_FAILED", { detail }, { cause: error });
}
