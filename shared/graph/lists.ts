// SharePoint lists through Graph: the committee agenda list lives here. Optimistic concurrency with
// ETags: an update sends `If-Match`; Graph answers 412 when someone else changed the item, writes
// nothing, and we hand the caller the server's current version to merge or show.
import { GraphError } from "./graph-error";
import type { GraphClient } from "./http";

export interface ListItem<F> {
  readonly id: string;
  /** `@odata.etag` of the item, to send back as `If-Match`. */
  readonly etag: string;
  readonly fields: F;
  readonly lastModified?: string;
}

/** 412 on update: the item changed on the server; `current` is its server version (when readable). */
export class ListItemConflictError<F = Record<string, unknown>> extends GraphError {
  readonly current: ListItem<F> | undefined;
  constructor(request: string, body: unknown, current: ListItem<F> | undefined, cause: unknown) {
    super("GRAPH_PRECONDITION_FAILED", { status: 412, body, request, cause });
    this.name = "ListItemConflictError";
    this.current = current;
  }
}

interface RawItem {
  id: string;
  "@odata.etag"?: string;
  eTag?: string;
  lastModifiedDateTime?: string;
  fields?: Record<string, unknown>;
}

interface Page<T> {
  value?: T[];
  "@odata.nextLink"?: string;
}

/** Graph's site id for `hostname` + `/sites/path` (resolve once, then use the id). */
export async function resolveSiteId(client: GraphClient, hostname: string, path: string): Promise<string> {
  const response = await client.send<{ id: string }>({ path: `/sites/${hostname}:${path}` });
  return response.body.id;
}

function listPath(siteId: string, list: string): string {
  return `/sites/${encodeURIComponent(siteId)}/lists/${encodeURIComponent(list)}`;
}

export interface ListQuery {
  /** OData `$filter` on fields (`fields/Comite eq 'CA-2026-03'`); filter only on indexed columns. */
  readonly filter?: string;
  readonly orderBy?: string;
  /** Page size (Graph caps it); every page is followed. */
  readonly top?: number;
}

/** Every item of the list matching the query, all pages followed. */
export async function getListItems<F>(
  client: GraphClient,
  siteId: string,
  list: string,
  query: ListQuery = {},
): Promise<ListItem<F>[]> {
  const params = new URLSearchParams({ expand: "fields" });
  if (query.filter) params.set("$filter", query.filter);
  if (query.orderBy) params.set("$orderby", query.orderBy);
  if (query.top) params.set("$top", String(query.top));
  const items: ListItem<F>[] = [];
  let next: string | undefined = `${listPath(siteId, list)}/items?${params.toString()}`;
  while (next !== undefined) {
    const page: GraphPage = await client.send<Page<RawItem>>({
      path: next,
      // Filtering on a non-indexed column of a big list is refused without this header.
      ...(query.filter && { headers: { Prefer: "HonorNonIndexedQueriesWarningMayFailRandomly" } }),
    });
    items.push(...(page.body.value ?? []).map((raw) => toItem<F>(raw)));
    next = page.body["@odata.nextLink"];
  }
  return items;
}
type GraphPage = { body: Page<RawItem> };

export async function getListItem<F>(
  client: GraphClient,
  siteId: string,
  list: string,
  id: string,
): Promise<ListItem<F>> {
  const response = await client.send<RawItem>({
    path: `${listPath(siteId, list)}/items/${encodeURIComponent(id)}?expand=fields`,
  });
  return toItem<F>(response.body);
}

/** `POST …/items` with `{ fields }` → 201 with the new item and its ETag. */
export async function createListItem<F>(
  client: GraphClient,
  siteId: string,
  list: string,
  fields: Partial<F>,
): Promise<ListItem<F>> {
  const response = await client.send<RawItem>({
    method: "POST",
    path: `${listPath(siteId, list)}/items`,
    body: { fields },
  });
  return toItem<F>(response.body);
}

/**
 * `PATCH …/items/{id}/fields` with `If-Match: etag`. Returns the item's new version. On 412 throws
 * `ListItemConflictError` carrying the server's current version, and nothing was written.
 */
export async function updateListItemFields<F>(
  client: GraphClient,
  siteId: string,
  list: string,
  item: { readonly id: string; readonly etag: string },
  changes: Partial<F>,
): Promise<ListItem<F>> {
  const path = `${listPath(siteId, list)}/items/${encodeURIComponent(item.id)}/fields`;
  try {
    const response = await client.send<Record<string, unknown>>({
      method: "PATCH",
      path,
      headers: { "If-Match": item.etag },
      body: changes,
    });
    const { "@odata.etag": etag, ...fields } = response.body;
    return { id: item.id, etag: typeof etag === "string" ? etag : item.etag, fields: fields as F };
  } catch (error) {
    if (!(error instanceof GraphError) || error.status !== 412) throw error;
    const current = await getListItem<F>(client, siteId, list, item.id).catch(() => undefined);
    throw new ListItemConflictError<F>(`PATCH ${path}`, error.body, current, error);
  }
}

export async function deleteListItem(
  client: GraphClient,
  siteId: string,
  list: string,
  item: { readonly id: string; readonly etag?: string },
): Promise<void> {
  await client.send({
    method: "DELETE",
    path: `${listPath(siteId, list)}/items/${encodeURIComponent(item.id)}`,
    ...(item.etag && { headers: { "If-Match": item.etag } }),
  });
}

function toItem<F>(raw: RawItem): ListItem<F> {
  const { "@odata.etag": fieldsEtag, ...fields } = raw.fields ?? {};
  const etag = raw["@odata.etag"] ?? raw.eTag ?? (typeof fieldsEtag === "string" ? fieldsEtag : "");
  return {
    id: raw.id,
    etag,
    fields: fields as F,
    ...(raw.lastModifiedDateTime && { lastModified: raw.lastModifiedDateTime }),
  };
}
