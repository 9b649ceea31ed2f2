// A thin typed client over `fetch` for Microsoft Graph v1.0. Why not @microsoft/microsoft-graph-client:
// its RetryHandler sleeps with its own timer (no injected clock, so a test of a 30-second Retry-After
// would take 30 seconds), it caps waits on its own terms, it turns 304 into an error path we would
// have to undo for ETag caching, and it costs bundle size on three pages. What it gave us is small:
// a bearer token, JSON, and retries, which this file does in one place with every wait injected.
import { GraphError, codeForStatus } from "./graph-error";

export const GRAPH_V1 = "https://graph.microsoft.com/v1.0";

/** Anything that hands out a Graph token (shared/auth's `AuthProvider` does). */
export interface TokenSource {
  getAccessToken(request?: { scopes?: readonly string[] }): Promise<string>;
}

export type FetchLike = (input: string, init?: RequestInit) => Promise<Response>;

export interface GraphClientOptions {
  readonly auth: TokenSource;
  readonly scopes?: readonly string[];
  /** Default `https://graph.microsoft.com/v1.0`; the tests point it at the local fake. */
  readonly baseUrl?: string;
  readonly fetch?: FetchLike;
  /** Waits between retries; tests inject a recorder so no real time passes. */
  readonly sleep?: (ms: number) => Promise<void>;
  /** Clock for HTTP-date `Retry-After` values. */
  readonly now?: () => number;
  /** Attempts per request including the first (default 4). */
  readonly maxAttempts?: number;
  /** A `Retry-After` above this is not waited for: the call fails with GRAPH_THROTTLED (default 120 s). */
  readonly maxRetryAfterSeconds?: number;
}

export interface GraphRequest {
  readonly method?: "GET" | "POST" | "PATCH" | "PUT" | "DELETE";
  /** Path under the base URL (`/sites/{id}/lists/...`) or an absolute `@odata.nextLink`. */
  readonly path: string;
  readonly headers?: Readonly<Record<string, string>>;
  /** An object is sent as JSON; a string or bytes as is. */
  readonly body?: unknown;
}

export interface GraphResponse<T = unknown> {
  readonly status: number;
  readonly headers: Headers;
  readonly body: T;
}

export interface GraphClient {
  readonly baseUrl: string;
  /** Sends one request with retries on 429/503; resolves with 2xx and 304, throws GraphError otherwise. */
  send<T = unknown>(request: GraphRequest): Promise<GraphResponse<T>>;
  /** Retry policy shared with `$batch` for per-request throttling. */
  readonly retry: RetryPolicy;
}

export interface RetryPolicy {
  readonly maxAttempts: number;
  readonly maxRetryAfterSeconds: number;
  readonly sleep: (ms: number) => Promise<void>;
  /** Seconds to wait before attempt `attempt + 1`, from `Retry-After` or exponential backoff. */
  delaySeconds(retryAfter: string | null | undefined, attempt: number): number;
}

const RETRIABLE = new Set([429, 503, 504]);

export function createGraphClient(options: GraphClientOptions): GraphClient {
  const baseUrl = (options.baseUrl ?? GRAPH_V1).replace(/\/+$/, "");
  const doFetch: FetchLike = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const now = options.now ?? (() => Date.now());
  const retry: RetryPolicy = {
    maxAttempts: options.maxAttempts ?? 4,
    maxRetryAfterSeconds: options.maxRetryAfterSeconds ?? 120,
    sleep: options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms))),
    delaySeconds: (retryAfter, attempt) => parseRetryAfter(retryAfter, now()) ?? 2 ** (attempt - 1),
  };

  async function send<T>(request: GraphRequest): Promise<GraphResponse<T>> {
    const method = request.method ?? "GET";
    const url =
      request.path.startsWith("https://") || request.path.startsWith("http://")
        ? request.path
        : `${baseUrl}${request.path}`;
    const label = `${method} ${request.path.replace(baseUrl, "")}`;
    const token = await options.auth.getAccessToken(options.scopes ? { scopes: options.scopes } : {});
    const headers: Record<string, string> = { Authorization: `Bearer ${token}`, ...request.headers };
    let body: BodyInit | undefined;
    if (request.body !== undefined) {
      if (typeof request.body === "string" || request.body instanceof Uint8Array) {
        body = request.body as BodyInit;
      } else {
        body = JSON.stringify(request.body);
        headers["Content-Type"] ??= "application/json";
      }
    }
    for (let attempt = 1; ; attempt++) {
      let response: Response;
      try {
        response = await doFetch(url, { method, headers, ...(body !== undefined && { body }) });
      } catch (error) {
        throw new GraphError("GRAPH_NETWORK", { status: 0, request: label, cause: error });
      }
      const parsed = await readBody(response);
      if (response.ok || response.status === 304) {
        return { status: response.status, headers: response.headers, body: parsed as T };
      }
      const retryAfter = response.headers.get("Retry-After");
      const wait = retry.delaySeconds(retryAfter, attempt);
      const retriable = RETRIABLE.has(response.status);
      if (retriable && attempt < retry.maxAttempts && wait <= retry.maxRetryAfterSeconds) {
        await retry.sleep(wait * 1000);
        continue;
      }
      throw new GraphError(codeForStatus(response.status), {
        status: response.status,
        body: parsed,
        request: label,
        ...(retriable && { retryAfterSeconds: wait }),
      });
    }
  }

  return { baseUrl, send, retry };
}

/** `Retry-After` is either seconds or an HTTP date (RFC 9110 §10.2.3). */
export function parseRetryAfter(value: string | null | undefined, nowMs: number): number | undefined {
  if (value == null || value.trim() === "") return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value.trim());
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - nowMs) / 1000));
}

async function readBody(response: Response): Promise<unknown> {
  if (response.status === 204 || response.status === 304) return undefined;
  const text = await response.text();
  if (text === "") return undefined;
  const type = response.headers.get("Content-Type") ?? "";
  if (type.includes("json")) {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      return text; // reason: a JSON content type with a broken body is still worth showing.
    }
  }
  return text;
}
