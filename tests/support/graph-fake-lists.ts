// An in-process stand-in for the SharePoint-lists part of Microsoft Graph, plugged into the Graph
// client as its `fetch` (no socket, no tenant). It adds what tests/support/graph-fake.ts does not
// model — lists and columns (`GET/POST /sites/{id}/lists`, `GET/POST …/columns`), `$filter` on item
// fields with SharePoint's indexed-column rule, unique columns, date-only columns stored in the site's
// time zone — and keeps its conventions: item ETags `"{guid},{version}"`, 412 on an `If-Match`
// mismatch with nothing written, JSON `$batch` (≤ 20, `dependsOn` → 424, inner 429s), scripted
// 429/503 with `Retry-After`, and going offline (fetch rejects, as a browser does without network).
import type { FetchLike } from "../../shared/graph";
import { FAKE_SITE_ID } from "./graph-fake";

export { FAKE_SITE_ID };

export interface ListsFakeRequest {
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

interface FakeColumn {
  name: string;
  indexed: boolean;
  unique: boolean;
  required: boolean;
  /** `text` (single line: 255 max), `note`, `number`, `boolean`, `dateOnly`, `choice`. */
  type: string;
  choices?: string[];
}

interface FakeItem {
  id: string;
  guid: string;
  version: number;
  fields: Record<string, unknown>;
}

interface FakeList {
  id: string;
  displayName: string;
  columns: Map<string, FakeColumn>;
  items: Map<string, FakeItem>;
  nextItemId: number;
}

export interface ListsFakeOptions {
  /** Site time zone offset in hours (date-only values are kept as the site's local midnight). */
  readonly siteUtcOffsetHours?: number;
  /** Items per page when the request has no `$top` (Graph pages list items too). */
  readonly defaultPageSize?: number;
  /** Above this many items, a filter on a non-indexed column fails even with the Prefer header. */
  readonly listViewThreshold?: number;
}

export const LISTS_FAKE_BASE_URL = "https://graph.fake.test/v1.0";

const BUILT_IN_COLUMNS = ["Title", "ID", "Created", "Modified", "ContentType", "Attachments"];

export class GraphListsFake {
  readonly baseUrl = LISTS_FAKE_BASE_URL;
  readonly requests: ListsFakeRequest[] = [];
  private readonly lists = new Map<string, FakeList>();
  private readonly scripted: { method: string; pathIncludes: string; answer: Answer }[] = [];
  private offline = false;
  private nextListNumber = 1;
  private readonly offsetMs: number;
  private readonly defaultPageSize: number;
  private readonly threshold: number;

  constructor(options: ListsFakeOptions = {}) {
    this.offsetMs = (options.siteUtcOffsetHours ?? 1) * 3_600_000;
    this.defaultPageSize = options.defaultPageSize ?? 200;
    this.threshold = options.listViewThreshold ?? 5000;
  }

  /** The Graph client's `fetch`. */
  readonly fetch: FetchLike = async (input, init) => {
    if (this.offline) throw new TypeError("fetch failed");
    const url = new URL(input);
    const headers = lowerHeaders(init?.headers);
    if (!(headers.authorization ?? "").startsWith("Bearer ")) {
      return toResponse({ status: 401, body: { error: { code: "InvalidAuthenticationToken" } } });
    }
    const path = url.pathname.replace(/^\/v1\.0/, "") + url.search;
    const text = typeof init?.body === "string" ? init.body : "";
    return toResponse(this.dispatch(init?.method ?? "GET", path, headers, text, false));
  };

  goOffline(): void {
    this.offline = true;
  }

  goOnline(): void {
    this.offline = false;
  }

  /** The next request matching `method` whose path contains `pathIncludes` gets `answer` (FIFO). */
  script(method: string, pathIncludes: string, answer: Answer): void {
    this.scripted.push({ method, pathIncludes, answer });
  }

  throttle(method: string, pathIncludes: string, retryAfterSeconds: number, status: 429 | 503 = 429): void {
    this.script(method, pathIncludes, {
      status,
      headers: { "Retry-After": String(retryAfterSeconds) },
      body: { error: { code: status === 429 ? "TooManyRequests" : "serviceNotAvailable" } },
    });
  }

