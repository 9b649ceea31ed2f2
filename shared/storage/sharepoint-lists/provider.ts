// The Microsoft Graph / SharePoint lists provider of AgendaRepository (shared/storage/repository.ts).
// Reads: list queries filtered on indexed columns (`$filter=fields/… eq '…'`, `$expand=fields`), every
// `@odata.nextLink` page followed; `loadSession` sends them together in one `$batch`, so a session
// costs the same requests whether it has 2 dossiers or 40. Writes: `POST …/items` (201) to create,
// `PATCH …/items/{id}/fields` with `If-Match` to update, `DELETE` with `If-Match`: a 412 becomes
// AgendaConflictError with both sides (the server side fetched once). 429/503 are retried by the Graph
// client after `Retry-After`; a failure that remains carries `retryAfterMs` for the write queue.
import { SpaserError } from "../../errors";
import {
  batch,
  codeForStatus,
  GraphError,
  ListItemConflictError,
  getListItem,
  updateListItemFields,
  type BatchRequest,
  type GraphClient,
  type ListItem,
} from "../../graph";
import { t } from "../../i18n";
import { AgendaConflictError, conflictingFields } from "../conflict";
import {
  compareStored,
  filterableFields,
  type AgendaRecord,
  type AgendaRecords,
  type AgendaRepository,
  type ListQuery,
  type RecordKind,
  type SessionBundle,
  type Stored,
} from "../repository";
import { fieldsToRecord, odataString, recordToFields } from "./mapping";
import { defaultListIds, filterColumns, type AgendaListIds } from "./schema";

export interface SharePointListsOptions {
  readonly graph: GraphClient;
  /** Graph site id (`hostname,siteCollectionId,webId`), from `resolveSiteId` or provisioning. */
  readonly siteId: string;
  /** List ids (from `provisionAgendaLists`) or titles; default: the titles of schema.ts. */
  readonly lists?: Partial<AgendaListIds>;
  /** Shown next to the save state; default « Listes SharePoint du site … ». */
  readonly label?: string;
  /** Items per page (`$top`); further pages are followed. Default 200. */
  readonly pageSize?: number;
}

interface RawItem {
  readonly id: string;
  readonly "@odata.etag"?: string;
  readonly eTag?: string;
  readonly fields?: Record<string, unknown>;
}

interface ItemsPage {
  readonly value?: readonly RawItem[];
  readonly "@odata.nextLink"?: string;
}

/** One list query of a batched read. */
interface ListRead {
  readonly kind: RecordKind;
  readonly filter: Readonly<Record<string, string>>;
}

export class SharePointListsAgendaRepository implements AgendaRepository {
  readonly label: string;
  private readonly graph: GraphClient;
  private readonly siteId: string;
  private readonly lists: AgendaListIds;
  private readonly pageSize: number;
  /** `${kind}:${recordId}` → SharePoint item id, learnt from every read and write. */
  private readonly itemIds = new Map<string, string>();
  /** Session id → committee id, learnt from reads: lets `loadSession` send one batch instead of two. */
  private readonly sessionCommittees = new Map<string, string>();

  constructor(options: SharePointListsOptions) {
    this.graph = options.graph;
    this.siteId = options.siteId;
    this.lists = { ...defaultListIds, ...options.lists };
    this.pageSize = options.pageSize ?? 200;
    this.label = options.label ?? t("lists.label", { site: options.siteId.split(",")[0] ?? options.siteId });
  }

  async list<K extends RecordKind>(kind: K, query: ListQuery = {}): Promise<Stored<AgendaRecords[K]>[]> {
    const filter: Record<string, string> = {};
    for (const key of filterableFields[kind]) {
      const value = query[key];
      if (value !== undefined) filter[filterColumns[key]] = value;
    }
    const [items] = await this.read([{ kind, filter }]);
    return (items ?? []) as Stored<AgendaRecords[K]>[];
  }

  async get<K extends RecordKind>(kind: K, id: string): Promise<Stored<AgendaRecords[K]> | undefined> {
    const [items] = await this.read([{ kind, filter: { SpaserId: id } }]);
    return items?.[0] as Stored<AgendaRecords[K]> | undefined;
  }

