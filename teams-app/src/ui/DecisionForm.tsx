import {
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Select,
  Subtitle2,
  Textarea,
} from "@fluentui/react-components";
import { Suspense, useState } from "react";
import {
  decisionOutcomes,
  decisionProblems,
  decisionSchema,
  describeLeverRef,
  latestDecisions,
  outcomeLabel,
  provisionKinds,
  type ClauseTitle,
  type Decision,
  type DecisionOutcome,
  type Dossier,
  type LeverRef,
  type ProvisionKind,
  type Session,
} from "../../../shared/agenda";
import { t } from "../../../shared/i18n";
import { usePersistentState } from "../../../shared/ui";
import {
  clauseKeyOf,
  decisionDraftOf,
  linesOf,
  provisionClauseChoices,
  provisionsFromDraft,
  type DecisionDraft,
  type ProvisionDraft,
} from "../state/drafts";
import { newId } from "./navigation";
import { SaveBadge } from "./SaveStatus";
import { useAgenda, useStore } from "./store-context";
import { useViewStyles } from "./styles";
import { useLibrary } from "./useLibrary";

/** The session's decision on one dossier (there is at most one per dossier and session). */
export function decisionOf(decisions: readonly Decision[], session: Session, dossier: Dossier) {
  return latestDecisions(decisions.filter((d) => d.sessionId === session.id)).get(dossier.id);
}

/**
 * Builds and checks a decision record; returns the French problems instead when it cannot be recorded
 * (a reservation without its conditions, a provision on a rejected dossier, an unreadable figure).
 */
export function buildDecision(
  draft: DecisionDraft,
  session: Session,
  dossier: Dossier,
  existing: Decision | undefined,
): { decision: Decision; problems?: undefined } | { problems: string[]; decision?: undefined } {
  const { provisions, errors } = provisionsFromDraft(draft.provisions);
  const decision = decisionSchema.parse({
    id: existing?.id ?? newId(),
    sessionId: session.id,
    dossierId: dossier.id,
    outcome: draft.outcome,
    conditions: linesOf(draft.conditions),
    provisions,
    decidedOn: session.date,
    ...(draft.note.trim() ? { note: draft.note.trim() } : {}),
  });
  const problems = [...errors, ...decisionProblems(decision)];
  return problems.length > 0 ? { problems } : { decision };
}

interface ClauseSelectProps {
  n: number;
  /** The dossier's proposed levers. */
  levers: readonly LeverRef[];
  /** The provision's clause as kept in the draft (« clause-id v2 », "" for none). */
  value: string;
  onChange: (clause: string) => void;
}

/**
 * The clause a provision names, picked among the dossier's proposed levers (chosen in the dossier form
 * from the référentiel), shown by title once the référentiel is loaded and by id until then.
 */
function ClauseSelect(props: ClauseSelectProps) {
  const fallback = <ClauseSelectView {...props} />;
  // A dossier without levers and a provision without clause do not fetch the référentiel.
  if (props.levers.length === 0 && props.value.trim() === "") return fallback;
  return (
    <Suspense fallback={fallback}>
      <TitledClauseSelect {...props} />
    </Suspense>
  );
}

function TitledClauseSelect(props: ClauseSelectProps) {
  const state = useLibrary();
  return (
    <ClauseSelectView
      {...props}
      clauseTitle={state.status === "ready" ? state.library.clauseTitle : undefined}
    />
  );
}

function ClauseSelectView({
  n,
  levers,
  value,
  onChange,
  clauseTitle,
}: ClauseSelectProps & { clauseTitle?: ClauseTitle }) {
  const choices = provisionClauseChoices(levers, value);
  return (
    <Select
      aria-label={t("teams.decision.clause", { n })}
      value={clauseKeyOf(value)}
      onChange={(_, data) => onChange(data.value)}
    >
      <option value="">
        {t(levers.length === 0 ? "teams.decision.clauseNoLevers" : "teams.decision.clauseNone")}
      </option>
      {choices.map((choice) => (
        <option key={choice.key} value={choice.key}>
          {choice.ref ? describeLeverRef(choice.ref, clauseTitle) : choice.key}
        </option>
      ))}
    </Select>
  );
}

