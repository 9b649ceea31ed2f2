// Creates the agenda lists and their columns on a SharePoint site, idempotently: it reads what exists
// (one GET of the lists, one `$batch` of their columns) and creates only what is missing (lists with
// their columns in one `POST …/lists` each, missing columns with `POST …/columns`), all writes in
// `$batch`. A second run creates nothing. `planProvisioning` is the pure part: the CLI's `--print`
// shows its requests for an empty site, without a tenant.
import { batch, codeForStatus, GraphError, type BatchRequest, type GraphClient } from "../../graph";
import type { RecordKind } from "../repository";
import { recordKinds } from "../repository";
import { agendaLists, columnDefinition, type AgendaListIds, type ListSpec } from "./schema";

/** A list as found on the site: its id and the internal names of its columns. */
export interface ExistingList {
  readonly id: string;
  readonly columns: ReadonlySet<string>;
}

export interface ProvisionStep {
  readonly kind: RecordKind;
  readonly list: string;
  readonly action: "create-list" | "add-column";
  /** Internal names of the columns the step creates. */
  readonly columns: readonly string[];
  readonly method: "POST";
  /** Relative to the Graph version root. */
  readonly url: string;
  readonly body: Record<string, unknown>;
}

export interface ProvisionReport {
  readonly siteId: string;
  /** Ids of the four lists, to pass to SharePointListsAgendaRepository. */
  readonly listIds: AgendaListIds;
  readonly steps: readonly ProvisionStep[];
  readonly createdLists: readonly string[];
  readonly addedColumns: readonly string[];
}

const sitePath = (siteId: string) => `/sites/${encodeURIComponent(siteId)}`;

/** The requests that bring the site to the schema, given what exists (by list title). */
export function planProvisioning(
  siteId: string,
  existing: ReadonlyMap<string, ExistingList>,
): ProvisionStep[] {
  const steps: ProvisionStep[] = [];
  for (const kind of recordKinds) {
    const spec = agendaLists[kind] as ListSpec;
    const found = existing.get(spec.displayName);
    if (!found) {
      steps.push({
        kind,
        list: spec.displayName,
        action: "create-list",
        columns: spec.columns.map((c) => c.name),
        method: "POST",
        url: `${sitePath(siteId)}/lists`,
        body: {
          displayName: spec.displayName,
          description: spec.description,
          columns: spec.columns.map(columnDefinition),
          list: { template: "genericList" },
        },
      });
      continue;
    }
    for (const column of spec.columns) {
      if (found.columns.has(column.name)) continue;
      steps.push({
        kind,
        list: spec.displayName,
        action: "add-column",
        columns: [column.name],
        method: "POST",
        url: `${sitePath(siteId)}/lists/${encodeURIComponent(found.id)}/columns`,
        body: columnDefinition(column),
      });
    }
  }
  return steps;
}

interface Page<T> {
  readonly value?: readonly T[];
  readonly "@odata.nextLink"?: string;
}

/** The site's lists that carry an agenda list title, with their columns (2 requests). */
export async function readAgendaLists(
  graph: GraphClient,
  siteId: string,
): Promise<Map<string, ExistingList>> {
  const titles = new Set(recordKinds.map((kind) => agendaLists[kind].displayName));
  const found: { id: string; displayName: string }[] = [];
  let next: string | undefined = `${sitePath(siteId)}/lists?$select=id,displayName`;
  while (next !== undefined) {
    const page: { body: Page<{ id: string; displayName: string }> } = await graph.send({ path: next });
    found.push(...(page.body.value ?? []).filter((list) => titles.has(list.displayName)));
    next = page.body["@odata.nextLink"];
  }
  const existing = new Map<string, ExistingList>();
  if (found.length === 0) return existing;
  const responses = await batch(
    graph,
    found.map((list, i) => ({
      id: String(i + 1),
      method: "GET" as const,
      url: `${sitePath(siteId)}/lists/${encodeURIComponent(list.id)}/columns?$select=name`,
    })),
  );
  responses.forEach((response, i) => {
    const list = found[i];
    if (!list) return;
    throwIfFailed(response.status, response.body, `GET columns of ${list.displayName}`);
    const columns = ((response.body ?? {}) as Page<{ name: string }>).value ?? [];
    existing.set(list.displayName, { id: list.id, columns: new Set(columns.map((c) => c.name)) });
  });
  return existing;
}

/**
 * Makes sure the four agenda lists and all their columns exist on the site; safe to run at every
 * start (first-run step of the Teams tab) or from `spaser lists provision`. Needs a token allowed to
 * create lists (Graph documents Sites.Manage.All as least privilege for `POST /sites/{id}/lists`).
 */
export async function provisionAgendaLists(graph: GraphClient, siteId: string): Promise<ProvisionReport> {
  const existing = await readAgendaLists(graph, siteId);
  const steps = planProvisioning(siteId, existing);
  const ids = new Map<RecordKind, string>();
  for (const kind of recordKinds) {
    const found = existing.get(agendaLists[kind].displayName);
    if (found) ids.set(kind, found.id);
  }
  if (steps.length > 0) {
    const requests: BatchRequest[] = steps.map((step, i) => ({
      id: String(i + 1),
      method: step.method,
      url: step.url,
      body: step.body,
    }));
    const responses = await batch(graph, requests);
    responses.forEach((response, i) => {
      const step = steps[i];
      if (!step) return;
      // 409: created meanwhile by another run (two tabs opened at once): it exists, which is the goal.
      if (response.status === 409) return;
      throwIfFailed(response.status, response.body, `POST ${step.url}`);
      if (step.action === "create-list") ids.set(step.kind, String((response.body as { id?: unknown }).id));
    });
    if (steps.some((step) => step.action === "create-list" && !ids.has(step.kind))) {
      // A list created by a concurrent run: read the ids once more.
      for (const [title, list] of await readAgendaLists(graph, siteId)) {
        const kind = recordKinds.find((k) => agendaLists[k].displayName === title);
        if (kind) ids.set(kind, list.id);
      }
    }
  }
  const listIds = Object.fromEntries(recordKinds.map((kind) => [kind, ids.get(kind) ?? ""])) as AgendaListIds;
  return {
    siteId,
    listIds,
    steps,
    createdLists: steps.filter((s) => s.action === "create-list").map((s) => s.list),
    addedColumns: steps
      .filter((s) => s.action === "add-column")
      .flatMap((s) => s.columns.map((c) => `${s.list}/${c}`)),
  };
}

/** The ids of the four lists when they all exist (1 request), else undefined: provision first. */
export async function findAgendaLists(
  graph: GraphClient,
  siteId: string,
): Promise<AgendaListIds | undefined> {
  const titles = new Map(recordKinds.map((kind) => [agendaLists[kind].displayName, kind]));
  const ids = new Map<RecordKind, string>();
  let next: string | undefined = `${sitePath(siteId)}/lists?$select=id,displayName`;
  while (next !== undefined) {
    const page: { body: Page<{ id: string; displayName: string }> } = await graph.send({ path: next });
    for (const list of page.body.value ?? []) {
      const kind = titles.get(list.displayName);
      if (kind) ids.set(kind, list.id);
    }
    next = page.body["@odata.nextLink"];
  }
  if (ids.size < recordKinds.length) return undefined;
  return Object.fromEntries(recordKinds.map((kind) => [kind, ids.get(kind) ?? ""])) as AgendaListIds;
}

function throwIfFailed(status: number, body: unknown, request: string): void {
  if (status >= 200 && status < 300) return;
  throw new GraphError(codeForStatus(status), { status, body, request });
}
