import { Button, Field, Input, Select, Subtitle2, Textarea } from "@fluentui/react-components";
import { useState } from "react";
import { sessionSchema } from "../../../shared/agenda";
import { errorMessage, t } from "../../../shared/i18n";
import type { Policy } from "../../../shared/policies";
import { parseFrenchDate } from "../../../shared/text";
import { usePersistentState } from "../../../shared/ui";
import { committeesFor } from "../state/committees";
import { parseAttendees } from "../state/attendees";
import { newId } from "./navigation";
import { useStore } from "./store-context";
import { useViewStyles } from "./styles";

interface SessionDraft {
  committeeId: string;
  date: string;
  startTime: string;
  place: string;
  link: string;
  attendees: string;
}

export function NewSessionForm({
  policy,
  onCancel,
  onCreated,
}: {
  policy: Policy;
  onCancel: () => void;
  onCreated: (id: string) => void;
}) {
  const styles = useViewStyles();
  const store = useStore();
  const committees = committeesFor(policy);
  const [draft, setDraft] = usePersistentState<SessionDraft>(`spaser.teams.sessionDraft.${policy.id}`, {
    committeeId: committees[0]?.id ?? "",
    date: "",
    startTime: "09:00",
    place: "",
    link: "",
    attendees: "",
  });
  const [errors, setErrors] = useState<Partial<Record<keyof SessionDraft, string>>>({});
  const set = (patch: Partial<SessionDraft>) => setDraft({ ...draft, ...patch });

  const submit = () => {
    const problems: Partial<Record<keyof SessionDraft, string>> = {};
    const date = parseFrenchDate(draft.date);
    if (!date.ok) problems.date = errorMessage(date.code, date.params);
    if (!/^([01]\d|2[0-3]):[0-5]\d$/.test(draft.startTime.trim()))
      problems.startTime = t("teams.session.timeInvalid");
    if (draft.link.trim() && !URL.canParse(draft.link.trim())) problems.link = t("teams.session.linkInvalid");
    if (!committees.some((c) => c.id === draft.committeeId))
      problems.committeeId = t("teams.session.committeeMissing");
    setErrors(problems);
    if (Object.keys(problems).length > 0 || !date.ok) return;
    const session = sessionSchema.parse({
      id: newId(),
      policyId: policy.id,
      committeeId: draft.committeeId,
      date: date.value,
      startTime: draft.startTime.trim(),
      ...(draft.place.trim() ? { place: draft.place.trim() } : {}),
      ...(draft.link.trim() ? { teamsMeetingUrl: draft.link.trim() } : {}),
      attendees: parseAttendees(draft.attendees),
      agenda: [],
    });
    store.save("session", session);
    setDraft({ ...draft, date: "", place: "", link: "" });
    onCreated(session.id);
  };

  return (
    <form
      className={styles.section}
      aria-label={t("teams.session.new")}
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <Subtitle2 as="h3">{t("teams.session.new")}</Subtitle2>
      <Field label={t("teams.session.committee")} validationMessage={errors.committeeId}>
        <Select value={draft.committeeId} onChange={(_, data) => set({ committeeId: data.value })}>
          {committees.map((c) => (
            <option key={c.id} value={c.id}>
              {c.label}
            </option>
          ))}
        </Select>
      </Field>
      <div className={styles.row}>
        <Field
          label={t("teams.session.date")}
          hint={t("teams.hint.date")}
          required
          validationMessage={errors.date}
        >
          <Input value={draft.date} onChange={(_, data) => set({ date: data.value })} />
        </Field>
        <Field label={t("teams.session.start")} validationMessage={errors.startTime}>
          <Input value={draft.startTime} onChange={(_, data) => set({ startTime: data.value })} />
        </Field>
      </div>
      <Field label={t("teams.session.place")}>
        <Input value={draft.place} onChange={(_, data) => set({ place: data.value })} />
      </Field>
      <Field label={t("teams.session.link")} validationMessage={errors.link}>
        <Input type="url" value={draft.link} onChange={(_, data) => set({ link: data.value })} />
      </Field>
      <Field label={t("teams.session.attendees")} hint={t("teams.session.attendeesHint")}>
        <Textarea rows={4} value={draft.attendees} onChange={(_, data) => set({ attendees: data.value })} />
      </Field>
      <div className={styles.row}>
        <Button appearance="primary" type="submit">
          {t("teams.session.create")}
        </Button>
        <Button onClick={onCancel}>{t("teams.action.cancel")}</Button>
      </div>
    </form>
  );
}
