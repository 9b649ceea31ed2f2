// A local stand-in for Microsoft Graph (node:http on 127.0.0.1, random port), implementing only what
// shared/graph relies on, with the documented behaviours: SharePoint list items with ETags (412 on an
// `If-Match` mismatch, nothing written), drive item content with ETag / 304, JSON `$batch` (≤ 20
// requests, 400 beyond, `dependsOn` → 424), scripted 429/503 with `Retry-After`, and going offline
// (server closed: connection refused). The tests say it: Graph is faked, no tenant is involved.
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";

export interface FakeRequestLog {
  readonly method: string;
  readonly path: string;
  /** True for a request carried inside a `$batch`. */
  readonly inner: boolean;
}

interface Answer {
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
}

interface ScriptedAnswer {
  readonly method: string;
  readonly pathIncludes: string;
  readonly answer: Answer;
}

interface StoredItem {
  fields: Record<string, unknown>;
  version: number;
  guid: string;
}

interface StoredFile {
  content: string;
  version: number;
}

export const FAKE_SITE_ID =
  "contoso.sharepoint.com,11111111-1111-4111-8111-111111111111,22222222-2222-4222-8222-222222222222";

export class GraphFake {
  readonly requests: FakeRequestLog[] = [];
  /** Content downloads answered 304 Not Modified since the last change of a file. */
  notModifiedCount = 0;
  private readonly lists = new Map<string, Map<string, StoredItem>>();
  private readonly files = new Map<string, StoredFile>();
  private readonly scripted: ScriptedAnswer[] = [];
  private nextId = 1;
  private server: Server | undefined;
  private port = 0;

  /** `http://127.0.0.1:{port}/v1.0`, to pass as the Graph client's `baseUrl`. */
  get baseUrl(): string {
    return `http://127.0.0.1:${this.port}/v1.0`;
  }

