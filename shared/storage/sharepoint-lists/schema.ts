// The SharePoint lists behind the comité agenda: one list per record type, one typed column per scalar
// field of the record (so the list reads well in SharePoint and can be filtered and sorted there), and
// a multi-line text column holding JSON for nested data (attendees, agenda order, cotation…). The
// columns the provider filters on are indexed: SharePoint refuses filters on non-indexed columns once
// a list holds more than 5 000 items (the list view threshold).
import {
  actionStatuses,
  decisionOutcomes,
  procedures,
  segmentIds,
  type Action,
  type Decision,
  type Dossier,
  type Session,
} from "../../agenda";
import type { AgendaRecords, RecordKind } from "../repository";

/** How a record field is stored in its column. */
export type ColumnType =
  /** Single line of text (SharePoint limit: 255 characters). */
  | "text"
  /** Multiple lines of plain text (long texts: objects, labels, links). */
  | "note"
  /** Multiple lines of plain text holding the field as JSON (arrays and objects). */
  | "json"
  | "number"
  | "boolean"
  /** Date only (`AAAA-MM-JJ` in the record, a dateTime at 00:00 UTC in SharePoint). */
  | "date"
  | "choice";

export interface ColumnSpec {
  /** Internal name (Graph `name`, used in `$filter` as `fields/{name}`); ASCII, never renamed. */
  readonly name: string;
  /** What SharePoint shows as the column header. */
  readonly displayName: string;
  readonly type: ColumnType;
  /** The record field it holds. */
  readonly field: string;
  readonly required?: boolean;
  /** Filtered on by the provider: must be indexed (lists over 5 000 items). */
  readonly indexed?: boolean;
  /** One item per value (the record id). Requires `indexed`. */
  readonly unique?: boolean;
  readonly choices?: readonly string[];
}

export interface ListSpec<K extends RecordKind = RecordKind> {
  readonly kind: K;
  /** The list's title in SharePoint (also accepted by Graph in place of its id). */
  readonly displayName: string;
  readonly description: string;
  readonly columns: readonly ColumnSpec[];
  /** The built-in `Title` column receives this human label (SharePoint views link on it). */
  readonly title: (record: AgendaRecords[K]) => string;
}

/** Longest value of a single-line text column (SharePoint). */
export const TEXT_COLUMN_MAX = 255;

const idColumn: ColumnSpec = {
  name: "SpaserId",
  displayName: "Identifiant SPASER",
  type: "text",
  field: "id",
  required: true,
  indexed: true,
  unique: true,
};

// The references the app filters on (see `filterColumns`): required and indexed in every list holding them.
const sessionIdColumn: ColumnSpec = {
  name: "SpaserSessionId",
  displayName: "Séance",
  type: "text",
  field: "sessionId",
  required: true,
  indexed: true,
};

const committeeIdColumn: ColumnSpec = {
  name: "SpaserCommitteeId",
  displayName: "Comité",
  type: "text",
  field: "committeeId",
  required: true,
  indexed: true,
};

const sessionList: ListSpec<"session"> = {
  kind: "session",
  displayName: "SPASER Séances",
  description: "Séances des comités SPASER (SPASER 365). Ne pas renommer les colonnes.",
  title: (session: Session) => `Séance du ${session.date}`,
  columns: [
    idColumn,
    { name: "SpaserPolicyId", displayName: "Schéma", type: "text", field: "policyId", required: true },
    committeeIdColumn,
    { name: "SpaserDate", displayName: "Date", type: "date", field: "date", required: true, indexed: true },
    { name: "SpaserStartTime", displayName: "Heure de début", type: "text", field: "startTime" },
    { name: "SpaserPlace", displayName: "Lieu", type: "note", field: "place" },
    { name: "SpaserTeamsMeetingUrl", displayName: "Réunion Teams", type: "note", field: "teamsMeetingUrl" },
    { name: "SpaserAttendees", displayName: "Participants (JSON)", type: "json", field: "attendees" },
    { name: "SpaserAgenda", displayName: "Ordre du jour (JSON)", type: "json", field: "agenda" },
    {
      name: "SpaserStatus",
      displayName: "Statut",
      type: "choice",
      field: "status",
      indexed: true,
      choices: ["planifiee", "tenue", "annulee"],
    },
  ],
};

