// The one call an app makes at start-up: configuration → sign-in service → Graph client bound to the
// configured SharePoint site → référentiel loader. Apps pass only what they know of their host
// (NAA capability) and their data (embedded référentiel, validator, cache).
import { createSignInService, SCOPES, type AuthProvider, type NestedAppAuthCapability } from "../auth";
import { platformConfig, type PlatformConfig, type TenantConfig } from "../config";
import { createGraphClient, type FetchLike, type GraphClient } from "./http";
import { resolveSiteId } from "./lists";
import {
  loadReferentielSource,
  memoryReferentielCache,
  publishReferentiel,
  type PublishResult,
  type ReferentielCacheStore,
  type ReferentielSource,
} from "./referentiel-store";
import { SpaserError } from "../errors";

export interface SharePointConnection {
  readonly client: GraphClient;
  /** Graph id of the configured site, resolved once (then memoised). */
  siteId(): Promise<string>;
  readonly referentielPath: string;
}

export interface PlatformConnection {
  readonly config: PlatformConfig;
  readonly auth: AuthProvider;
  /** Absent without a tenant or without a configured site. */
  readonly sharePoint: SharePointConnection | undefined;
  /** SharePoint → cached copy → embedded; never throws. */
  loadReferentiel<T>(embedded: T, validate: (data: unknown) => T): Promise<ReferentielSource<T>>;
  /** Publishes to the configured library; throws SHAREPOINT_NOT_CONFIGURED or Graph errors. */
  publishReferentiel<T>(data: T, validate: (data: unknown) => T): Promise<PublishResult>;
}

export interface ConnectOptions {
  readonly nestedAppAuth?: NestedAppAuthCapability;
  /** Default: the build's configuration (`import.meta.env`). */
  readonly config?: PlatformConfig;
  /** Default: `indexedDbReferentielCache()` in the apps; memory if omitted. */
  readonly cache?: ReferentielCacheStore;
  /** Tests: a ready provider instead of MSAL, and the Graph fake. */
  readonly auth?: AuthProvider;
  readonly graph?: { readonly baseUrl?: string; readonly fetch?: FetchLike };
  readonly now?: () => Date;
}

export async function connectPlatform(options: ConnectOptions = {}): Promise<PlatformConnection> {
  const config = options.config ?? platformConfig;
  const auth = options.auth ?? (await createSignInService({ config, nestedAppAuth: options.nestedAppAuth }));
  const cache = options.cache ?? memoryReferentielCache();
  const now = options.now ?? (() => new Date());
  const sharePoint = config.signedOutOnly ? undefined : sharePointConnection(config, auth, options.graph);

  return {
    config,
    auth,
    sharePoint,
    async loadReferentiel(embedded, validate) {
      let remote: { client: GraphClient; siteId: string; path: string } | undefined;
      if (sharePoint) {
        try {
          remote = {
            client: sharePoint.client,
            siteId: await sharePoint.siteId(),
            path: sharePoint.referentielPath,
          };
        } catch (error) {
          // Offline or signed out: the loader still serves the cached or embedded copy, with the reason.
          const result = await loadReferentielSource({ cache, embedded, validate, now });
          const problem =
            error instanceof SpaserError ? error : new SpaserError("UNKNOWN", { detail: String(error) });
          return result.source === "sharepoint" ? result : { ...result, problem };
        }
      }
      return loadReferentielSource({ ...(remote && { remote }), cache, embedded, validate, now });
    },
    async publishReferentiel(data, validate) {
      if (!sharePoint) throw new SpaserError("SHAREPOINT_NOT_CONFIGURED");
      return publishReferentiel(sharePoint.client, await sharePoint.siteId(), data, {
        path: sharePoint.referentielPath,
        validate,
      });
    },
  };
}

function sharePointConnection(
  config: TenantConfig,
  auth: AuthProvider,
  graph: ConnectOptions["graph"],
): SharePointConnection | undefined {
  const site = config.sharePoint;
  if (!site) return undefined;
  const client = createGraphClient({
    auth,
    scopes: SCOPES.sharePoint,
    ...(graph?.baseUrl && { baseUrl: graph.baseUrl }),
    ...(graph?.fetch && { fetch: graph.fetch }),
  });
  let siteId: Promise<string> | undefined;
  return {
    client,
    siteId() {
      siteId ??= resolveSiteId(client, site.hostname, site.path).catch((error: unknown) => {
        siteId = undefined; // a failed resolution (offline) is retried next time
        throw error;
      });
      return siteId;
    },
    referentielPath: site.referentielPath,
  };
}
