// The published référentiel: one JSON file in the site's default document library, by default
// `Documents partagés/Référentiel SPASER/referentiel.json` (VITE_SPASER_REFERENTIEL_PATH). Publishing
// uploads it; the apps load it with an ETag so an unchanged file costs a 304, and when SharePoint cannot
// be reached they use the last copy they cached, then the référentiel embedded in the build — and say
// which (`source`). The loader is independent of the référentiel format: the caller passes `validate`.
import { SpaserError, toSpaserError } from "../errors";
import { GraphError } from "./graph-error";
import type { GraphClient } from "./http";

export const DEFAULT_REFERENTIEL_PATH = "Référentiel SPASER/referentiel.json";
/** Graph's simple upload (`PUT …/content`) takes files up to 250 MB; a référentiel is far below. */
const SIMPLE_UPLOAD_LIMIT = 250 * 1024 * 1024;

export interface CachedReferentiel {
  /** The raw published JSON (validated again on use: the cache is not trusted blindly). */
  readonly data: unknown;
  readonly etag?: string;
  /** ISO date-time at which SharePoint last sent or confirmed (304) this copy. */
  readonly fetchedAt: string;
}

/** Where the last published copy is kept: IndexedDB in the apps, memory in tests. */
export interface ReferentielCacheStore {
  get(): Promise<CachedReferentiel | undefined>;
  put(entry: CachedReferentiel): Promise<void>;
}

export type ReferentielSource<T> =
  | { readonly source: "sharepoint"; readonly data: T; readonly etag?: string; readonly fetchedAt: string }
  | {
      readonly source: "cache";
      readonly data: T;
      readonly etag?: string;
      readonly fetchedAt: string;
      /** Why SharePoint was not used (offline, 403, invalid file…); absent when signed out. */
      readonly problem?: SpaserError;
    }
  | { readonly source: "embedded"; readonly data: T; readonly problem?: SpaserError };

export interface LoadReferentielOptions<T> {
  /** Absent (signed out, no site configured): straight to cache, then embedded. */
  readonly remote?: { readonly client: GraphClient; readonly siteId: string; readonly path?: string };
  readonly cache: ReferentielCacheStore;
  readonly embedded: T;
  /** Parses and checks a published référentiel; throws (SpaserError ideally) when invalid. */
  readonly validate: (data: unknown) => T;
  readonly now: () => Date;
}

function contentPath(siteId: string, path: string): string {
  const encoded = path
    .replace(/^\/+/, "")
    .split("/")
    .map((segment) => encodeURIComponent(segment))
    .join("/");
  return `/sites/${encodeURIComponent(siteId)}/drive/root:/${encoded}:/content`;
}

/**
 * Fallback order: SharePoint (200, or 304 → the cached copy, confirmed fresh) → last cached copy →
 * embedded. Never throws: the worst case is the embedded référentiel with the reason attached.
 */
export async function loadReferentielSource<T>(
  options: LoadReferentielOptions<T>,
): Promise<ReferentielSource<T>> {
  const cached = await options.cache.get().catch(() => undefined);
  let problem: SpaserError | undefined;
  if (options.remote) {
    const { client, siteId } = options.remote;
    const path = options.remote.path ?? DEFAULT_REFERENTIEL_PATH;
    try {
      const response = await client.send<unknown>({
        path: contentPath(siteId, path),
        ...(cached?.etag && { headers: { "If-None-Match": cached.etag } }),
      });
      const fetchedAt = options.now().toISOString();
      if (response.status === 304 && cached) {
        const data = options.validate(cached.data);
        await options.cache.put({ ...cached, fetchedAt }).catch(() => undefined);
        return { source: "sharepoint", data, fetchedAt, ...(cached.etag && { etag: cached.etag }) };
      }
      const raw = typeof response.body === "string" ? parseJson(response.body, path) : response.body;
      const data = validateRemote(options.validate, raw, path);
      const etag = response.headers.get("ETag") ?? undefined;
      await options.cache.put({ data: raw, fetchedAt, ...(etag && { etag }) }).catch(() => undefined);
      return { source: "sharepoint", data, fetchedAt, ...(etag && { etag }) };
    } catch (error) {
      problem = toSpaserError(error);
    }
  }
  if (cached) {
    try {
      const data = options.validate(cached.data);
      return {
        source: "cache",
        data,
        fetchedAt: cached.fetchedAt,
        ...(problem && { problem }),
        ...(cached.etag && { etag: cached.etag }),
      };
    } catch (error) {
      problem ??= toSpaserError(error);
    }
  }
  return { source: "embedded", data: options.embedded, ...(problem && { problem }) };
}

export interface PublishResult {
  readonly etag?: string;
  readonly webUrl?: string;
}

/**
 * Uploads the référentiel (`PUT …/root:/{path}:/content`), creating the folder if needed. `validate`
 * runs first: an invalid référentiel is never published.
 */
export async function publishReferentiel<T>(
  client: GraphClient,
  siteId: string,
  data: T,
  options: { readonly path?: string; readonly validate: (data: unknown) => T },
): Promise<PublishResult> {
  const path = options.path ?? DEFAULT_REFERENTIEL_PATH;
  validateRemote(options.validate, data, path);
  const json = JSON.stringify(data, null, 2);
  const bytes = new TextEncoder().encode(json);
  if (bytes.byteLength > SIMPLE_UPLOAD_LIMIT) {
    throw new SpaserError("REFERENTIEL_REMOTE_INVALID", { path, detail: "fichier trop volumineux" });
  }
  const response = await client.send<{ eTag?: string; webUrl?: string }>({
    method: "PUT",
    path: contentPath(siteId, path),
    headers: { "Content-Type": "application/json" },
    body: json,
  });
  return {
    ...(response.body?.eTag && { etag: response.body.eTag }),
    ...(response.body?.webUrl && { webUrl: response.body.webUrl }),
  };
}

function parseJson(text: string, path: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new SpaserError("REFERENTIEL_REMOTE_INVALID", { path, detail: "JSON illisible" }, { cause: error });
  }
}

function validateRemote<T>(validate: (data: unknown) => T, data: unknown, path: string): T {
  try {
    return validate(data);
  } catch (error) {
    if (error instanceof GraphError) throw error;
    const detail = error instanceof Error ? error.message : String(error);
    throw new SpaserError("REFERENTIEL_REMOTE_INVALID", { path, detail }, { cause: error });
  }
}

/** A cache store in memory: tests, and the CLI. */
export function memoryReferentielCache(initial?: CachedReferentiel): ReferentielCacheStore & {
  readonly entry: () => CachedReferentiel | undefined;
} {
  let entry = initial;
  return {
    get: async () => entry,
    put: async (next) => {
      entry = next;
    },
    entry: () => entry,
  };
}