  /** HTTP requests received (a `$batch` counts once; its inner requests are logged with `inner`). */
  count(filter: { method?: string; inner?: boolean; pathIncludes?: string } = {}): number {
    return this.requests.filter(
      (r) =>
        (filter.method === undefined || r.method === filter.method) &&
        (filter.inner === undefined || r.inner === filter.inner) &&
        (filter.pathIncludes === undefined || r.path.includes(filter.pathIncludes)),
    ).length;
  }

  resetLog(): void {
    this.requests.length = 0;
  }

  listTitles(): string[] {
    return [...this.lists.values()].map((l) => l.displayName);
  }

  column(listTitle: string, name: string): FakeColumn | undefined {
    return this.findList(listTitle)?.columns.get(name);
  }

  /** Drops a column, as an admin editing the list by hand would. */
  dropColumn(listTitle: string, name: string): void {
    this.findList(listTitle)?.columns.delete(name);
  }

  /** The stored fields of the item whose `SpaserId` is `spaserId`. */
  itemBySpaserId(listTitle: string, spaserId: string): Record<string, unknown> | undefined {
    const list = this.findList(listTitle);
    return [...(list?.items.values() ?? [])].find((i) => i.fields.SpaserId === spaserId)?.fields;
  }

  /** Changes an item as another user would in SharePoint (its ETag moves on). */
  editAsSomeoneElse(listTitle: string, spaserId: string, fields: Record<string, unknown>): void {
    const item = [...(this.findList(listTitle)?.items.values() ?? [])].find(
      (i) => i.fields.SpaserId === spaserId,
    );
    if (!item) throw new Error(`no item ${spaserId} in ${listTitle}`);
    Object.assign(item.fields, fields);
    item.version++;
  }

  private findList(idOrTitle: string): FakeList | undefined {
    return this.lists.get(idOrTitle) ?? [...this.lists.values()].find((l) => l.displayName === idOrTitle);
  }

  private dispatch(
    method: string,
    rawPath: string,
    headers: Record<string, string>,
    text: string,
    inner: boolean,
  ): Answer {
    const [rawPathname = "", rawQuery = ""] = rawPath.split("?", 2) as [string, string | undefined];
    const path = decodeURIComponent(rawPathname);
    const query = new URLSearchParams(rawQuery);
    this.requests.push({
      method,
      path: `${path}${rawQuery ? `?${decodeURIComponent(rawQuery)}` : ""}`,
      inner,
    });
    const scripted = this.scripted.findIndex((s) => s.method === method && path.includes(s.pathIncludes));
    if (scripted >= 0) {
      const [entry] = this.scripted.splice(scripted, 1);
      if (entry) return entry.answer;
    }
    const body = text === "" ? undefined : (JSON.parse(text) as unknown);
    if (method === "POST" && path === "/$batch") return this.batch(body);
    if (method === "GET" && /^\/sites\/[^/]+:\/sites\/[^/]+$/.test(path)) {
      return { status: 200, body: { id: FAKE_SITE_ID } };
    }
    const match =
      /^\/sites\/([^/]+)\/lists(?:\/([^/]+))?(?:\/(columns|items))?(?:\/([^/]+))?(\/fields)?$/.exec(path);
    if (!match) return notFound(path);
    const [, site, listRef, collection, itemId, fieldsSegment] = match;
    if (site !== FAKE_SITE_ID) return notFound(`site ${site ?? ""}`);
    if (listRef === undefined) return method === "POST" ? this.createList(body) : this.getLists();
    const list = this.findList(listRef);
    if (!list) return notFound(`list ${listRef}`);
    if (collection === undefined) return { status: 200, body: listJson(list) };
    if (collection === "columns")
      return method === "POST" ? this.addColumn(list, body) : this.getColumns(list);
    if (itemId === undefined) {
      return method === "POST"
        ? this.createItem(list, (body as { fields?: Record<string, unknown> } | undefined)?.fields ?? {})
        : this.queryItems(list, query, headers);
    }
    return this.item(method, list, itemId, fieldsSegment !== undefined, headers, body);
  }

