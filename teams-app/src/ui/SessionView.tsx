import { Body1, Button, Caption1, Link, Select, Subtitle2, Title3 } from "@fluentui/react-components";
import {
  actionsForSession,
  checkQuorum,
  presenceLabel,
  presences,
  type Presence,
  type Session,
} from "../../../shared/agenda";
import { t } from "../../../shared/i18n";
import type { Policy } from "../../../shared/policies";
import { formatDate, formatLongDate } from "../../../shared/text";
import { EmptyState } from "../../../shared/ui";
import { committeeFor } from "../state/committees";
import { AgendaList } from "./AgendaList";
import { MinutesButton } from "./MinutesButton";
import { SaveBadge } from "./SaveStatus";
import { useAgenda, useStore } from "./store-context";
import { useViewStyles } from "./styles";
import { frenchTime } from "./time";

/** One session: facts, attendees and quorum, the agenda, carried-over actions, minutes export. */
export function SessionView({
  policy,
  sessionId,
  onBack,
  onOpenDossier,
}: {
  policy: Policy;
  sessionId: string;
  onBack: () => void;
  onOpenDossier: (dossierId: string) => void;
}) {
  const styles = useViewStyles();
  const store = useStore();
  const { sessions, actions } = useAgenda();
  const session = sessions.find((s) => s.id === sessionId);
  if (!session) {
    return (
      <EmptyState action={<Button onClick={onBack}>{t("teams.action.back")}</Button>}>
        {t("teams.session.missing")}
      </EmptyState>
    );
  }
  const committee = committeeFor(policy, session.committeeId);
  const quorum = checkQuorum(committee ?? {}, session);
  const { carriedOver } = actionsForSession(session, sessions, actions);
  const setPresence = (index: number, presence: Presence) =>
    store.save("session", {
      ...session,
      attendees: session.attendees.map((a, i) => (i === index ? { ...a, presence } : a)),
    } satisfies Session);

  return (
    <div className={styles.stack}>
      <div className={styles.row}>
        <Button onClick={onBack}>{t("teams.action.backToSessions")}</Button>
        <SaveBadge kind="session" id={session.id} />
      </div>
      <Title3 as="h2">
        {committee?.label ?? session.committeeId} — {formatLongDate(session.date)}
      </Title3>
      <Body1>
        {t("teams.session.startsAt", { time: frenchTime(session.startTime) })}
        {session.place ? ` · ${session.place}` : ""}
        {session.teamsMeetingUrl && (
          <>
            {" · "}
            <Link href={session.teamsMeetingUrl} target="_blank" rel="noreferrer">
              {t("teams.session.join")}
            </Link>
          </>
        )}
      </Body1>
      <section className={styles.section} aria-label={t("teams.session.attendees")}>
        <Subtitle2 as="h3">{t("teams.session.attendees")}</Subtitle2>
        {session.attendees.length === 0 && (
          <Caption1 className={styles.muted}>{t("teams.session.noAttendee")}</Caption1>
        )}
        {session.attendees.map((attendee, index) => (
          <div key={`${attendee.name}-${index}`} className={styles.row}>
            <Body1>
              {attendee.name} ({attendee.role}){attendee.member ? "" : ` — ${t("teams.session.guest")}`}
            </Body1>
            <Select
              size="small"
              aria-label={t("teams.session.presenceOf", { name: attendee.name })}
              value={attendee.presence}
              onChange={(_, data) => setPresence(index, data.value as Presence)}
            >
              {presences.map((p) => (
                <option key={p} value={p}>
                  {presenceLabel(p)}
                </option>
              ))}
            </Select>
          </div>
        ))}
        <Caption1>
          {t(`agenda.quorum.${quorum.status}`, {
            present: quorum.present,
            members: quorum.members,
            required: quorum.required ?? "",
            text: quorum.text ?? "",
          })}
        </Caption1>
      </section>
      <AgendaList policy={policy} session={session} onOpenDossier={onOpenDossier} />
      <section className={styles.section} aria-label={t("teams.session.carriedOver")}>
        <Subtitle2 as="h3">{t("teams.session.carriedOver")}</Subtitle2>
        {carriedOver.length === 0 && (
          <Caption1 className={styles.muted}>{t("teams.session.noCarriedOver")}</Caption1>
        )}
        <ul className={styles.list}>
          {carriedOver.map((action) => (
            <li key={action.id}>
              {action.label} — {action.owner} — {t("teams.actions.due", { date: formatDate(action.dueDate) })}
            </li>
          ))}
        </ul>
      </section>
      <div className={styles.row}>
        <MinutesButton policy={policy} session={session} />
      </div>
    </div>
  );
}
