import { scheduleAgenda, type Decision, type Dossier, type Session } from "../../../shared/agenda";
import { todayIso } from "./navigation";

/** The session a meeting surface follows: the one asked for, else today's, else the next, else the last. */
export function pickSession(
  sessions: readonly Session[],
  asked?: string | null,
  today = todayIso(),
): Session | undefined {
  const byId = asked ? sessions.find((s) => s.id === asked) : undefined;
  if (byId) return byId;
  const sorted = [...sessions].sort((a, b) => a.date.localeCompare(b.date));
  return sorted.find((s) => s.date >= today) ?? sorted.at(-1);
}

/** The scheduled items, and the index of the first one without a decision in this session. */
export function agendaState(session: Session, dossiers: readonly Dossier[], decisions: readonly Decision[]) {
  const items = scheduleAgenda(session, dossiers);
  const decided = new Set(decisions.filter((d) => d.sessionId === session.id).map((d) => d.dossierId));
  const firstOpen = items.findIndex((d) => !decided.has(d.id));
  return { items, firstOpen: firstOpen === -1 ? 0 : firstOpen };
}