  private getLists(): Answer {
    return { status: 200, body: { value: [...this.lists.values()].map(listJson) } };
  }

  private createList(body: unknown): Answer {
    const spec = body as { displayName?: string; columns?: Record<string, unknown>[] } | undefined;
    if (!spec?.displayName) return badRequest("displayName is required");
    if (this.findList(spec.displayName)) return conflict(`A list named ${spec.displayName} already exists`);
    const list: FakeList = {
      id: `b${String(this.nextListNumber++).padStart(7, "0")}-0000-4000-8000-00000000000${this.nextListNumber}`,
      displayName: spec.displayName,
      columns: new Map(),
      items: new Map(),
      nextItemId: 1,
    };
    for (const name of BUILT_IN_COLUMNS) {
      list.columns.set(name, {
        name,
        indexed: name === "ID",
        unique: false,
        required: name === "Title",
        type: "text",
      });
    }
    for (const column of spec.columns ?? []) {
      const parsed = parseColumn(column);
      if (typeof parsed === "string") return badRequest(parsed);
      list.columns.set(parsed.name, parsed);
    }
    this.lists.set(list.id, list);
    return { status: 201, body: listJson(list) };
  }

  private getColumns(list: FakeList): Answer {
    return {
      status: 200,
      body: { value: [...list.columns.values()].map((c) => ({ name: c.name, indexed: c.indexed })) },
    };
  }

  private addColumn(list: FakeList, body: unknown): Answer {
    const parsed = parseColumn((body ?? {}) as Record<string, unknown>);
    if (typeof parsed === "string") return badRequest(parsed);
    if (list.columns.has(parsed.name)) return conflict(`A column named ${parsed.name} already exists`);
    list.columns.set(parsed.name, parsed);
    return { status: 201, body: { name: parsed.name, indexed: parsed.indexed } };
  }

  private queryItems(list: FakeList, query: URLSearchParams, headers: Record<string, string>): Answer {
    let items = [...list.items.values()];
    const filter = query.get("$filter");
    if (filter) {
      const clauses = parseFilter(filter);
      if (typeof clauses === "string") return badRequest(clauses);
      const honour = (headers.prefer ?? "").includes("HonorNonIndexedQueriesWarningMayFailRandomly");
      for (const { column } of clauses) {
        const spec = list.columns.get(column);
        if (!spec) return badRequest(`Field '${column}' is not recognized`);
        if (!spec.indexed && (!honour || list.items.size > this.threshold)) {
          return badRequest(
            `Field '${column}' cannot be referenced in filter or orderby as it is not indexed. Provide the 'Prefer: HonorNonIndexedQueriesWarningMayFailRandomly' header to allow this, but be warned that such queries may fail on large lists.`,
          );
        }
      }
      items = items.filter((item) =>
        clauses.every(({ column, value }) => String(item.fields[column] ?? "") === value),
      );
    }
    const top = Number(query.get("$top") ?? this.defaultPageSize) || this.defaultPageSize;
    const skip = Number(query.get("$skiptoken") ?? 0);
    const page = items.slice(skip, skip + top);
    const expand = (query.get("$expand") ?? query.get("expand")) === "fields";
    let nextLink: string | undefined;
    if (skip + top < items.length) {
      const next = new URLSearchParams(query);
      next.set("$skiptoken", String(skip + top));
      nextLink = `${this.baseUrl}/sites/${FAKE_SITE_ID}/lists/${list.id}/items?${next.toString().replace(/\+/g, "%20")}`;
    }
    return {
      status: 200,
      body: {
        value: page.map((item) => itemJson(item, expand)),
        ...(nextLink && { "@odata.nextLink": nextLink }),
      },
    };
  }