  async start(): Promise<this> {
    const server = createServer((req, res) => {
      void this.handle(req).then((answer) => {
        res.writeHead(answer.status, {
          ...(answer.body !== undefined &&
            typeof answer.body !== "string" && { "Content-Type": "application/json" }),
          ...answer.headers,
        });
        res.end(
          answer.body === undefined
            ? undefined
            : typeof answer.body === "string"
              ? answer.body
              : JSON.stringify(answer.body),
        );
      });
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    this.server = server;
    this.port = (server.address() as AddressInfo).port;
    return this;
  }

  /** Stops listening: later requests get "connection refused", as when the network is down. */
  async goOffline(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    if (!server) return;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  async stop(): Promise<void> {
    await this.goOffline();
  }

  /** The next request matching `method` and containing `pathIncludes` gets `answer` instead (FIFO). */
  script(method: string, pathIncludes: string, answer: Answer): void {
    this.scripted.push({ method, pathIncludes, answer });
  }

  throttle(method: string, pathIncludes: string, retryAfterSeconds: number, status: 429 | 503 = 429): void {
    this.script(method, pathIncludes, {
      status,
      headers: { "Retry-After": String(retryAfterSeconds) },
      body: {
        error: { code: status === 429 ? "TooManyRequests" : "serviceNotAvailable", message: "Throttled" },
      },
    });
  }

  /** Changes an item as another user would (its version, hence its ETag, moves on). */
  editAsSomeoneElse(list: string, id: string, fields: Record<string, unknown>): void {
    const item = this.list(list).get(id);
    if (!item) throw new Error(`no item ${id} in ${list}`);
    Object.assign(item.fields, fields);
    item.version++;
  }

  seedItem(list: string, fields: Record<string, unknown>): string {
    const id = String(this.nextId++);
    this.list(list).set(id, { fields: { ...fields }, version: 1, guid: guidFor(id) });
    return id;
  }

  itemFields(list: string, id: string): Record<string, unknown> | undefined {
    return this.list(list).get(id)?.fields;
  }

  putFile(path: string, content: string): void {
    this.notModifiedCount = 0;
    const previous = this.files.get(path);
    this.files.set(path, { content, version: (previous?.version ?? 0) + 1 });
  }

  count(filter: Partial<FakeRequestLog> & { pathIncludes?: string } = {}): number {
    return this.requests.filter(
      (r) =>
        (filter.method === undefined || r.method === filter.method) &&
        (filter.inner === undefined || r.inner === filter.inner) &&
        (filter.pathIncludes === undefined || r.path.includes(filter.pathIncludes)),
    ).length;
  }

  private list(name: string): Map<string, StoredItem> {
    let list = this.lists.get(name);
    if (!list) {
      list = new Map();
      this.lists.set(name, list);
    }
    return list;
  }

  private async handle(req: IncomingMessage): Promise<Answer> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString("utf8");
    if (!String(req.headers.authorization ?? "").startsWith("Bearer ")) {
      return {
        status: 401,
        body: { error: { code: "InvalidAuthenticationToken", message: "Access token is empty." } },
      };
    }
    const headers = Object.fromEntries(
      Object.entries(req.headers).map(([k, v]) => [
        k.toLowerCase(),
        Array.isArray(v) ? v.join(",") : (v ?? ""),
      ]),
    );
    const path = (req.url ?? "/").replace(/^\/v1\.0/, "");
    return this.dispatch(req.method ?? "GET", path, headers, text, false);
  }

  private dispatch(
    method: string,
    rawPath: string,
    headers: Record<string, string>,
    text: string,
    inner: boolean,
  ): Answer {
    const path = decodeURIComponent(rawPath);
    this.requests.push({ method, path, inner });
    const scriptedIndex = this.scripted.findIndex(
      (s) => s.method === method && path.includes(s.pathIncludes),
    );
    if (scriptedIndex >= 0) {
      const [scripted] = this.scripted.splice(scriptedIndex, 1);
      if (scripted) return scripted.answer;
    }
    const body = text === "" ? undefined : (JSON.parse(text) as unknown);
    if (method === "POST" && path === "/$batch") return this.batch(body);

    const site = /^\/sites\/([^/]+:\/sites\/[^/?]+)$/.exec(path);
    if (site && method === "GET") return { status: 200, body: { id: FAKE_SITE_ID } };

    const file = /^\/sites\/[^/]+\/drive\/root:\/(.+):\/content$/.exec(path);
    if (file?.[1]) return this.content(method, file[1], headers, text);

    const items = /^\/sites\/[^/]+\/lists\/([^/]+)\/items(?:\/([^/?]+))?(\/fields)?(?:\?(.*))?$/.exec(path);
    if (items?.[1])
      return this.items(method, items[1], items[2], items[3] !== undefined, items[4], headers, body);

    return notFound(path);
  }

  private content(method: string, path: string, headers: Record<string, string>, text: string): Answer {
    if (method === "PUT") {
      this.putFile(path, text);
      const stored = this.files.get(path);
      return {
        status: 200,
        body: {
          id: "file-1",
          name: path.split("/").pop(),
          eTag: fileEtag(stored),
          webUrl: `https://contoso.sharepoint.com/sites/achats/Shared%20Documents/${path}`,
        },
      };
    }
    const stored = this.files.get(path);
    if (!stored) return notFound(path);
    const etag = fileEtag(stored);
    if (headers["if-none-match"] === etag) {
      this.notModifiedCount++;
      return { status: 304, headers: { ETag: etag } };
    }
    return {
      status: 200,
      headers: { ETag: etag, "Content-Type": "application/octet-stream" },
      body: stored.content,
    };
  }

  private items(
    method: string,
    listName: string,
    id: string | undefined,
    fieldsSegment: boolean,
    query: string | undefined,
    headers: Record<string, string>,
    body: unknown,
  ): Answer {
    const list = this.list(listName);
    if (id === undefined) {
      if (method === "POST") {
        const fields = (body as { fields?: Record<string, unknown> } | undefined)?.fields ?? {};
        const newId = this.seedItem(listName, fields);
        return { status: 201, body: itemJson(newId, this.list(listName).get(newId)) };
      }
      const params = new URLSearchParams(query ?? "");
      const all = [...list.entries()];
      const top = Number(params.get("$top") ?? all.length) || all.length;
      const skip = Number(params.get("$skiptoken") ?? 0);
      const page = all.slice(skip, skip + top);
      const next =
        skip + top < all.length
          ? new URLSearchParams({ expand: "fields", $top: String(top), $skiptoken: String(skip + top) })
          : undefined;
      return {
        status: 200,
        body: {
          value: page.map(([itemId, item]) => itemJson(itemId, item)),
          ...(next && {
            "@odata.nextLink": `${this.baseUrl}/sites/${FAKE_SITE_ID}/lists/${encodeURIComponent(listName)}/items?${next.toString()}`,
          }),
        },
      };
    }
    const item = list.get(id);
    if (!item) return notFound(`item ${id}`);
    const ifMatch = headers["if-match"];
    if (
      (method === "PATCH" || method === "DELETE") &&
      ifMatch !== undefined &&
      ifMatch !== "*" &&
      ifMatch !== itemEtag(item)
    ) {
      return {
        status: 412,
        body: {
          error: {
            code: "preconditionFailed",
            message: "The resource has changed since the caller last read it; usually an eTag mismatch",
          },
        },
      };
    }
    if (method === "PATCH" && fieldsSegment) {
      Object.assign(item.fields, body as Record<string, unknown>);
      item.version++;
      return { status: 200, body: { "@odata.etag": itemEtag(item), ...item.fields } };
    }
    if (method === "DELETE") {
      list.delete(id);
      return { status: 204 };
    }
    if (method === "GET") return { status: 200, body: itemJson(id, item) };
    return { status: 405, body: { error: { code: "methodNotAllowed" } } };
  }

  private batch(body: unknown): Answer {
    const requests = (body as { requests?: BatchIn[] } | undefined)?.requests ?? [];
    if (requests.length > 20) {
      return {
        status: 400,
        body: { error: { code: "BadRequest", message: "Limit of 20 requests per batch exceeded" } },
      };
    }
    const answers = new Map<string, Answer>();
    for (const request of requests) {
      const failedDep = (request.dependsOn ?? []).find((dep) => (answers.get(dep)?.status ?? 424) >= 400);
      if (failedDep !== undefined) {
        answers.set(request.id, { status: 424, body: { error: { code: "failedDependency" } } });
        continue;
      }
      const headers = Object.fromEntries(
        Object.entries(request.headers ?? {}).map(([k, v]) => [k.toLowerCase(), v]),
      );
      const text = request.body === undefined ? "" : JSON.stringify(request.body);
      answers.set(request.id, this.dispatch(request.method, request.url, headers, text, true));
    }
    return {
      status: 200,
      body: {
        responses: requests.map((request) => {
          const answer = answers.get(request.id) ?? { status: 500 };
          return { id: request.id, status: answer.status, headers: answer.headers ?? {}, body: answer.body };
        }),
      },
    };
  }
}

interface BatchIn {
  id: string;
  method: string;
  url: string;
  headers?: Record<string, string>;
  body?: unknown;
  dependsOn?: string[];
}

function guidFor(id: string): string {
  return `a1b2c3d4-0000-4000-8000-${id.padStart(12, "0")}`;
}

function itemEtag(item: StoredItem): string {
  return `"${item.guid},${item.version}"`;
}

function fileEtag(file: StoredFile | undefined): string {
  return `"{F1LE0000-0000-4000-8000-000000000001},${file?.version ?? 0}"`;
}

function itemJson(id: string, item: StoredItem | undefined): Record<string, unknown> {
  if (!item) return { id };
  return {
    id,
    "@odata.etag": itemEtag(item),
    lastModifiedDateTime: "2026-11-20T10:00:00Z",
    fields: { "@odata.etag": itemEtag(item), id, ...item.fields },
  };
}

function notFound(what: string): Answer {
  return {
    status: 404,
    body: { error: { code: "itemNotFound", message: `The resource could not be found: ${what}` } },
  };
}

export async function startGraphFake(): Promise<GraphFake> {
  return new GraphFake().start();
}