function ProvisionRow({
  draft,
  index,
  levers,
  onChange,
  onRemove,
}: {
  draft: ProvisionDraft;
  index: number;
  levers: readonly LeverRef[];
  onChange: (draft: ProvisionDraft) => void;
  onRemove: () => void;
}) {
  const styles = useViewStyles();
  const n = index + 1;
  return (
    <div className={styles.row} data-testid="provision-row">
      <Select
        aria-label={t("teams.decision.provisionKind", { n })}
        value={draft.kind}
        onChange={(_, data) => onChange({ ...draft, kind: data.value as ProvisionKind })}
      >
        {provisionKinds.map((kind) => (
          <option key={kind} value={kind}>
            {t(`agenda.provision.${kind}`)}
          </option>
        ))}
      </Select>
      <Input
        aria-label={t("teams.decision.hours", { n })}
        placeholder={t("teams.decision.hoursPlaceholder")}
        value={draft.hours}
        onChange={(_, data) => onChange({ ...draft, hours: data.value })}
      />
      <Input
        aria-label={t("teams.decision.weight", { n })}
        placeholder={t("teams.decision.weightPlaceholder")}
        value={draft.weight}
        onChange={(_, data) => onChange({ ...draft, weight: data.value })}
      />
      <ClauseSelect
        n={n}
        levers={levers}
        value={draft.clause}
        onChange={(clause) => onChange({ ...draft, clause })}
      />
      <Button size="small" onClick={onRemove} aria-label={t("teams.decision.removeProvision", { n })}>
        {t("teams.action.remove")}
      </Button>
    </div>
  );
}

export function DecisionForm({ session, dossier }: { session: Session; dossier: Dossier }) {
  const styles = useViewStyles();
  const store = useStore();
  const { decisions } = useAgenda();
  const existing = decisionOf(decisions, session, dossier);
  const [draft, setDraft] = usePersistentState<DecisionDraft>(
    `spaser.teams.decisionDraft.${session.id}.${dossier.id}`,
    decisionDraftOf(existing),
  );
  const [problems, setProblems] = useState<string[]>([]);
  const set = (patch: Partial<DecisionDraft>) => setDraft({ ...draft, ...patch });
  const save = () => {
    const result = buildDecision(draft, session, dossier, existing);
    setProblems(result.problems ?? []);
    if (result.decision) store.save("decision", result.decision);
  };
  return (
    <form
      className={styles.section}
      aria-label={t("teams.decision.title")}
      onSubmit={(event) => {
        event.preventDefault();
        save();
      }}
    >
      <div className={styles.row}>
        <Subtitle2 as="h3">{t("teams.decision.title")}</Subtitle2>
        {existing && <SaveBadge kind="decision" id={existing.id} />}
      </div>
      <RadioGroup
        layout="horizontal"
        aria-label={t("teams.decision.outcome")}
        value={draft.outcome}
        onChange={(_, data) => set({ outcome: data.value as DecisionOutcome })}
      >
        {decisionOutcomes.map((outcome) => (
          <Radio key={outcome} value={outcome} label={outcomeLabel(outcome)} />
        ))}
      </RadioGroup>
      <Field label={t("teams.decision.conditions")} hint={t("teams.decision.conditionsHint")}>
        <Textarea rows={3} value={draft.conditions} onChange={(_, data) => set({ conditions: data.value })} />
      </Field>
      <Subtitle2 as="h4">{t("teams.decision.provisions")}</Subtitle2>
      {draft.provisions.map((provision, index) => (
        <ProvisionRow
          key={index}
          draft={provision}
          index={index}
          levers={dossier.proposedLevers}
          onChange={(next) => set({ provisions: draft.provisions.map((p, i) => (i === index ? next : p)) })}
          onRemove={() => set({ provisions: draft.provisions.filter((_, i) => i !== index) })}
        />
      ))}
      <div className={styles.row}>
        <Button
          size="small"
          onClick={() =>
            set({
              provisions: [
                ...draft.provisions,
                { kind: "clause-environnementale", hours: "", weight: "", clause: "", note: "" },
              ],
            })
          }
        >
          {t("teams.decision.addProvision")}
        </Button>
      </div>
      <Field label={t("teams.decision.note")}>
        <Input value={draft.note} onChange={(_, data) => set({ note: data.value })} />
      </Field>
      {problems.length > 0 && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{problems.join(" ")}</MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.row}>
        <Button appearance="primary" type="submit">
          {t("teams.decision.save")}
        </Button>
      </div>
    </form>
  );
}
