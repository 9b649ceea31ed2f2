import { z } from "zod";
import { SpaserError } from "../errors";
import { committeeSchema, describeIssues, type Committee } from "../policies";
import { actionsForSession } from "./actions";
import { dossiersInAgendaOrder } from "./schedule";
import { actionSchema, decisionSchema, dossierSchema, sessionSchema } from "./schema";
import type { Action, Decision, Dossier, Session } from "./schema";

// A session export: everything the minutes need, in one JSON file (`spaser agenda minutes`), and what
// the Teams tab downloads. Format « spaser-agenda-session », version 1:
// {
//   "format": "spaser-agenda-session", "version": 1,
//   "committee": { …a policy committee, optional: else read from the preset policyId/committeeId },
//   "session": { id, policyId, committeeId, date, startTime, place, teamsMeetingUrl, attendees, agenda, status },
//   "dossiers": [ …the session's dossiers ],
//   "decisions": [ …decisions taken in this session ],
//   "actions": [ …actions raised in this session ],
//   "carriedOver": [ …actions of earlier sessions still open on the session's day ]
// }

export const SESSION_EXPORT_FORMAT = "spaser-agenda-session";

export const sessionExportSchema = z.object({
  format: z.literal(SESSION_EXPORT_FORMAT),
  version: z.literal(1),
  committee: committeeSchema.optional(),
  session: sessionSchema,
  dossiers: z.array(dossierSchema).default([]),
  decisions: z.array(decisionSchema).default([]),
  actions: z.array(actionSchema).default([]),
  carriedOver: z.array(actionSchema).default([]),
});
export type SessionExport = z.infer<typeof sessionExportSchema>;

/** Validates a parsed JSON export; errors name the file and the path of each wrong field, in French. */
export function parseSessionExport(data: unknown, fileName = "session.json"): SessionExport {
  const result = sessionExportSchema.safeParse(data);
  if (!result.success) {
    throw new SpaserError("AGENDA_EXPORT_INVALID", {
      file: fileName,
      problems: describeIssues(result.error.issues).join(" ; "),
    });
  }
  const data_ = result.data;
  const dossierIds = new Set(data_.dossiers.map((d) => d.id));
  const problems = data_.decisions
    .map((decision, index) =>
      dossierIds.has(decision.dossierId)
        ? undefined
        : `decisions.${index}.dossierId : dossier « ${decision.dossierId} » absent de l'export`,
    )
    .filter((p): p is string => p !== undefined);
  if (problems.length > 0) {
    throw new SpaserError("AGENDA_EXPORT_INVALID", { file: fileName, problems: problems.join(" ; ") });
  }
  return data_;
}

/** Builds the export of `session` from all the records a store holds. */
export function exportSession(
  session: Session,
  records: {
    readonly sessions: readonly Session[];
    readonly dossiers: readonly Dossier[];
    readonly decisions: readonly Decision[];
    readonly actions: readonly Action[];
  },
  committee?: Committee,
): SessionExport {
  const { raised, carriedOver } = actionsForSession(session, records.sessions, records.actions);
  return {
    format: SESSION_EXPORT_FORMAT,
    version: 1,
    ...(committee ? { committee } : {}),
    session,
    dossiers: dossiersInAgendaOrder(session, records.dossiers),
    decisions: records.decisions.filter((d) => d.sessionId === session.id),
    actions: raised,
    carriedOver,
  };
}