  async loadSession(sessionId: string): Promise<SessionBundle | undefined> {
    const bySession = (kind: RecordKind): ListRead => ({ kind, filter: { SpaserSessionId: sessionId } });
    const byCommittee = (kind: RecordKind, committeeId: string): ListRead => ({
      kind,
      filter: { SpaserCommitteeId: committeeId },
    });
    const first: ListRead[] = [
      { kind: "session", filter: { SpaserId: sessionId } },
      bySession("dossier"),
      bySession("decision"),
    ];
    // The committee is known when the session was listed or read before (the usual path: the tab
    // lists the sessions, then opens one): then everything goes in one batch, otherwise in two.
    const known = this.sessionCommittees.get(sessionId);
    if (known !== undefined) first.push(byCommittee("session", known), byCommittee("action", known));
    const results = await this.read(first);
    const session = results[0]?.[0] as Stored<AgendaRecords["session"]> | undefined;
    if (!session) return undefined;
    const committeeId = session.record.committeeId;
    let committeeSessions = results[3];
    let actions = results[4];
    if (committeeId !== known || !committeeSessions || !actions) {
      [committeeSessions, actions] = await this.read([
        byCommittee("session", committeeId),
        byCommittee("action", committeeId),
      ]);
    }
    return {
      session,
      dossiers: (results[1] ?? []) as Stored<AgendaRecords["dossier"]>[],
      decisions: (results[2] ?? []) as Stored<AgendaRecords["decision"]>[],
      committeeSessions: (committeeSessions ?? []) as Stored<AgendaRecords["session"]>[],
      actions: (actions ?? []) as Stored<AgendaRecords["action"]>[],
    };
  }

  async save<K extends RecordKind>(
    kind: K,
    record: AgendaRecords[K],
    baseEtag: string | null,
  ): Promise<Stored<AgendaRecords[K]>> {
    const fields = recordToFields(kind, record);
    const conflict = (theirs: Stored<AgendaRecord> | undefined) =>
      new AgendaConflictError({ kind, id: record.id, baseEtag, mine: record, theirs });
    // A write replayed after its answer was lost (the network dropped after SharePoint committed it)
    // finds the server already holding exactly this record: that is a save, not a conflict.
    const settle = (theirs: Stored<AgendaRecord> | undefined): Stored<AgendaRecords[K]> => {
      if (theirs && conflictingFields(record, theirs.record).length === 0) {
        return theirs as Stored<AgendaRecords[K]>;
      }
      throw conflict(theirs);
    };
    if (baseEtag === null) {
      try {
        const response = await this.graph.send<RawItem>({
          method: "POST",
          path: `${this.listPath(kind)}/items`,
          body: { fields },
        });
        this.itemIds.set(key(kind, record.id), response.body.id);
        this.learn(kind, record);
        return { record, etag: etagOf(response.body) };
      } catch (error) {
        // The id column is unique: creating an id that exists is refused (409). Show what is there.
        if (error instanceof GraphError && (error.status === 409 || error.status === 400)) {
          const existing = await this.get(kind, record.id);
          if (existing) return settle(existing);
        }
        throw storageError(error);
      }
    }
    try {
      const itemId = await this.itemIdOf(kind, record.id);
      if (itemId === undefined) throw conflict(undefined);
      const updated = await updateListItemFields(
        this.graph,
        this.siteId,
        this.lists[kind],
        { id: itemId, etag: baseEtag },
        fields,
      );
      this.learn(kind, record);
      return { record, etag: updated.etag };
    } catch (error) {
      if (error instanceof AgendaConflictError) throw error;
      if (error instanceof ListItemConflictError) {
        // 412: nothing was written; lists.ts fetched the server's version once, with its new ETag.
        const current = error.current as ListItem<Record<string, unknown>> | undefined;
        return settle(current ? this.toStored(kind, current) : await this.get(kind, record.id));
      }
      if (error instanceof GraphError && error.status === 404) {
        this.itemIds.delete(key(kind, record.id));
        return settle(await this.get(kind, record.id));
      }
      throw storageError(error);
    }
  }

  async remove(kind: RecordKind, id: string, baseEtag: string): Promise<void> {
    const conflict = (theirs: Stored<AgendaRecord> | undefined) =>
      new AgendaConflictError({ kind, id, baseEtag, mine: undefined, theirs });
    const itemId = await this.itemIdOf(kind, id).catch((error: unknown) => {
      throw storageError(error);
    });
    if (itemId === undefined) throw conflict(undefined);
    try {
      await this.graph.send({
        method: "DELETE",
        path: `${this.listPath(kind)}/items/${encodeURIComponent(itemId)}`,
        headers: { "If-Match": baseEtag },
      });
      this.itemIds.delete(key(kind, id));
    } catch (error) {
      if (error instanceof GraphError && error.status === 412) {
        const current = await getListItem<Record<string, unknown>>(
          this.graph,
          this.siteId,
          this.lists[kind],
          itemId,
        ).catch(() => undefined);
        throw conflict(current ? this.toStored(kind, current) : await this.get(kind, id));
      }
      if (error instanceof GraphError && error.status === 404) {
        this.itemIds.delete(key(kind, id));
        throw conflict(await this.get(kind, id));
      }
      throw storageError(error);
    }
  }

