import {
  Badge,
  Body1,
  Caption1,
  LargeTitle,
  makeStyles,
  Subtitle1,
  tokens,
} from "@fluentui/react-components";
import { Suspense } from "react";
import {
  checkTiming,
  cotationOf,
  describeCotation,
  describeProvision,
  outcomeLabel,
  procedureLabel,
  segmentLabel,
  type ClauseTitle,
  type Provision,
} from "../../../shared/agenda";
import { t } from "../../../shared/i18n";
import type { Policy } from "../../../shared/policies";
import { formatAmount, formatDate } from "../../../shared/text";
import { EmptyState, usePersistentState } from "../../../shared/ui";
import { committeeFor } from "../state/committees";
import { agendaState, pickSession } from "./current-item";
import { decisionOf } from "./DecisionForm";
import { LeverItems } from "./Levers";
import { useAgenda } from "./store-context";
import { frenchSlot } from "./time";
import { useLibrary } from "./useLibrary";

const useStyles = makeStyles({
  stage: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalL,
    padding: tokens.spacingHorizontalL,
  },
  facts: { fontSize: tokens.fontSizeBase500, lineHeight: tokens.lineHeightBase500, margin: 0 },
});

/** Meeting stage: the dossier under discussion, large, for everyone (as small as 472 × 382 px). */
export function StageView({ policy }: { policy: Policy }) {
  const styles = useStyles();
  const { sessions, dossiers, decisions } = useAgenda();
  const params = new URLSearchParams(window.location.search);
  const session = pickSession(
    sessions.filter((s) => s.policyId === policy.id),
    params.get("session"),
  );
  const [picked] = usePersistentState<Record<string, number>>("spaser.teams.currentItem", {});
  if (!session) return <EmptyState>{t("teams.panel.noSession")}</EmptyState>;
  const { items, firstOpen } = agendaState(session, dossiers, decisions);
  const asked = params.get("dossier");
  const dossier = items.find((d) => d.id === asked) ?? items[picked[session.id] ?? firstOpen];
  if (!dossier) return <EmptyState>{t("teams.panel.emptyAgenda")}</EmptyState>;
  const cotation = cotationOf(dossier);
  const decision = decisionOf(decisions, session, dossier);
  const committee = committeeFor(policy, session.committeeId);
  const flags = committee ? checkTiming(committee, session.date, dossier) : [];
  return (
    <div className={styles.stage} data-testid="stage">
      <Caption1>
        {committee?.label} — {frenchSlot(dossier.slot)}
      </Caption1>
      <LargeTitle as="h2">{dossier.object}</LargeTitle>
      <ul className={styles.facts}>
        <li>{dossier.direction}</li>
        <li>
          {segmentLabel(dossier.segmentId)} · {procedureLabel(dossier.procedure)}
        </li>
        <li>
          {dossier.estimatedAmountHT === undefined
            ? t("minutes.amountUnknown")
            : formatAmount(dossier.estimatedAmountHT, { tax: "HT", wholeEuros: true })}
        </li>
        {dossier.plannedPublicationDate && (
          <li>{t("teams.stage.publication", { date: formatDate(dossier.plannedPublicationDate) })}</li>
        )}
        {dossier.proposedLevers.length > 0 && (
          <li>
            {t("teams.stage.levers")}
            <ul>
              <LeverItems levers={dossier.proposedLevers} />
            </ul>
          </li>
        )}
      </ul>
      {cotation && <Subtitle1>{describeCotation(cotation)}</Subtitle1>}
      {flags.map((flag) => (
        <Body1 key={flag.code}>⚠ {flag.message}</Body1>
      ))}
      {decision && (
        <div>
          <Badge size="extra-large" appearance="filled" color="brand">
            {outcomeLabel(decision.outcome)}
          </Badge>
          <ul className={styles.facts}>
            {decision.conditions.map((c) => (
              <li key={c}>{c}</li>
            ))}
            <ProvisionItems provisions={decision.provisions} />
          </ul>
        </div>
      )}
    </div>
  );
}

function ProvisionList({
  provisions,
  clauseTitle,
}: {
  provisions: readonly Provision[];
  clauseTitle?: ClauseTitle | undefined;
}) {
  return (
    <>
      {provisions.map((p, i) => (
        <li key={i}>{describeProvision(p, clauseTitle)}</li>
      ))}
    </>
  );
}

function TitledProvisions({ provisions }: { provisions: readonly Provision[] }) {
  const state = useLibrary();
  return (
    <ProvisionList
      provisions={provisions}
      clauseTitle={state.status === "ready" ? state.library.clauseTitle : undefined}
    />
  );
}

/** The decided provisions, their clauses by title once the référentiel is loaded (by id until then). */
function ProvisionItems({ provisions }: { provisions: readonly Provision[] }) {
  if (!provisions.some((p) => p.clause)) return <ProvisionList provisions={provisions} />;
  return (
    <Suspense fallback={<ProvisionList provisions={provisions} />}>
      <TitledProvisions provisions={provisions} />
    </Suspense>
  );
}