const dossierList: ListSpec<"dossier"> = {
  kind: "dossier",
  displayName: "SPASER Dossiers",
  description: "Dossiers inscrits à l'ordre du jour des comités SPASER (SPASER 365).",
  title: (dossier: Dossier) => dossier.object,
  columns: [
    idColumn,
    sessionIdColumn,
    { name: "SpaserObject", displayName: "Objet", type: "note", field: "object", required: true },
    { name: "SpaserDirection", displayName: "Direction", type: "text", field: "direction", required: true },
    {
      name: "SpaserSegment",
      displayName: "Segment d'achat",
      type: "choice",
      field: "segmentId",
      required: true,
      choices: segmentIds,
    },
    { name: "SpaserAmountHT", displayName: "Montant estimé HT", type: "number", field: "estimatedAmountHT" },
    {
      name: "SpaserProcedure",
      displayName: "Procédure",
      type: "choice",
      field: "procedure",
      required: true,
      choices: procedures,
    },
    {
      name: "SpaserPublicationDate",
      displayName: "Publication prévue",
      type: "date",
      field: "plannedPublicationDate",
    },
    {
      name: "SpaserContractEnd",
      displayName: "Fin du marché en cours",
      type: "date",
      field: "currentContractEnd",
    },
    { name: "SpaserAwardDate", displayName: "Attribution prévue", type: "date", field: "plannedAwardDate" },
    { name: "SpaserPresenter", displayName: "Présenté par", type: "text", field: "presenter" },
    { name: "SpaserDuration", displayName: "Durée (min)", type: "number", field: "durationMinutes" },
    { name: "SpaserSlot", displayName: "Créneau (JSON)", type: "json", field: "slot" },
    { name: "SpaserLevers", displayName: "Leviers proposés (JSON)", type: "json", field: "proposedLevers" },
    { name: "SpaserRecurring", displayName: "Récurrent", type: "boolean", field: "recurring" },
    { name: "SpaserTargeted", displayName: "Dossier ciblé", type: "boolean", field: "targeted" },
    { name: "SpaserCotation", displayName: "Cotation (JSON)", type: "json", field: "cotation" },
    { name: "SpaserAward", displayName: "Attribution (JSON)", type: "json", field: "award" },
  ],
};

const decisionList: ListSpec<"decision"> = {
  kind: "decision",
  displayName: "SPASER Décisions",
  description: "Décisions des comités SPASER sur les dossiers (SPASER 365).",
  title: (decision: Decision) => `Décision ${decision.outcome} — dossier ${decision.dossierId}`,
  columns: [
    idColumn,
    sessionIdColumn,
    {
      name: "SpaserDossierId",
      displayName: "Dossier",
      type: "text",
      field: "dossierId",
      required: true,
      indexed: true,
    },
    {
      name: "SpaserOutcome",
      displayName: "Décision",
      type: "choice",
      field: "outcome",
      required: true,
      indexed: true,
      choices: decisionOutcomes,
    },
    { name: "SpaserConditions", displayName: "Conditions (JSON)", type: "json", field: "conditions" },
    { name: "SpaserProvisions", displayName: "Dispositions (JSON)", type: "json", field: "provisions" },
    {
      name: "SpaserDecidedOn",
      displayName: "Date de décision",
      type: "date",
      field: "decidedOn",
      required: true,
    },
    { name: "SpaserNote", displayName: "Note", type: "note", field: "note" },
  ],
};

const actionList: ListSpec<"action"> = {
  kind: "action",
  displayName: "SPASER Actions",
  description: "Actions décidées en comité SPASER, reportées jusqu'à leur clôture (SPASER 365).",
  title: (action: Action) => action.label,
  columns: [
    idColumn,
    committeeIdColumn,
    sessionIdColumn,
    { name: "SpaserDossierId", displayName: "Dossier", type: "text", field: "dossierId", indexed: true },
    { name: "SpaserLabel", displayName: "Action", type: "note", field: "label", required: true },
    { name: "SpaserOwner", displayName: "Responsable", type: "text", field: "owner", required: true },
    { name: "SpaserDueDate", displayName: "Échéance", type: "date", field: "dueDate", required: true },
    {
      name: "SpaserStatus",
      displayName: "Statut",
      type: "choice",
      field: "status",
      required: true,
      indexed: true,
      choices: actionStatuses,
    },
    { name: "SpaserClosedOn", displayName: "Clôturée le", type: "date", field: "closedOn" },
  ],
};

/** The four lists, by record kind. */
export const agendaLists: { readonly [K in RecordKind]: ListSpec<K> } = {
  session: sessionList,
  dossier: dossierList,
  decision: decisionList,
  action: actionList,
};

/** The column holding a ListQuery filter, per kind (all indexed). */
export const filterColumns = {
  sessionId: "SpaserSessionId",
  committeeId: "SpaserCommitteeId",
  dossierId: "SpaserDossierId",
} as const;

/** Where each kind's lists live: list ids (from provisioning) or titles, by kind. */
export type AgendaListIds = { readonly [K in RecordKind]: string };

/** The lists addressed by their titles (works once provisioned; ids avoid encoding the accents). */
export const defaultListIds: AgendaListIds = {
  session: sessionList.displayName,
  dossier: dossierList.displayName,
  decision: decisionList.displayName,
  action: actionList.displayName,
};

/**
 * The Graph `columnDefinition` of a column (body of `POST …/columns`, or an entry of `columns` in
 * `POST …/lists`).
 */
export function columnDefinition(column: ColumnSpec): Record<string, unknown> {
  const facet = ((): Record<string, unknown> => {
    switch (column.type) {
      case "text":
        return { text: { allowMultipleLines: false, maxLength: TEXT_COLUMN_MAX } };
      case "note":
      case "json":
        return { text: { allowMultipleLines: true, textType: "plain", linesForEditing: 6 } };
      case "number":
        return { number: {} };
      case "boolean":
        return { boolean: {} };
      case "date":
        return { dateTime: { format: "dateOnly" } };
      case "choice":
        return { choice: { choices: [...(column.choices ?? [])], displayAs: "dropDownMenu" } };
    }
  })();
  return {
    name: column.name,
    displayName: column.displayName,
    ...facet,
    ...(column.required && { required: true }),
    ...(column.indexed && { indexed: true }),
    ...(column.unique && { enforceUniqueValues: true }),
  };
}
