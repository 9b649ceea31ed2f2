// The sign-in service's contract, after Microsoft Graph Toolkit's `IProvider`: the Graph client only
// needs `getAccessToken({ scopes })`; the UI reads `state` and `account` and calls `signIn`/`signOut`
// from a button. A `MockAuthProvider` stands in for it in tests and in standalone mode.

export type AuthState =
  /** No tenant configured in this build: standalone, embedded data only. */
  | "unconfigured"
  /** Configured, not known yet (MSAL starting, redirect being processed). */
  | "loading"
  | "signedOut"
  | "signedIn";

/** How tokens are obtained: through the Office/Teams host (NAA) or by MSAL in the page. */
export type AuthMode = "nested" | "standard" | "none";

export interface AuthAccount {
  readonly id: string;
  readonly username: string;
  readonly name?: string;
  readonly tenantId: string;
}

export interface TokenRequest {
  readonly scopes?: readonly string[];
  /**
   * True only when called from a user gesture (a click): then, and only then, a required interaction
   * (consent, MFA, expired session) opens the sign-in popup. Background calls never open a popup.
   */
  readonly userAction?: boolean;
}

export interface AuthProvider {
  readonly mode: AuthMode;
  readonly state: AuthState;
  readonly account: AuthAccount | undefined;
  /** A token for Graph; silent unless `userAction`; throws `SpaserError` AUTH_* codes. */
  getAccessToken(request?: TokenRequest): Promise<string>;
  /** From a "Se connecter" click: silent first, interactive when the identity platform requires it. */
  signIn(): Promise<AuthAccount>;
  signOut(): Promise<void>;
  /** Calls `listener` on every state change; returns the unsubscribe function. */
  onStateChanged(listener: (state: AuthState) => void): () => void;
}

/** A provider that hands out a fixed token: tests, demos, and the Graph fake. */
export class MockAuthProvider implements AuthProvider {
  readonly mode: AuthMode = "none";
  state: AuthState;
  account: AuthAccount | undefined;
  readonly requests: TokenRequest[] = [];
  private readonly listeners = new Set<(state: AuthState) => void>();

  constructor(
    private readonly token = "mock-token",
    account: AuthAccount = {
      id: "mock",
      username: "acheteur@collectivite.fr",
      name: "Acheteur",
      tenantId: "mock",
    },
  ) {
    this.account = account;
    this.state = "signedIn";
  }

  async getAccessToken(request: TokenRequest = {}): Promise<string> {
    this.requests.push(request);
    return this.token;
  }

  async signIn(): Promise<AuthAccount> {
    this.state = "signedIn";
    this.listeners.forEach((listener) => listener(this.state));
    return this.account ?? { id: "mock", username: "mock", tenantId: "mock" };
  }

  async signOut(): Promise<void> {
    this.state = "signedOut";
    this.listeners.forEach((listener) => listener(this.state));
  }

  onStateChanged(listener: (state: AuthState) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
