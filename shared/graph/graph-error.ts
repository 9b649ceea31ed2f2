// Graph failures as SpaserErrors with a French message per status, keeping the HTTP status and the
// response body (pnpjs keeps both too: a support ticket needs Graph's own error code and request id).
import type { ErrorCode } from "../i18n";
import { SpaserError } from "../errors";

export class GraphError extends SpaserError {
  /** HTTP status; 0 when the network failed before any answer. */
  readonly status: number;
  /** Graph's response body (parsed JSON when it was JSON), for support and diagnostics. */
  readonly body: unknown;
  /** Seconds Graph asked us to wait (429/503), when it said so. */
  readonly retryAfterSeconds: number | undefined;

  constructor(
    code: ErrorCode,
    init: { status: number; body?: unknown; request: string; retryAfterSeconds?: number; cause?: unknown },
  ) {
    super(
      code,
      {
        status: init.status,
        request: init.request,
        detail: graphMessage(init.body) ?? `HTTP ${init.status}`,
        retryAfter: init.retryAfterSeconds ?? "quelques",
      },
      { cause: init.cause },
    );
    this.name = "GraphError";
    this.status = init.status;
    this.body = init.body;
    this.retryAfterSeconds = init.retryAfterSeconds;
  }
}

export function codeForStatus(status: number): ErrorCode {
  if (status === 0) return "GRAPH_NETWORK";
  if (status === 401) return "GRAPH_UNAUTHORIZED";
  if (status === 403) return "GRAPH_FORBIDDEN";
  if (status === 404) return "GRAPH_NOT_FOUND";
  if (status === 409) return "GRAPH_CONFLICT";
  if (status === 412) return "GRAPH_PRECONDITION_FAILED";
  if (status === 424) return "GRAPH_BATCH_FAILED_DEPENDENCY";
  if (status === 429) return "GRAPH_THROTTLED";
  if (status >= 500) return "GRAPH_SERVER";
  return "GRAPH_HTTP";
}

/** Graph's `{ error: { code, message } }`, or a short text body. */
export function graphMessage(body: unknown): string | undefined {
  if (typeof body === "string") return body.trim() === "" ? undefined : body.slice(0, 300);
  if (typeof body !== "object" || body === null || !("error" in body)) return undefined;
  const error = (body as { error?: { code?: unknown; message?: unknown } }).error;
  const parts = [error?.code, error?.message].filter((part): part is string => typeof part === "string");
  return parts.length > 0 ? parts.join(" — ") : undefined;
}
