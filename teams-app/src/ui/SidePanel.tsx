import {
  Badge,
  Body1,
  Button,
  Caption1,
  Field,
  Link,
  MessageBar,
  MessageBarBody,
  Select,
  Subtitle2,
  Textarea,
} from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { outcomeLabel, type DecisionOutcome } from "../../../shared/agenda";
import { t } from "../../../shared/i18n";
import type { Policy } from "../../../shared/policies";
import { formatLongDate } from "../../../shared/text";
import { EmptyState, usePersistentState } from "../../../shared/ui";
import type { TeamsHost } from "../host";
import { decisionDraftOf } from "../state/drafts";
import { committeeFor } from "../state/committees";
import { CountdownTimer } from "./CountdownTimer";
import { agendaState, pickSession } from "./current-item";
import { buildDecision, decisionOf } from "./DecisionForm";
import { LeverItems } from "./Levers";
import { stageUrl } from "./navigation";
import { SaveBadge } from "./SaveStatus";
import { useAgenda, useStore } from "./store-context";
import { useViewStyles } from "./styles";
import { frenchSlot } from "./time";

const quickOutcomes: readonly DecisionOutcome[] = [
  "validee",
  "validee-avec-reserves",
  "a-retravailler",
  "ajournee",
];

/** Meeting side panel (280 px): the current item, its countdown, quick decisions, share to stage. */
export function SidePanel({ host, policy }: { host: TeamsHost; policy: Policy }) {
  const styles = useViewStyles();
  const store = useStore();
  const { sessions, dossiers, decisions } = useAgenda();
  const own = sessions.filter((s) => s.policyId === policy.id);
  const [sessionId, setSessionId] = usePersistentState<string | null>(
    "spaser.teams.panelSession",
    new URLSearchParams(window.location.search).get("session"),
  );
  const session = pickSession(own, sessionId);
  const [picked, setPicked] = usePersistentState<Record<string, number>>("spaser.teams.currentItem", {});
  const [conditions, setConditions] = useState("");
  const [problems, setProblems] = useState<string[]>([]);
  const [canShare, setCanShare] = useState(false);
  const [shareResult, setShareResult] = useState<string>();
  useEffect(() => {
    void host.canShareToStage().then(setCanShare);
  }, [host]);
  if (!session) return <EmptyState>{t("teams.panel.noSession")}</EmptyState>;

  const { items, firstOpen } = agendaState(session, dossiers, decisions);
  const index = Math.min(picked[session.id] ?? firstOpen, Math.max(0, items.length - 1));
  const current = items[index];
  const go = (next: number) => setPicked({ ...picked, [session.id]: next });
  const decision = current ? decisionOf(decisions, session, current) : undefined;

  const decide = (outcome: DecisionOutcome) => {
    if (!current) return;
    const kept = decisionDraftOf(decision);
    // Conditions typed in the panel replace the recorded ones; an empty box keeps them.
    const draft = { ...kept, outcome, conditions: conditions.trim() ? conditions : kept.conditions };
    const result = buildDecision(draft, session, current, decision);
    setProblems(result.problems ?? []);
    if (result.decision) {
      store.save("decision", result.decision);
      setConditions("");
    }
  };
  const share = async () => {
    const result = await host.shareToStage(stageUrl(window.location.href, session.id, current?.id));
    setShareResult(t(`teams.panel.share.${result}`));
  };

  return (
    <div className={styles.stack} style={{ maxWidth: 280, minWidth: 0 }} data-testid="side-panel">
      <Field label={t("teams.panel.session")}>
        <Select
          style={{ minWidth: 0, maxWidth: "100%" }}
          value={session.id}
          onChange={(_, data) => setSessionId(data.value)}
        >
          {own.map((s) => (
            <option key={s.id} value={s.id}>
              {formatLongDate(s.date)} — {committeeFor(policy, s.committeeId)?.label ?? s.committeeId}
            </option>
          ))}
        </Select>
      </Field>
      {!current && <EmptyState>{t("teams.panel.emptyAgenda")}</EmptyState>}
      {current && (
        <>
          <Caption1>
            {t("teams.panel.item", { n: index + 1, count: items.length })} · {frenchSlot(current.slot)}
          </Caption1>
          <Subtitle2 as="h2" data-testid="current-item">
            {current.object}
          </Subtitle2>
          <Body1>{current.direction}</Body1>
          {current.proposedLevers.length > 0 && (
            <ul className={styles.list} aria-label={t("teams.dossier.levers")}>
              <LeverItems levers={current.proposedLevers} />
            </ul>
          )}
          <CountdownTimer itemKey={`${session.id}.${current.id}`} minutes={current.durationMinutes} />
          <div className={styles.row}>
            <Button size="small" disabled={index === 0} onClick={() => go(index - 1)}>
              {t("teams.panel.previous")}
            </Button>
            <Button size="small" disabled={index >= items.length - 1} onClick={() => go(index + 1)}>
              {t("teams.panel.next")}
            </Button>
          </div>
          {decision && (
            <div className={styles.row}>
              <Badge appearance="filled" color="brand" data-testid="panel-decision">
                {outcomeLabel(decision.outcome)}
              </Badge>
              <SaveBadge kind="decision" id={decision.id} />
            </div>
          )}
          <Field label={t("teams.panel.conditions")} hint={t("teams.panel.conditionsHint")}>
            <Textarea rows={2} value={conditions} onChange={(_, data) => setConditions(data.value)} />
          </Field>
          <div className={styles.row}>
            {quickOutcomes.map((outcome) => (
              <Button key={outcome} size="small" onClick={() => decide(outcome)}>
                {outcomeLabel(outcome)}
              </Button>
            ))}
          </div>
          {problems.length > 0 && (
            <MessageBar intent="error" role="alert">
              <MessageBarBody>{problems.join(" ")}</MessageBarBody>
            </MessageBar>
          )}
          {canShare ? (
            <Button appearance="primary" onClick={() => void share()}>
              {t("teams.panel.shareToStage")}
            </Button>
          ) : (
            <Caption1 className={styles.muted}>
              {t("teams.panel.shareUnavailable")}{" "}
              <Link href={stageUrl(window.location.href, session.id, current.id)} target="_blank">
                {t("teams.panel.stagePreview")}
              </Link>
            </Caption1>
          )}
          {shareResult && <Caption1 role="status">{shareResult}</Caption1>}
        </>
      )}
    </div>
  );
}
