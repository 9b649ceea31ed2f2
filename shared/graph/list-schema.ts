// Creates a SharePoint list with its columns when it does not exist yet (first use on a site), so an
// administrator does not build the committee agenda list by hand. Columns used in `$filter` are
// created indexed: over 5 000 items, SharePoint refuses filters on non-indexed columns.
import { GraphError } from "./graph-error";
import type { GraphClient } from "./http";

export type ColumnDefinition =
  | { readonly name: string; readonly type: "text"; readonly multiline?: boolean; readonly indexed?: boolean }
  | { readonly name: string; readonly type: "number"; readonly indexed?: boolean }
  | { readonly name: string; readonly type: "dateTime"; readonly indexed?: boolean }
  | { readonly name: string; readonly type: "boolean"; readonly indexed?: boolean }
  | {
      readonly name: string;
      readonly type: "choice";
      readonly choices: readonly string[];
      readonly indexed?: boolean;
    };

export interface ListDefinition {
  readonly displayName: string;
  readonly columns: readonly ColumnDefinition[];
}

export interface EnsuredList {
  readonly id: string;
  readonly created: boolean;
}

/** `GET …/lists/{title}`; on 404, `POST …/lists` with the column definitions. */
export async function ensureList(
  client: GraphClient,
  siteId: string,
  definition: ListDefinition,
): Promise<EnsuredList> {
  const site = `/sites/${encodeURIComponent(siteId)}`;
  try {
    const existing = await client.send<{ id: string }>({
      path: `${site}/lists/${encodeURIComponent(definition.displayName)}?$select=id`,
    });
    return { id: existing.body.id, created: false };
  } catch (error) {
    if (!(error instanceof GraphError) || error.status !== 404) throw error;
  }
  const created = await client.send<{ id: string }>({
    method: "POST",
    path: `${site}/lists`,
    body: {
      displayName: definition.displayName,
      list: { template: "genericList" },
      columns: definition.columns.map(columnJson),
    },
  });
  return { id: created.body.id, created: true };
}

function columnJson(column: ColumnDefinition): Record<string, unknown> {
  const base = { name: column.name, ...(column.indexed && { indexed: true }) };
  switch (column.type) {
    case "text":
      return { ...base, text: column.multiline ? { allowMultipleLines: true } : {} };
    case "number":
      return { ...base, number: {} };
    case "dateTime":
      return { ...base, dateTime: {} };
    case "boolean":
      return { ...base, boolean: {} };
    case "choice":
      return { ...base, choice: { choices: [...column.choices] } };
  }
}
