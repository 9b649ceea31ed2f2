import {
  Body1,
  Button,
  Caption1,
  Dropdown,
  Field,
  Input,
  Link,
  makeStyles,
  Option,
  Subtitle2,
  tokens,
} from "@fluentui/react-components";
import { useMemo, useState } from "react";
import {
  defaultValues,
  fillClause,
  formatValue,
  renderClause,
  type FilledValues,
  type RenderedClause,
} from "../../../shared/dce";
import { toSpaserError } from "../../../shared/errors";
import { t } from "../../../shared/i18n";
import { leverLabel, pillarLabel, type Clause } from "../../../shared/referentiel";
import { useNotify } from "../../../shared/ui";
import { copyClause } from "../standalone-host";
import { ClausePreview } from "./ClausePreview";
import { usePane } from "./context";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  notes: { margin: 0, display: "grid", gap: tokens.spacingVerticalXS },
  term: { fontWeight: tokens.fontWeightSemibold },
  definition: { margin: 0 },
});

function initialInput(clause: Clause, values: FilledValues): Record<string, string> {
  const input: Record<string, string> = {};
  for (const placeholder of clause.placeholders) {
    const value = values[placeholder.name];
    input[placeholder.name] = value === undefined ? "" : formatValue(placeholder, value);
  }
  return input;
}

/** A clause opened from the results: preview, drafter's notes, the form (Remplir) and the actions. */
export function ClauseView({
  clause,
  onBack,
  onAdd,
}: {
  clause: Clause;
  onBack: () => void;
  /** Standalone: adds the filled clause to the .docx to download. */
  onAdd?: (rendered: RenderedClause) => void;
}) {
  const styles = useStyles();
  const notify = useNotify();
  const { host, policy, referentiel } = usePane();
  const [input, setInput] = useState(() => initialInput(clause, defaultValues(clause, policy)));
  const [busy, setBusy] = useState(false);
  const filled = useMemo(() => fillClause(clause, input, policy), [clause, input, policy]);
  const rendered = useMemo(() => renderClause(clause, filled.values), [clause, filled.values]);

  const act = async (action: () => Promise<void>, done: string) => {
    if (!filled.ok) {
      notify(t("dce.fill.invalid"), { intent: "error" });
      return;
    }
    setBusy(true);
    try {
      await action();
      notify(done, rendered.valuesKept ? {} : { body: t("dce.done.valuesNotKept"), intent: "warning" });
    } catch (error) {
      notify(toSpaserError(error).message, { intent: "error" });
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className={styles.section} data-testid="clause-view" data-clause-id={clause.id}>
      <Link as="button" onClick={onBack}>
        ← {t("dce.clause.back")}
      </Link>
      <Subtitle2 as="h2">{clause.title}</Subtitle2>
      <Caption1>
        {pillarLabel(clause.pillar)} · {leverLabel(clause.lever)} ·{" "}
        {t("dce.clause.version", { version: clause.version })}
      </Caption1>
      <ClausePreview rendered={rendered} />
      <dl className={styles.notes}>
        <dt className={styles.term}>{t("dce.clause.legalBases")}</dt>
        <dd className={styles.definition}>
          {clause.legalBases.map((id) => referentiel.legalText(id)?.citation ?? id).join(" ; ")}
        </dd>
        <dt className={styles.term}>{t("dce.clause.whenToUse")}</dt>
        <dd className={styles.definition}>{clause.notes.whenToUse}</dd>
        <dt className={styles.term}>{t("dce.clause.pitfalls")}</dt>
        <dd className={styles.definition}>{clause.notes.pitfalls}</dd>
        <dt className={styles.term}>{t("dce.clause.executionCheck")}</dt>
        <dd className={styles.definition}>{clause.notes.executionCheck}</dd>
      </dl>

      {clause.placeholders.length > 0 && (
        <form className={styles.section} data-testid="fill-form" onSubmit={(event) => event.preventDefault()}>
          <Subtitle2 as="h3">{t("dce.fill.title")}</Subtitle2>
          {clause.placeholders.map((placeholder) => {
            const problem = filled.problems[placeholder.name];
            const value = input[placeholder.name] ?? "";
            const set = (next: string) => setInput({ ...input, [placeholder.name]: next });
            return (
              <Field
                key={placeholder.name}
                label={placeholder.label}
                hint={placeholder.help}
                required={placeholder.required}
                validationState={problem ? "error" : "none"}
                validationMessage={problem?.message}
              >
                {placeholder.type === "choice" ? (
                  <Dropdown
                    data-testid={`field-${placeholder.name}`}
                    value={value}
                    selectedOptions={[value]}
                    onOptionSelect={(_, data) => set(data.optionValue ?? "")}
                  >
                    {placeholder.options.map((option) => (
                      <Option key={option}>{option}</Option>
                    ))}
                  </Dropdown>
                ) : (
                  <Input
                    data-testid={`field-${placeholder.name}`}
                    value={value}
                    inputMode={placeholder.type === "text" ? "text" : "decimal"}
                    onChange={(_, data) => set(data.value)}
                  />
                )}
              </Field>
            );
          })}
        </form>
      )}

      <div className={styles.actions}>
        {host.insertClause && (
          <Button
            appearance="primary"
            disabled={busy}
            data-testid="insert-clause"
            onClick={() => {
              const insert = host.insertClause;
              if (insert) void act(async () => void (await insert(rendered)), t("dce.done.inserted"));
            }}
          >
            {t("dce.action.insert")}
          </Button>
        )}
        <Button
          disabled={busy}
          data-testid="copy-clause"
          onClick={() => void act(() => copyClause(rendered), t("dce.done.copied"))}
        >
          {t("dce.action.copy")}
        </Button>
        {onAdd && (
          <Button
            appearance="primary"
            disabled={busy}
            data-testid="add-clause"
            onClick={() => void act(async () => onAdd(rendered), t("dce.done.added"))}
          >
            {t("dce.action.add")}
          </Button>
        )}
      </div>
      {!filled.ok && <Body1 role="alert">{t("dce.fill.invalid")}</Body1>}
    </div>
  );
}
