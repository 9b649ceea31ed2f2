// JSON `$batch`: at most 20 requests per call (Graph's limit), `dependsOn` for ordering, and each inner
// request retried on its own 429/503 after the longest `Retry-After` among them (PLATFORM-NOTES).
import type { GraphClient } from "./http";

export const BATCH_LIMIT = 20;

export interface BatchRequest {
  /** Unique within the call. */
  readonly id: string;
  readonly method: "GET" | "POST" | "PATCH" | "PUT" | "DELETE";
  /** Relative to the version root, e.g. `/sites/{id}/lists/{list}/items`. */
  readonly url: string;
  readonly headers?: Readonly<Record<string, string>>;
  readonly body?: unknown;
  /** Ids that must succeed first; a failed prerequisite gives this request 424. */
  readonly dependsOn?: readonly string[];
}

export interface BatchResponse<T = unknown> {
  readonly id: string;
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: T;
}

interface BatchPayload {
  responses?: { id: string; status: number; headers?: Record<string, string>; body?: unknown }[];
}

/**
 * Sends any number of requests in batches of 20, in order; a request whose prerequisite sits in an
 * earlier chunk waits for it (chunks run one after the other) and gets 424 if it failed. Inner errors
 * are returned, not thrown: the caller decides per request (a 412 on one item does not undo the others).
 */
export async function batch(
  client: GraphClient,
  requests: readonly BatchRequest[],
): Promise<BatchResponse[]> {
  const results = new Map<string, BatchResponse>();
  for (let start = 0; start < requests.length; start += BATCH_LIMIT) {
    const chunk = requests.slice(start, start + BATCH_LIMIT);
    const inChunk = new Set(chunk.map((request) => request.id));
    const ready: BatchRequest[] = [];
    for (const request of chunk) {
      const failed = (request.dependsOn ?? []).find((id) => {
        const earlier = results.get(id);
        return earlier !== undefined && earlier.status >= 400;
      });
      if (failed !== undefined) {
        results.set(request.id, failedDependency(request.id));
        inChunk.delete(request.id);
        continue;
      }
      const dependsOn = (request.dependsOn ?? []).filter((id) => inChunk.has(id));
      ready.push({ ...request, dependsOn });
    }
    for (const response of await sendChunk(client, ready)) results.set(response.id, response);
  }
  return requests.map((request) => results.get(request.id) ?? failedDependency(request.id));
}

async function sendChunk(client: GraphClient, chunk: readonly BatchRequest[]): Promise<BatchResponse[]> {
  const done = new Map<string, BatchResponse>();
  let pending = [...chunk];
  for (let attempt = 1; pending.length > 0; attempt++) {
    const pendingIds = new Set(pending.map((request) => request.id));
    const response = await client.send<BatchPayload>({
      method: "POST",
      path: "/$batch",
      body: {
        requests: pending.map((request) => ({
          id: request.id,
          method: request.method,
          url: request.url,
          ...(request.headers && { headers: request.headers }),
          ...(request.body !== undefined && {
            body: request.body,
            headers: { "Content-Type": "application/json", ...request.headers },
          }),
          // A prerequisite already answered in an earlier round is not resent: drop the reference.
          ...(request.dependsOn?.some((id) => pendingIds.has(id)) && {
            dependsOn: request.dependsOn.filter((id) => pendingIds.has(id)),
          }),
        })),
      },
    });
    const throttled: BatchResponse[] = [];
    for (const inner of response.body?.responses ?? []) {
      const normalized: BatchResponse = {
        id: inner.id,
        status: inner.status,
        headers: inner.headers ?? {},
        body: inner.body,
      };
      if ((inner.status === 429 || inner.status === 503) && attempt < client.retry.maxAttempts) {
        throttled.push(normalized);
      } else {
        done.set(inner.id, normalized);
      }
    }
    // A request Graph refused with 424 because its prerequisite was throttled goes back with it.
    const retriedIds = new Set(throttled.map((t) => t.id));
    for (const request of pending) {
      const answer = done.get(request.id);
      if (answer?.status === 424 && request.dependsOn?.some((id) => retriedIds.has(id))) {
        done.delete(request.id);
        retriedIds.add(request.id);
      }
    }
    pending = pending.filter((request) => retriedIds.has(request.id));
    if (pending.length === 0) break;
    const waits = throttled.map((t) => client.retry.delaySeconds(retryAfterOf(t.headers), attempt));
    const wait = Math.max(...waits);
    if (wait > client.retry.maxRetryAfterSeconds) {
      throttled.forEach((t) => done.set(t.id, t));
      break;
    }
    await client.retry.sleep(wait * 1000);
  }
  return chunk.map((request) => done.get(request.id) ?? failedDependency(request.id));
}

function retryAfterOf(headers: Readonly<Record<string, string>>): string | undefined {
  const key = Object.keys(headers).find((name) => name.toLowerCase() === "retry-after");
  return key === undefined ? undefined : headers[key];
}

function failedDependency(id: string): BatchResponse {
  return { id, status: 424, headers: {}, body: { error: { code: "failedDependency" } } };
}
