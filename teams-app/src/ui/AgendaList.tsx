import {
  Badge,
  Body1,
  Button,
  Caption1,
  Input,
  MessageBar,
  MessageBarBody,
  Subtitle2,
} from "@fluentui/react-components";
import { ArrowDown16Regular, ArrowUp16Regular } from "@fluentui/react-icons";
import { useState, type KeyboardEvent } from "react";
import {
  agendaEnd,
  checkSessionTiming,
  cotationOf,
  latestDecisions,
  moveAgendaItem,
  outcomeLabel,
  priorityLabel,
  scheduleAgenda,
  type Dossier,
  type Session,
} from "../../../shared/agenda";
import { t } from "../../../shared/i18n";
import type { Policy } from "../../../shared/policies";
import { formatNumber, parseFrenchNumber } from "../../../shared/text";
import { committeeFor } from "../state/committees";
import { LeverBadges } from "./Levers";
import { SaveBadge } from "./SaveStatus";
import { useAgenda, useStore } from "./store-context";
import { useViewStyles } from "./styles";
import { frenchSlot, frenchTime } from "./time";

function DurationInput({ dossier, onSave }: { dossier: Dossier; onSave: (minutes: number) => void }) {
  const [text, setText] = useState(String(dossier.durationMinutes));
  const [error, setError] = useState(false);
  const commit = () => {
    const value = parseFrenchNumber(text);
    const ok = value.ok && Number.isInteger(value.value) && value.value > 0;
    setError(!ok);
    if (ok && value.value !== dossier.durationMinutes) onSave(value.value);
  };
  return (
    <Input
      size="small"
      style={{ width: "5em" }}
      aria-label={t("teams.agenda.durationOf", { object: dossier.object })}
      aria-invalid={error}
      value={text}
      onChange={(_, data) => setText(data.value)}
      onBlur={commit}
      onKeyDown={(event) => event.key === "Enter" && commit()}
      contentAfter="min"
    />
  );
}

/** « Ordre du jour »: items in order with their slots; reorder with the buttons or Alt+↑/↓. */
export function AgendaList({
  policy,
  session,
  onOpenDossier,
}: {
  policy: Policy;
  session: Session;
  onOpenDossier: (dossierId: string) => void;
}) {
  const styles = useViewStyles();
  const store = useStore();
  const { dossiers, decisions } = useAgenda();
  const scheduled = scheduleAgenda(session, dossiers);
  const committee = committeeFor(policy, session.committeeId);
  const flags = committee ? checkSessionTiming(committee, session, scheduled) : [];
  const latest = latestDecisions(decisions.filter((d) => d.sessionId === session.id));

  const move = (from: number, to: number) => {
    if (to < 0 || to >= scheduled.length) return;
    const order = scheduled.map((d) => d.id);
    store.save("session", { ...session, agenda: moveAgendaItem(order, from, to) });
  };
  const onKey = (index: number) => (event: KeyboardEvent) => {
    if (!event.altKey) return;
    if (event.key === "ArrowUp") move(index, index - 1);
    if (event.key === "ArrowDown") move(index, index + 1);
  };

  return (
    <section className={styles.section} aria-label={t("teams.agenda.title")}>
      <div className={styles.row}>
        <Subtitle2 as="h3">{t("teams.agenda.title")}</Subtitle2>
        <Button appearance="primary" onClick={() => onOpenDossier("new")}>
          {t("teams.agenda.add")}
        </Button>
      </div>
      <Caption1 className={styles.muted}>
        {t("teams.agenda.summary", {
          count: scheduled.length,
          start: frenchTime(session.startTime),
          end: frenchTime(agendaEnd(session, dossiers)),
        })}{" "}
        {t("teams.agenda.keyboard")}
      </Caption1>
      <ol className={styles.list}>
        {scheduled.map((dossier, index) => {
          const cotation = cotationOf(dossier);
          const decision = latest.get(dossier.id);
          return (
            <li key={dossier.id} data-testid="agenda-item" tabIndex={0} onKeyDown={onKey(index)}>
              <div className={styles.row}>
                <Caption1>{frenchSlot(dossier.slot)}</Caption1>
                <Body1>
                  <strong>{dossier.object}</strong> — {dossier.direction}
                </Body1>
                {cotation && (
                  <Badge appearance="tint" color={cotation.priority === "forte" ? "danger" : "informative"}>
                    {formatNumber(cotation.score)}/{formatNumber(cotation.max)} ·{" "}
                    {priorityLabel(cotation.priority)}
                  </Badge>
                )}
                {decision && (
                  <Badge appearance="filled" color="brand" data-testid="decision-badge">
                    {outcomeLabel(decision.outcome)}
                  </Badge>
                )}
                <SaveBadge kind="dossier" id={dossier.id} />
              </div>
              <LeverBadges levers={dossier.proposedLevers} />
              <div className={styles.row}>
                <DurationInput
                  key={dossier.durationMinutes}
                  dossier={dossier}
                  onSave={(minutes) => {
                    const { slot: _slot, ...rest } = dossier;
                    store.save("dossier", { ...rest, durationMinutes: minutes });
                  }}
                />
                <Button
                  size="small"
                  icon={<ArrowUp16Regular />}
                  disabled={index === 0}
                  aria-label={t("teams.agenda.up", { object: dossier.object })}
                  onClick={() => move(index, index - 1)}
                />
                <Button
                  size="small"
                  icon={<ArrowDown16Regular />}
                  disabled={index === scheduled.length - 1}
                  aria-label={t("teams.agenda.down", { object: dossier.object })}
                  onClick={() => move(index, index + 1)}
                />
                <Button size="small" onClick={() => onOpenDossier(dossier.id)}>
                  {t("teams.agenda.open")}
                </Button>
              </div>
              {flags
                .filter((flag) => flag.dossierId === dossier.id)
                .map((flag) => (
                  <MessageBar
                    key={flag.code}
                    intent={flag.severity === "alerte" ? "warning" : "info"}
                    data-testid="timing-flag"
                  >
                    <MessageBarBody>{flag.message}</MessageBarBody>
                  </MessageBar>
                ))}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
