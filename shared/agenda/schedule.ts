import { SpaserError } from "../errors";
import type { Dossier, Session } from "./schema";

// The agenda is the session's ordered list of dossier ids; time slots follow from the session's start
// and each dossier's duration, so moving an item never leaves two slots overlapping.

const MINUTES_PER_DAY = 24 * 60;

export function toMinutes(time: string): number {
  const [hours, minutes] = time.split(":").map(Number) as [number, number];
  return hours * 60 + minutes;
}

export function toClock(totalMinutes: number): string {
  const wrapped = ((totalMinutes % MINUTES_PER_DAY) + MINUTES_PER_DAY) % MINUTES_PER_DAY;
  const hours = Math.floor(wrapped / 60);
  return `${String(hours).padStart(2, "0")}:${String(wrapped % 60).padStart(2, "0")}`;
}

/** Moves the item at `from` to `to` (indices in the agenda after removal semantics of Array.splice). */
export function moveAgendaItem(agenda: readonly string[], from: number, to: number): string[] {
  if (from < 0 || from >= agenda.length || to < 0 || to >= agenda.length) {
    throw new SpaserError("AGENDA_MOVE_OUT_OF_RANGE", { from: from + 1, to: to + 1, count: agenda.length });
  }
  const next = [...agenda];
  const [item] = next.splice(from, 1) as [string];
  next.splice(to, 0, item);
  return next;
}

/** Dossiers in agenda order: first those the agenda lists, then any of the session left off it. */
export function dossiersInAgendaOrder<T extends Pick<Dossier, "id" | "sessionId">>(
  session: Pick<Session, "id" | "agenda">,
  dossiers: readonly T[],
): T[] {
  const own = dossiers.filter((d) => d.sessionId === session.id);
  const byId = new Map(own.map((d) => [d.id, d]));
  const listed = session.agenda.flatMap((id) => {
    const dossier = byId.get(id);
    return dossier ? [dossier] : [];
  });
  const listedIds = new Set(listed.map((d) => d.id));
  return [...listed, ...own.filter((d) => !listedIds.has(d.id))];
}

/**
 * Gives each dossier of the session its slot, back to back from the session's start, in agenda order.
 * Returns new dossier objects (the inputs are not changed).
 */
export function scheduleAgenda(
  session: Pick<Session, "id" | "agenda" | "startTime">,
  dossiers: readonly Dossier[],
) {
  let cursor = toMinutes(session.startTime);
  return dossiersInAgendaOrder(session, dossiers).map((dossier) => {
    const start = cursor;
    cursor += dossier.durationMinutes;
    return { ...dossier, slot: { start: toClock(start), end: toClock(cursor) } };
  });
}

/** Session end time (« 11:30 ») given its agenda. */
export function agendaEnd(
  session: Pick<Session, "id" | "agenda" | "startTime">,
  dossiers: readonly Dossier[],
) {
  const total = dossiersInAgendaOrder(session, dossiers).reduce((sum, d) => sum + d.durationMinutes, 0);
  return toClock(toMinutes(session.startTime) + total);
}
