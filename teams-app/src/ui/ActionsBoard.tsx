import { Badge, Body1, Caption1, Select, Subtitle2, Title3 } from "@fluentui/react-components";
import {
  actionsForSession,
  actionStatuses,
  actionStatusLabel,
  isClosed,
  isOverdue,
  type Action,
  type ActionStatus,
} from "../../../shared/agenda";
import { t } from "../../../shared/i18n";
import type { Policy } from "../../../shared/policies";
import { formatDate, formatLongDate } from "../../../shared/text";
import { committeesFor } from "../state/committees";
import { todayIso } from "./navigation";
import { SaveBadge } from "./SaveStatus";
import { useAgenda, useStore } from "./store-context";
import { useViewStyles } from "./styles";

/** « Actions »: every action of the preset's committees by status, and what the next sessions carry. */
export function ActionsBoard({ policy }: { policy: Policy }) {
  const styles = useViewStyles();
  const store = useStore();
  const { sessions, actions, dossiers } = useAgenda();
  const today = todayIso();
  const committees = committeesFor(policy);
  const ids = new Set(committees.map((c) => c.id));
  const ownSessions = sessions.filter((s) => s.policyId === policy.id && ids.has(s.committeeId));
  const sessionIds = new Set(ownSessions.map((s) => s.id));
  const own = actions.filter((a) => sessionIds.has(a.sessionId));
  const setStatus = (action: Action, status: ActionStatus) => {
    const { closedOn: _closed, ...rest } = action;
    const closing = status === "fait" || status === "abandonnee";
    store.save("action", { ...rest, status, ...(closing ? { closedOn: action.closedOn ?? today } : {}) });
  };
  const next = committees.flatMap((committee) => {
    const upcoming = ownSessions
      .filter((s) => s.committeeId === committee.id && s.date >= today)
      .sort((a, b) => a.date.localeCompare(b.date))[0];
    if (!upcoming) return [];
    return [
      { committee, session: upcoming, carried: actionsForSession(upcoming, ownSessions, own).carriedOver },
    ];
  });
  return (
    <div className={styles.stack}>
      <Title3 as="h2">{t("teams.actions.title")}</Title3>
      <div className={styles.grid}>
        {actionStatuses.map((status) => (
          <section
            key={status}
            className={styles.section}
            aria-label={actionStatusLabel(status)}
            data-testid={`actions-${status}`}
          >
            <Subtitle2 as="h3">
              {actionStatusLabel(status)} ({own.filter((a) => a.status === status).length})
            </Subtitle2>
            {own
              .filter((a) => a.status === status)
              .map((action) => {
                const dossier = dossiers.find((d) => d.id === action.dossierId);
                return (
                  <div key={action.id} className={styles.stack} data-testid="action-card">
                    <Body1>
                      <strong>{action.label}</strong>
                    </Body1>
                    <Caption1>
                      {action.owner} · {t("teams.actions.due", { date: formatDate(action.dueDate) })}
                      {dossier ? ` · ${dossier.object}` : ""}
                    </Caption1>
                    <div className={styles.row}>
                      {isOverdue(action, today) && (
                        <Badge color="danger" appearance="tint">
                          {t("teams.actions.overdue")}
                        </Badge>
                      )}
                      <Select
                        size="small"
                        aria-label={t("teams.actions.statusOf", { label: action.label })}
                        value={action.status}
                        onChange={(_, data) => setStatus(action, data.value as ActionStatus)}
                      >
                        {actionStatuses.map((s) => (
                          <option key={s} value={s}>
                            {actionStatusLabel(s)}
                          </option>
                        ))}
                      </Select>
                      <SaveBadge kind="action" id={action.id} />
                    </div>
                  </div>
                );
              })}
          </section>
        ))}
      </div>
      <section className={styles.section} aria-label={t("teams.actions.carried")}>
        <Subtitle2 as="h3">{t("teams.actions.carried")}</Subtitle2>
        {next.length === 0 && <Caption1 className={styles.muted}>{t("teams.actions.noUpcoming")}</Caption1>}
        {next.map(({ committee, session, carried }) => (
          <div key={committee.id}>
            <Body1>
              {committee.label} — {formatLongDate(session.date)} :{" "}
              {t("teams.actions.carriedCount", { count: carried.filter((a) => !isClosed(a)).length })}
            </Body1>
            <ul className={styles.list}>
              {carried.map((a) => (
                <li key={a.id}>
                  {a.label} — {a.owner}
                </li>
              ))}
            </ul>
          </div>
        ))}
      </section>
    </div>
  );
}