  /**
   * Runs list queries together: one `$batch` (Graph takes 20 per call), then one more per round of
   * `@odata.nextLink` pages. Results come back in the order of `reads`, each sorted (rule 6).
   */
  private async read(reads: readonly ListRead[]): Promise<Stored<AgendaRecord>[][]> {
    const results: Stored<AgendaRecord>[][] = reads.map(() => []);
    let pending = reads.map((read, index) => ({ index, kind: read.kind, url: this.queryUrl(read) }));
    try {
      while (pending.length > 0) {
        const pages = await this.getPages(pending.map((p) => p.url));
        const next: typeof pending = [];
        pages.forEach((page, i) => {
          const request = pending[i];
          if (!request) return;
          const bucket = results[request.index];
          for (const raw of page.value ?? []) {
            bucket?.push(
              this.toStored(request.kind, { id: raw.id, etag: etagOf(raw), fields: raw.fields ?? {} }),
            );
          }
          const nextLink = page["@odata.nextLink"];
          if (nextLink) next.push({ ...request, url: this.relative(nextLink) });
        });
        pending = next;
      }
    } catch (error) {
      throw storageError(error);
    }
    return results.map((items) => items.sort(compareStored));
  }

  /** One GET sent alone, several in one `$batch`. */
  private async getPages(urls: readonly string[]): Promise<ItemsPage[]> {
    const [only] = urls;
    if (urls.length === 1 && only !== undefined) {
      return [(await this.graph.send<ItemsPage>({ path: only })).body];
    }
    const requests: BatchRequest[] = urls.map((url, i) => ({ id: String(i + 1), method: "GET", url }));
    const responses = await batch(this.graph, requests);
    return responses.map((response, i) => {
      if (response.status >= 200 && response.status < 300) return (response.body ?? {}) as ItemsPage;
      const retryAfter = Object.entries(response.headers).find(
        ([name]) => name.toLowerCase() === "retry-after",
      );
      const seconds = retryAfter ? Number(retryAfter[1]) : Number.NaN;
      throw new GraphError(codeForStatus(response.status), {
        status: response.status,
        body: response.body,
        request: `GET ${urls[i] ?? ""} ($batch)`,
        ...(Number.isFinite(seconds) && { retryAfterSeconds: seconds }),
      });
    });
  }

  private queryUrl(read: ListRead): string {
    const filter = Object.entries(read.filter)
      .map(([column, value]) => `fields/${column} eq ${odataString(value)}`)
      .join(" and ");
    const params = [`$expand=fields`, `$top=${this.pageSize}`];
    if (filter !== "") params.push(`$filter=${encodeURIComponent(filter)}`);
    return `${this.listPath(read.kind)}/items?${params.join("&")}`;
  }

  private relative(link: string): string {
    return link.startsWith(this.graph.baseUrl) ? link.slice(this.graph.baseUrl.length) : link;
  }

  private listPath(kind: RecordKind): string {
    return `/sites/${encodeURIComponent(this.siteId)}/lists/${encodeURIComponent(this.lists[kind])}`;
  }

  private toStored(kind: RecordKind, item: ListItem<Record<string, unknown>>): Stored<AgendaRecord> {
    const record = fieldsToRecord(kind, item.fields, item.id);
    this.itemIds.set(key(kind, record.id), item.id);
    this.learn(kind, record);
    return { record, etag: item.etag };
  }

  private learn(kind: RecordKind, record: AgendaRecord): void {
    if (kind === "session" && "committeeId" in record)
      this.sessionCommittees.set(record.id, record.committeeId);
  }

  /** The SharePoint item id of a record: known from an earlier read or write, else looked up once. */
  private async itemIdOf(kind: RecordKind, id: string): Promise<string | undefined> {
    const known = this.itemIds.get(key(kind, id));
    if (known !== undefined) return known;
    await this.get(kind, id);
    return this.itemIds.get(key(kind, id));
  }
}

const key = (kind: RecordKind, id: string) => `${kind}:${id}`;

function etagOf(raw: RawItem): string {
  const fieldsEtag = raw.fields?.["@odata.etag"];
  return raw["@odata.etag"] ?? raw.eTag ?? (typeof fieldsEtag === "string" ? fieldsEtag : "");
}

/**
 * Rule 4 of the repository contract: failures are SpaserErrors, and a throttled one says how long to
 * wait (`retryAfterMs`) so the write queue schedules its retry on Graph's terms, not its own.
 */
function storageError(error: unknown): unknown {
  if (error instanceof AgendaConflictError) return error;
  if (error instanceof GraphError && error.retryAfterSeconds !== undefined) {
    return new SpaserError(
      error.code,
      { ...error.params, retryAfterMs: error.retryAfterSeconds * 1000 },
      { cause: error },
    );
  }
  return error;
}
