// The apps' connection to the tenant, without React: what the PlatformProvider shows and what its tests
// check. One controller per page. Without a tenant configured in the build it never loads MSAL or the
// Graph client (they are imported on demand, so the standalone bundles do not carry them) and stays in
// the signed-out standalone state; with one, it calls `connectPlatform` once and follows the sign-in
// state. Sign-in is interactive only through `signIn()`, which the UI calls from a click.
import type { AuthAccount, AuthMode, AuthState, NestedAppAuthCapability } from "../../auth";
import type { PlatformConfig } from "../../config";
import { SpaserError, toSpaserError } from "../../errors";
import type { ConnectOptions, PlatformConnection } from "../../graph";
import { t } from "../../i18n";

export interface PlatformSnapshot {
  readonly config: PlatformConfig;
  /** `unconfigured` (no tenant in this build), `loading`, `signedOut`, `signedIn`. */
  readonly authState: AuthState;
  readonly mode: AuthMode;
  readonly account: AuthAccount | undefined;
  /** A sign-in or sign-out in progress (the button is disabled meanwhile). */
  readonly busy: boolean;
  /** The connection, once started (never in the unconfigured state). */
  readonly connection: PlatformConnection | undefined;
  /** The référentiel copy in use, once an app asked for it (`loadReferentiel`): the header's badge. */
  readonly referentiel: ReferentielInUseInfo | undefined;
}

/** Which copy of the référentiel is in use, and the French sentence that says it. */
export interface ReferentielInUseInfo {
  readonly source: "sharepoint" | "cache" | "embedded";
  readonly label: string;
  /** Why the published copy was not used (offline, access refused, invalid file…). */
  readonly problem?: SpaserError;
}

export interface ReferentielInUse<T> extends ReferentielInUseInfo {
  readonly data: T;
}

export type Connect = (options: ConnectOptions) => Promise<PlatformConnection>;

export interface PlatformControllerOptions {
  readonly config?: PlatformConfig;
  readonly nestedAppAuth?: NestedAppAuthCapability;
  /** Tests: a `connectPlatform` bound to a MockAuthProvider and the Graph fake. */
  readonly connect?: Connect;
}

/**
 * Whether this build names a tenant. Read without parsing (zod stays out of the standalone bundles):
 * the full configuration is parsed, with MSAL and Graph, only when there is one.
 */
function buildNamesTenant(): boolean {
  const clientId = (import.meta as { env?: Record<string, unknown> }).env?.VITE_SPASER_CLIENT_ID;
  return typeof clientId === "string" && clientId.trim() !== "";
}
const UNCONFIGURED: PlatformConfig = { signedOutOnly: true, problems: ["VITE_SPASER_CLIENT_ID absent"] };

/** The production `connect`: MSAL, Graph and the IndexedDB cache are loaded only now. */
const lazyConnect: Connect = async (options) => {
  const graph = await import("./connect-lazy");
  return graph.connectPlatform({ cache: graph.indexedDbReferentielCache(), ...options });
};

export class PlatformController {
  private snapshot: PlatformSnapshot;
  private readonly listeners = new Set<() => void>();
  private started: Promise<PlatformConnection | undefined> | undefined;
  private readonly options: PlatformControllerOptions;

  constructor(options: PlatformControllerOptions = {}) {
    this.options = options;
    const configured = options.config ? !options.config.signedOutOnly : buildNamesTenant();
    this.snapshot = {
      config: options.config ?? UNCONFIGURED,
      authState: configured ? "loading" : "unconfigured",
      mode: "none",
      account: undefined,
      busy: false,
      connection: undefined,
      referentiel: undefined,
    };
  }

  getSnapshot = (): PlatformSnapshot => this.snapshot;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /**
   * Connects once (later calls return the same promise). Never throws: a failure to start MSAL leaves
   * the app signed out on its local data. Resolves with undefined in the unconfigured state.
   */
  start(): Promise<PlatformConnection | undefined> {
    this.started ??= this.connectOnce();
    return this.started;
  }

  /** From the « Se connecter » click only. Throws the French SpaserError for a toast. */
  async signIn(): Promise<AuthAccount> {
    const connection = await this.start();
    if (!connection) throw new SpaserError("AUTH_NOT_CONFIGURED");
    this.update({ busy: true });
    try {
      return await connection.auth.signIn();
    } catch (error) {
      throw toSpaserError(error);
    } finally {
      this.refresh(connection, { busy: false });
    }
  }

  async signOut(): Promise<void> {
    const connection = await this.start();
    if (!connection) return;
    this.update({ busy: true });
    try {
      await connection.auth.signOut();
    } finally {
      this.refresh(connection, { busy: false });
    }
  }

  /**
   * The référentiel to use: the published one (SharePoint, ETag-cached) when signed in, else the last
   * cached copy, else the embedded one — never throws. Call again after a sign-in to get the published one.
   */
  async loadReferentiel<T>(embedded: T, validate: (data: unknown) => T): Promise<ReferentielInUse<T>> {
    const connection = await this.start();
    let result: ReferentielInUse<T>;
    if (!connection) {
      result = { data: embedded, source: "embedded", label: t("referentiel.source.embedded") };
    } else {
      let loaded = await connection.loadReferentiel(embedded, validate);
      // Signed out is not a failure: the copy is labelled « connectez-vous… », not « injoignable ».
      if (loaded.source !== "sharepoint" && loaded.problem?.code.startsWith("AUTH_")) {
        const { problem: _signedOut, ...rest } = loaded;
        loaded = rest;
      }
      const { describeReferentielSource } = await import("./connect-lazy");
      result = {
        data: loaded.data,
        source: loaded.source,
        label: describeReferentielSource(loaded),
        ...(loaded.source !== "sharepoint" && loaded.problem && { problem: loaded.problem }),
      };
    }
    this.update({
      referentiel: {
        source: result.source,
        label: result.label,
        ...(result.problem && { problem: result.problem }),
      },
    });
    return result;
  }

  private async connectOnce(): Promise<PlatformConnection | undefined> {
    if (this.snapshot.authState === "unconfigured") return undefined;
    try {
      const config = this.options.config ?? (await import("./connect-lazy")).platformConfig;
      this.update({ config });
      if (config.signedOutOnly) {
        this.update({ authState: "unconfigured" });
        return undefined;
      }
      const connect = this.options.connect ?? lazyConnect;
      const connection = await connect({
        config,
        ...(this.options.nestedAppAuth !== undefined && { nestedAppAuth: this.options.nestedAppAuth }),
      });
      connection.auth.onStateChanged(() => this.refresh(connection));
      this.refresh(connection);
      return connection;
    } catch {
      // reason: MSAL refusing to start (storage blocked, broken host channel) must not break the app;
      // it runs signed out on its local data, as without a tenant.
      this.update({ authState: "signedOut" });
      return undefined;
    }
  }

  private refresh(connection: PlatformConnection, extra: Partial<PlatformSnapshot> = {}): void {
    this.update({
      connection,
      authState: connection.auth.state,
      mode: connection.auth.mode,
      account: connection.auth.account,
      ...extra,
    });
  }

  private update(change: Partial<PlatformSnapshot>): void {
    this.snapshot = { ...this.snapshot, ...change };
    this.listeners.forEach((listener) => listener());
  }
}

/** The account's display name, « Non connecté », or the unconfigured notice, for the header. */
export function accountLabel(snapshot: PlatformSnapshot): string {
  if (snapshot.authState === "signedIn" && snapshot.account) {
    return snapshot.account.name ?? snapshot.account.username;
  }
  return t("auth.signedOut");
}