  private createItem(list: FakeList, fields: Record<string, unknown>): Answer {
    const problem = this.checkFields(list, fields, undefined);
    if (problem) return problem;
    const id = String(list.nextItemId++);
    const item: FakeItem = {
      id,
      guid: `a1b2c3d4-0000-4000-8000-${list.id.slice(1, 4)}${id.padStart(9, "0")}`,
      version: 1,
      fields: {},
    };
    this.write(list, item, fields);
    list.items.set(id, item);
    return { status: 201, body: itemJson(item, true) };
  }

  private item(
    method: string,
    list: FakeList,
    id: string,
    fieldsSegment: boolean,
    headers: Record<string, string>,
    body: unknown,
  ): Answer {
    const item = list.items.get(id);
    if (!item) return notFound(`item ${id}`);
    const ifMatch = headers["if-match"];
    if (
      (method === "PATCH" || method === "DELETE") &&
      ifMatch !== undefined &&
      ifMatch !== "*" &&
      ifMatch !== etag(item)
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
    if (method === "GET") return { status: 200, body: itemJson(item, true) };
    if (method === "DELETE") {
      list.items.delete(id);
      return { status: 204 };
    }
    if (method === "PATCH" && fieldsSegment) {
      const changes = (body ?? {}) as Record<string, unknown>;
      const problem = this.checkFields(list, changes, item);
      if (problem) return problem;
      this.write(list, item, changes);
      item.version++;
      return { status: 200, body: { "@odata.etag": etag(item), ...publicFields(item) } };
    }
    return { status: 405, body: { error: { code: "methodNotAllowed" } } };
  }

  /** SharePoint's write checks: known columns, required values, 255-character single lines, unique values. */
  private checkFields(
    list: FakeList,
    fields: Record<string, unknown>,
    item: FakeItem | undefined,
  ): Answer | undefined {
    for (const [name, value] of Object.entries(fields)) {
      const column = list.columns.get(name);
      if (!column) return badRequest(`Field '${name}' is not recognized`);
      if (column.required && (value === null || value === ""))
        return badRequest(`Field '${name}' is required`);
      if (column.type === "text" && typeof value === "string" && value.length > 255) {
        return badRequest(`The value of field '${name}' exceeds 255 characters`);
      }
      if (column.type === "choice" && value !== null && !(column.choices ?? []).includes(String(value))) {
        return badRequest(`Invalid choice '${String(value)}' for field '${name}'`);
      }
      if (column.unique && value !== null) {
        const taken = [...list.items.values()].some(
          (other) => other !== item && other.fields[name] === value,
        );
        if (taken)
          return conflict(
            `The list item could not be added or updated because duplicate values were found in the following field(s) in the list: [${name}]`,
          );
      }
    }
    if (!item) {
      for (const column of list.columns.values()) {
        if (column.required && (fields[column.name] === undefined || fields[column.name] === null)) {
          return badRequest(`Field '${column.name}' is required`);
        }
      }
    }
    return undefined;
  }

  private write(list: FakeList, item: FakeItem, fields: Record<string, unknown>): void {
    for (const [name, value] of Object.entries(fields)) {
      const column = list.columns.get(name);
      if (value === null) delete item.fields[name];
      else if (column?.type === "dateOnly") item.fields[name] = this.localMidnight(String(value));
      else item.fields[name] = value;
    }
  }

  /** A date-only value as SharePoint keeps it: the midnight of its day in the site's time zone. */
  private localMidnight(value: string): string {
    const local = new Date(Date.parse(value) + this.offsetMs).toISOString().slice(0, 10);
    return new Date(Date.parse(`${local}T00:00:00Z`) - this.offsetMs).toISOString().replace(".000Z", "Z");
  }

  private batch(body: unknown): Answer {
    const requests = (body as { requests?: BatchIn[] } | undefined)?.requests ?? [];
    if (requests.length > 20) return badRequest("Limit of 20 requests per batch exceeded");
    const answers = new Map<string, Answer>();
    for (const request of requests) {
      if ((request.dependsOn ?? []).some((dep) => (answers.get(dep)?.status ?? 424) >= 400)) {
        answers.set(request.id, { status: 424, body: { error: { code: "failedDependency" } } });
        continue;
      }
      const text = request.body === undefined ? "" : JSON.stringify(request.body);
      answers.set(
        request.id,
        this.dispatch(request.method, request.url, lowerHeaders(request.headers), text, true),
      );
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

function parseColumn(definition: Record<string, unknown>): FakeColumn | string {
  const name = definition.name;
  if (typeof name !== "string" || !/^[A-Za-z_][A-Za-z0-9_]*$/.test(name))
    return `Invalid column name '${String(name)}'`;
  const facets = ["text", "number", "boolean", "dateTime", "choice"].filter(
    (f) => definition[f] !== undefined,
  );
  if (facets.length !== 1) return `Column '${name}' needs exactly one type facet`;
  const indexed = definition.indexed === true;
  const unique = definition.enforceUniqueValues === true;
  if (unique && !indexed) return `Column '${name}': enforceUniqueValues requires indexed`;
  const facet = facets[0];
  const text = definition.text as { allowMultipleLines?: boolean } | undefined;
  const multi = facet === "text" && text?.allowMultipleLines === true;
  if (multi && indexed) return `Column '${name}': multiple lines of text cannot be indexed`;
  const dateTime = definition.dateTime as { format?: string } | undefined;
  const type =
    facet === "text"
      ? multi
        ? "note"
        : "text"
      : facet === "dateTime"
        ? dateTime?.format === "dateOnly"
          ? "dateOnly"
          : "dateTime"
        : (facet ?? "text");
  const choices = (definition.choice as { choices?: string[] } | undefined)?.choices;
  return { name, indexed, unique, required: definition.required === true, type, ...(choices && { choices }) };
}

function parseFilter(filter: string): { column: string; value: string }[] | string {
  const clauses: { column: string; value: string }[] = [];
  for (const part of filter.split(/ and /)) {
    const match = /^fields\/([A-Za-z0-9_]+) eq '((?:[^']|'')*)'$/.exec(part.trim());
    if (!match?.[1] || match[2] === undefined)
      return `The fake supports only "fields/X eq '…'" joined by "and": ${part}`;
    clauses.push({ column: match[1], value: match[2].replace(/''/g, "'") });
  }
  return clauses;
}

function etag(item: FakeItem): string {
  return `"${item.guid},${item.version}"`;
}

function publicFields(item: FakeItem): Record<string, unknown> {
  return {
    id: item.id,
    ContentType: "Élément",
    Modified: "2026-11-20T10:00:00Z",
    Created: "2026-11-20T09:00:00Z",
    Attachments: false,
    _UIVersionString: `${item.version}.0`,
    ...item.fields,
  };
}

function itemJson(item: FakeItem, expand: boolean): Record<string, unknown> {
  return {
    id: item.id,
    "@odata.etag": etag(item),
    eTag: etag(item),
    lastModifiedDateTime: "2026-11-20T10:00:00Z",
    ...(expand && { fields: { "@odata.etag": etag(item), ...publicFields(item) } }),
  };
}

function listJson(list: FakeList): Record<string, unknown> {
  return { id: list.id, displayName: list.displayName, name: list.displayName.replace(/\s+/g, "") };
}

function lowerHeaders(
  headers: RequestInit["headers"] | Record<string, string> | undefined,
): Record<string, string> {
  const out: Record<string, string> = {};
  new Headers(headers as HeadersInit | undefined).forEach((value, name) => {
    out[name.toLowerCase()] = value;
  });
  return out;
}

function toResponse(answer: Answer): Response {
  const body = answer.body === undefined ? null : JSON.stringify(answer.body);
  const status = answer.status;
  return new Response(status === 204 || status === 304 ? null : body, {
    status,
    headers: { ...(body !== null && { "Content-Type": "application/json" }), ...answer.headers },
  });
}

function notFound(what: string): Answer {
  return {
    status: 404,
    body: { error: { code: "itemNotFound", message: `The resource could not be found: ${what}` } },
  };
}

function badRequest(message: string): Answer {
  return { status: 400, body: { error: { code: "invalidRequest", message } } };
}

function conflict(message: string): Answer {
  return { status: 409, body: { error: { code: "nameAlreadyExists", message } } };
}
