import { Button, MessageBar, MessageBarBody, Title3 } from "@fluentui/react-components";
import { checkTiming } from "../../../shared/agenda";
import { t } from "../../../shared/i18n";
import type { Policy } from "../../../shared/policies";
import { EmptyState } from "../../../shared/ui";
import { committeeFor } from "../state/committees";
import { CotationForm } from "./CotationForm";
import { DecisionForm } from "./DecisionForm";
import { DossierActions } from "./DossierActions";
import { DossierForm } from "./DossierForm";
import { SaveBadge } from "./SaveStatus";
import { useAgenda } from "./store-context";
import { useViewStyles } from "./styles";

/** « Dossier »: details, cotation, proposed levers, the committee's decision and its actions. */
export function DossierView({
  policy,
  sessionId,
  dossierId,
  onBack,
  onCreated,
}: {
  policy: Policy;
  sessionId: string;
  dossierId: string;
  onBack: () => void;
  onCreated: (dossierId: string) => void;
}) {
  const styles = useViewStyles();
  const { sessions, dossiers } = useAgenda();
  const session = sessions.find((s) => s.id === sessionId);
  const dossier = dossierId === "new" ? undefined : dossiers.find((d) => d.id === dossierId);
  const back = <Button onClick={onBack}>{t("teams.action.backToAgenda")}</Button>;
  if (!session || (dossierId !== "new" && !dossier)) {
    return <EmptyState action={back}>{t("teams.dossier.missing")}</EmptyState>;
  }
  const committee = committeeFor(policy, session.committeeId);
  const flags = dossier && committee ? checkTiming(committee, session.date, dossier) : [];
  return (
    <div className={styles.stack}>
      <div className={styles.row}>
        {back}
        {dossier && <SaveBadge kind="dossier" id={dossier.id} />}
      </div>
      <Title3 as="h2">{dossier ? dossier.object : t("teams.dossier.new")}</Title3>
      {flags.map((flag) => (
        <MessageBar
          key={flag.code}
          intent={flag.severity === "alerte" ? "warning" : "info"}
          data-testid="timing-flag"
        >
          <MessageBarBody>{flag.message}</MessageBarBody>
        </MessageBar>
      ))}
      {/* Keyed: the creation form and the saved dossier's form keep separate drafts. */}
      <DossierForm key={dossier?.id ?? "new"} session={session} dossier={dossier} onCreated={onCreated} />
      {dossier && (
        <>
          <CotationForm dossier={dossier} />
          <DecisionForm session={session} dossier={dossier} />
          <DossierActions session={session} dossier={dossier} />
        </>
      )}
    </div>
  );
}
