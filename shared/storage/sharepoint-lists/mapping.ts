// Record ↔ list-item fields. Writes send every column of the list (null for an absent optional field,
// so a field removed in the app is cleared in SharePoint); reads rebuild the record from the columns
// and validate it with the agenda schema, so a value edited by hand in SharePoint is either taken or
// reported, never silently half-read.
import { actionSchema, decisionSchema, dossierSchema, sessionSchema } from "../../agenda";
import { SpaserError } from "../../errors";
import type { AgendaRecords, RecordKind } from "../repository";
import { agendaLists, TEXT_COLUMN_MAX, type ColumnSpec } from "./schema";

const schemas = {
  session: sessionSchema,
  dossier: dossierSchema,
  decision: decisionSchema,
  action: actionSchema,
} as const;

const DAY_MS = 86_400_000;

/** The `fields` of a list item for `record` (body of `POST …/items` and `PATCH …/fields`). */
export function recordToFields<K extends RecordKind>(
  kind: K,
  record: AgendaRecords[K],
): Record<string, unknown> {
  const list = agendaLists[kind];
  const values = record as unknown as Record<string, unknown>;
  const fields: Record<string, unknown> = { Title: truncate(list.title(record)) };
  for (const column of list.columns) {
    const value = values[column.field];
    fields[column.name] = value === undefined ? null : toColumnValue(column, value, list.displayName);
  }
  return fields;
}

function toColumnValue(column: ColumnSpec, value: unknown, listName: string): unknown {
  switch (column.type) {
    case "json":
      return JSON.stringify(value);
    case "date":
      // Midday UTC is the same calendar day from UTC−11 to UTC+11, whatever SharePoint does with it.
      return `${String(value)}T12:00:00Z`;
    case "text": {
      const text = String(value);
      if (text.length > TEXT_COLUMN_MAX) {
        throw new SpaserError("LISTS_TEXT_TOO_LONG", {
          column: column.displayName,
          list: listName,
          max: TEXT_COLUMN_MAX,
          length: text.length,
        });
      }
      return text;
    }
    default:
      return value;
  }
}

/** The record held by an item's fields, validated; throws LISTS_ITEM_INVALID when it is not one. */
export function fieldsToRecord<K extends RecordKind>(
  kind: K,
  fields: Readonly<Record<string, unknown>>,
  itemId: string,
): AgendaRecords[K] {
  const list = agendaLists[kind];
  const raw: Record<string, unknown> = {};
  const invalid = (detail: string) =>
    new SpaserError("LISTS_ITEM_INVALID", { list: list.displayName, item: itemId, detail });
  for (const column of list.columns) {
    const value = fields[column.name];
    if (value === null || value === undefined || value === "") continue;
    raw[column.field] = fromColumnValue(column, value, invalid);
  }
  const parsed = schemas[kind].safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const column = list.columns.find((c) => c.field === String(issue?.path[0] ?? ""));
    throw invalid(`${column?.displayName ?? String(issue?.path.join(".") ?? "")} : ${issue?.message ?? ""}`);
  }
  return parsed.data as AgendaRecords[K];
}

function fromColumnValue(column: ColumnSpec, value: unknown, invalid: (detail: string) => Error): unknown {
  switch (column.type) {
    case "json":
      try {
        return JSON.parse(String(value)) as unknown;
      } catch {
        throw invalid(`${column.displayName} : JSON illisible`);
      }
    case "date":
      return dateFromColumn(String(value)) ?? String(value);
    case "number":
      return typeof value === "string" && value.trim() !== "" ? Number(value) : value;
    case "boolean":
      return typeof value === "string" ? value === "true" || value === "1" : value;
    default:
      return String(value);
  }
}

/**
 * `AAAA-MM-JJ` of a date-only column. We write midday UTC; SharePoint may keep it, or keep the
 * midnight of that day in the site's time zone (2026-03-10 on a Paris site: 2026-03-09T23:00:00Z, as a
 * value typed in the SharePoint form also is). Midday UTC reads as its own day, anything else as the
 * nearest UTC midnight: the right calendar day for every site zone from UTC−11 to UTC+11.
 */
export function dateFromColumn(value: string): string | undefined {
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
  const instant = Date.parse(value);
  if (Number.isNaN(instant)) return undefined;
  const sinceMidnight = ((instant % DAY_MS) + DAY_MS) % DAY_MS;
  const day = sinceMidnight === DAY_MS / 2 ? instant - DAY_MS / 2 : Math.round(instant / DAY_MS) * DAY_MS;
  return new Date(day).toISOString().slice(0, 10);
}

function truncate(title: string): string {
  return title.length > TEXT_COLUMN_MAX ? `${title.slice(0, TEXT_COLUMN_MAX - 1)}…` : title;
}

/** An OData string literal (`'` doubled). */
export function odataString(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}
