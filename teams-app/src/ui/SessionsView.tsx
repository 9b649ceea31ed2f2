import { Body1, Button, Caption1, Subtitle2, Title3 } from "@fluentui/react-components";
import { cadenceInDays } from "../../../shared/agenda";
import { t } from "../../../shared/i18n";
import { describeSource, type Policy } from "../../../shared/policies";
import { formatLongDate, formatNumber } from "../../../shared/text";
import { EmptyState, usePersistentState } from "../../../shared/ui";
import { committeesFor, GENERIC_COMMITTEE } from "../state/committees";
import { useAgenda } from "./store-context";
import { NewSessionForm } from "./NewSessionForm";
import { useViewStyles } from "./styles";
import { frenchTime } from "./time";

/** « Séances »: the sessions of each committee of the active preset, and the form to plan one. */
export function SessionsView({ policy, onOpen }: { policy: Policy; onOpen: (sessionId: string) => void }) {
  const styles = useViewStyles();
  const { sessions, dossiers } = useAgenda();
  const [creating, setCreating] = usePersistentState("spaser.teams.creatingSession", false);
  const committees = committeesFor(policy);
  return (
    <div className={styles.stack}>
      <div className={styles.row}>
        <Title3 as="h2">{t("teams.sessions.title")}</Title3>
        {!creating && (
          <Button appearance="primary" onClick={() => setCreating(true)}>
            {t("teams.sessions.new")}
          </Button>
        )}
      </div>
      {committees[0] === GENERIC_COMMITTEE && (
        <Caption1 className={styles.muted}>
          {t("teams.sessions.genericCommittee", { policy: policy.shortLabel })}
        </Caption1>
      )}
      {creating && (
        <NewSessionForm
          policy={policy}
          onCancel={() => setCreating(false)}
          onCreated={(id) => {
            setCreating(false);
            onOpen(id);
          }}
        />
      )}
      {committees.map((committee) => {
        const own = sessions.filter((s) => s.policyId === policy.id && s.committeeId === committee.id);
        return (
          <section key={committee.id} className={styles.section} aria-label={committee.label}>
            <Subtitle2 as="h3">{committee.label}</Subtitle2>
            <Caption1 className={styles.muted}>
              {t("teams.sessions.cadence", {
                count: formatNumber(committee.sessionsPerYear),
                days: formatNumber(cadenceInDays(committee)),
              })}{" "}
              — {committee.role} ({describeSource(committee.source)})
            </Caption1>
            {own.length === 0 && <EmptyState>{t("teams.sessions.none")}</EmptyState>}
            {own.map((session) => {
              const count = dossiers.filter((d) => d.sessionId === session.id).length;
              return (
                <div key={session.id} className={styles.row} data-testid="session-row">
                  <Body1>
                    <strong>{formatLongDate(session.date)}</strong> · {frenchTime(session.startTime)}
                    {session.place ? ` · ${session.place}` : ""} · {t("teams.sessions.dossiers", { count })}
                  </Body1>
                  <Button size="small" onClick={() => onOpen(session.id)}>
                    {t("teams.sessions.open")}
                  </Button>
                </div>
              );
            })}
          </section>
        );
      })}
    </div>
  );
}
