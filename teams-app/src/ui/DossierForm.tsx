import { Button, Checkbox, Field, Input, Select, Subtitle2 } from "@fluentui/react-components";
import { useState } from "react";
import {
  procedureLabel,
  procedures,
  segmentIds,
  segmentLabel,
  type Dossier,
  type Procedure,
  type SegmentId,
  type Session,
} from "../../../shared/agenda";
import { t } from "../../../shared/i18n";
import { usePersistentState } from "../../../shared/ui";
import {
  dossierDraftOf,
  dossierFromDraft,
  leversOfDraft,
  type DossierDraft,
  type FieldErrors,
} from "../state/drafts";
import { LeverPicker } from "./Levers";
import { newId } from "./navigation";
import { useStore } from "./store-context";
import { useViewStyles } from "./styles";

/** The dossier's details; what is typed is kept (sessionStorage) until saved, even across a reload. */
export function DossierForm({
  session,
  dossier,
  onCreated,
}: {
  session: Session;
  dossier: Dossier | undefined;
  onCreated: (dossierId: string) => void;
}) {
  const styles = useViewStyles();
  const store = useStore();
  const draftKey = `spaser.teams.dossierDraft.${dossier?.id ?? `new-${session.id}`}`;
  const [draft, setDraft] = usePersistentState<DossierDraft>(draftKey, dossierDraftOf(dossier));
  const [errors, setErrors] = useState<FieldErrors<DossierDraft>>({});
  const set = (patch: Partial<DossierDraft>) => setDraft({ ...draft, ...patch });
  const text = (name: keyof DossierDraft & string, label: string, hint?: string, required = false) => (
    <Field label={label} hint={hint} required={required} validationMessage={errors[name]}>
      <Input
        value={String(draft[name])}
        onChange={(_, data) => set({ [name]: data.value } as Partial<DossierDraft>)}
      />
    </Field>
  );

  const save = () => {
    const id = dossier?.id ?? newId();
    const result = dossierFromDraft(draft, { ...(dossier ?? {}), id, sessionId: session.id });
    if (result.errors) {
      setErrors(result.errors);
      return;
    }
    setErrors({});
    const { slot: _slot, ...record } = result.dossier;
    store.save("dossier", record);
    if (!dossier) {
      store.save("session", { ...session, agenda: [...session.agenda, id] });
      // The creation draft is done with: the next « Ajouter un dossier » starts empty.
      setDraft(dossierDraftOf());
      globalThis.sessionStorage?.removeItem(draftKey);
      onCreated(id);
    }
  };

  return (
    <form
      className={styles.section}
      aria-label={t("teams.dossier.details")}
      onSubmit={(event) => {
        event.preventDefault();
        save();
      }}
    >
      <Subtitle2 as="h3">{t("teams.dossier.details")}</Subtitle2>
      {text("object", t("teams.dossier.object"), undefined, true)}
      <div className={styles.grid}>
        {text("direction", t("teams.dossier.direction"), undefined, true)}
        <Field label={t("teams.dossier.segment")}>
          <Select value={draft.segmentId} onChange={(_, data) => set({ segmentId: data.value as SegmentId })}>
            {segmentIds.map((id) => (
              <option key={id} value={id}>
                {segmentLabel(id)}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t("teams.dossier.procedure")}>
          <Select value={draft.procedure} onChange={(_, data) => set({ procedure: data.value as Procedure })}>
            {procedures.map((id) => (
              <option key={id} value={id}>
                {procedureLabel(id)}
              </option>
            ))}
          </Select>
        </Field>
        {text("amount", t("teams.dossier.amount"), t("teams.hint.amount"))}
        {text("publication", t("teams.dossier.publication"), t("teams.hint.date"))}
        {text("contractEnd", t("teams.dossier.contractEnd"), t("teams.hint.date"))}
        {text("award", t("teams.dossier.award"), t("teams.hint.date"))}
        {text("presenter", t("teams.dossier.presenter"))}
        {text("duration", t("teams.dossier.duration"))}
      </div>
      <div className={styles.row}>
        <Checkbox
          checked={draft.recurring}
          label={t("teams.dossier.recurring")}
          onChange={(_, data) => set({ recurring: data.checked === true })}
        />
        <Checkbox
          checked={draft.targeted}
          label={t("teams.dossier.targeted")}
          onChange={(_, data) => set({ targeted: data.checked === true })}
        />
      </div>
      <LeverPicker
        segment={draft.segmentId}
        levers={leversOfDraft(draft.levers)}
        onChange={(levers) => set({ levers })}
      />
      <div className={styles.row}>
        <Button appearance="primary" type="submit">
          {dossier ? t("teams.dossier.save") : t("teams.dossier.create")}
        </Button>
      </div>
    </form>
  );
}
