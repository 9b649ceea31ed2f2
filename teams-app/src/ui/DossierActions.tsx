import { Button, Caption1, Field, Input, Subtitle2 } from "@fluentui/react-components";
import { useState } from "react";
import { actionStatusLabel, actionSchema, type Dossier, type Session } from "../../../shared/agenda";
import { errorMessage, t } from "../../../shared/i18n";
import { formatDate, parseFrenchDate } from "../../../shared/text";
import { usePersistentState } from "../../../shared/ui";
import { newId } from "./navigation";
import { SaveBadge } from "./SaveStatus";
import { useAgenda, useStore } from "./store-context";
import { useViewStyles } from "./styles";

interface ActionDraft {
  label: string;
  owner: string;
  due: string;
}

/** Actions the committee raises on the dossier: owner, due date; followed on the Actions board. */
export function DossierActions({ session, dossier }: { session: Session; dossier: Dossier }) {
  const styles = useViewStyles();
  const store = useStore();
  const { actions } = useAgenda();
  const own = actions.filter((a) => a.dossierId === dossier.id);
  const [draft, setDraft] = usePersistentState<ActionDraft>(`spaser.teams.actionDraft.${dossier.id}`, {
    label: "",
    owner: "",
    due: "",
  });
  const [error, setError] = useState<string>();
  const add = () => {
    const due = parseFrenchDate(draft.due);
    if (!draft.label.trim() || !draft.owner.trim()) return setError(t("teams.actions.missing"));
    if (!due.ok) return setError(errorMessage(due.code, due.params));
    setError(undefined);
    store.save(
      "action",
      actionSchema.parse({
        id: newId(),
        committeeId: session.committeeId,
        sessionId: session.id,
        dossierId: dossier.id,
        label: draft.label.trim(),
        owner: draft.owner.trim(),
        dueDate: due.value,
        status: "a-faire",
      }),
    );
    setDraft({ label: "", owner: "", due: "" });
  };
  return (
    <section className={styles.section} aria-label={t("teams.actions.ofDossier")}>
      <Subtitle2 as="h3">{t("teams.actions.ofDossier")}</Subtitle2>
      <ul className={styles.list}>
        {own.map((action) => (
          <li key={action.id}>
            {action.label} — {action.owner} — {t("teams.actions.due", { date: formatDate(action.dueDate) })} —{" "}
            {actionStatusLabel(action.status)} <SaveBadge kind="action" id={action.id} />
          </li>
        ))}
      </ul>
      {own.length === 0 && <Caption1 className={styles.muted}>{t("teams.actions.none")}</Caption1>}
      <div className={styles.row}>
        <Field label={t("teams.actions.label")}>
          <Input value={draft.label} onChange={(_, data) => setDraft({ ...draft, label: data.value })} />
        </Field>
        <Field label={t("teams.actions.owner")}>
          <Input value={draft.owner} onChange={(_, data) => setDraft({ ...draft, owner: data.value })} />
        </Field>
        <Field label={t("teams.actions.dueDate")} hint={t("teams.hint.date")} validationMessage={error}>
          <Input value={draft.due} onChange={(_, data) => setDraft({ ...draft, due: data.value })} />
        </Field>
        <Button onClick={add}>{t("teams.actions.add")}</Button>
      </div>
    </section>
  );
}
