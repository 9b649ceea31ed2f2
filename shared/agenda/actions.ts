import type { Action, Session } from "./schema";

// An action raised by a session stays on the agenda of every later session of the same committee
// until it is closed (done or abandoned): Clermont presents « un bilan des actions arrêtées de
// l'année n-1 » to the CAD (seed 002, objectif 1 action 1); Ille-et-Vilaine's comité de revue des
// achats shares the follow-up of past dossiers (seed 004, gouvernance).

export function isClosed(action: Pick<Action, "status">): boolean {
  return action.status === "fait" || action.status === "abandonnee";
}

/** Whether the action was still open on `date` (closed actions count as open until their closing day). */
export function wasOpenOn(action: Action, date: string): boolean {
  if (!isClosed(action)) return true;
  // A closed action without closing day is taken as closed from the start: never carried again.
  return action.closedOn !== undefined && action.closedOn >= date;
}

export function isOverdue(action: Action, today: string): boolean {
  return !isClosed(action) && action.dueDate < today;
}

export interface SessionActions {
  /** Actions this session raised. */
  readonly raised: Action[];
  /** Actions of earlier sessions of the same committee still open on the session's day. */
  readonly carriedOver: Action[];
}

/**
 * The actions a session deals with. Earlier means an earlier date (same day: the other session's id
 * sorts first), so a past session shows what was open then, not what is open today.
 */
export function actionsForSession(
  session: Pick<Session, "id" | "committeeId" | "date">,
  sessions: readonly Pick<Session, "id" | "committeeId" | "date">[],
  actions: readonly Action[],
): SessionActions {
  const sessionById = new Map(sessions.map((s) => [s.id, s]));
  sessionById.set(session.id, session);
  const isEarlier = (other: Pick<Session, "id" | "date">) =>
    other.date < session.date || (other.date === session.date && other.id < session.id);
  const raised = actions.filter((a) => a.sessionId === session.id);
  const carriedOver = actions
    .filter((a) => {
      if (a.sessionId === session.id || a.committeeId !== session.committeeId) return false;
      const origin = sessionById.get(a.sessionId);
      return origin !== undefined && isEarlier(origin) && wasOpenOn(a, session.date);
    })
    .sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.id.localeCompare(b.id));
  return { raised, carriedOver };
}

/** The committee's next session after `session` (by date), where its open actions go next. */
export function nextSessionOf<T extends Pick<Session, "id" | "committeeId" | "date">>(
  session: Pick<Session, "id" | "committeeId" | "date">,
  sessions: readonly T[],
): T | undefined {
  return sessions
    .filter((s) => s.committeeId === session.committeeId && s.id !== session.id && s.date > session.date)
    .sort((a, b) => a.date.localeCompare(b.date))[0];
}
