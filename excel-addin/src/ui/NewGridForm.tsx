import {
  Body1,
  Button,
  Caption1,
  Field,
  Input,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Select,
  Subtitle2,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import {
  checkGrid,
  criterionCategories,
  defaultCriteria,
  definitionToRawGrid,
  newGridDefinition,
  priceMethods,
  type CriterionCategory,
  type CriterionDefinition,
  type GridDefinition,
  type PriceMethod,
} from "../../../shared/grid";
import { t } from "../../../shared/i18n";
import { getPolicy } from "../../../shared/policies";
import { formatPercent, parseFrenchDate, parseFrenchNumber, parseFrenchPercent } from "../../../shared/text";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  row: { display: "grid", gridTemplateColumns: "1fr 1fr", gap: tokens.spacingHorizontalS },
  criterion: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1.6fr) minmax(0, 1fr) minmax(0, 0.8fr) auto",
    gap: tokens.spacingHorizontalXS,
    alignItems: "end",
    paddingBottom: tokens.spacingVerticalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  wide: { gridColumn: "1 / -1" },
  fill: { minWidth: 0, width: "100%" },
  inner: { minWidth: 0, width: "100%" },
  cell: { minWidth: 0 },
  remove: { minWidth: 0 },
});

interface CriterionRow {
  readonly label: string;
  readonly category: CriterionCategory;
  readonly weight: string;
  readonly scale: string;
}

const toRows = (criteria: readonly CriterionDefinition[]): CriterionRow[] =>
  criteria.map((c) => ({
    label: c.label,
    category: c.category,
    weight: String(c.weight),
    scale: String(c.scale),
  }));

/** « Nouvelle grille »: the consultation, its lots and criteria; `onSubmit` builds it (Excel) or downloads it. */
export function NewGridForm({
  policyId,
  submitLabel,
  onSubmit,
}: {
  policyId: string;
  submitLabel: string;
  onSubmit: (definition: GridDefinition) => Promise<void>;
}) {
  const styles = useStyles();
  const policy = getPolicy(policyId);
  const [title, setTitle] = useState("");
  const [launchDate, setLaunchDate] = useState("");
  const [lots, setLots] = useState("1");
  const [scale, setScale] = useState("100");
  const [priceMethod, setPriceMethod] = useState<PriceMethod>("proportional");
  const [family, setFamily] = useState("");
  const [rows, setRows] = useState<CriterionRow[]>(() => toRows(defaultCriteria(policy)));
  const [busy, setBusy] = useState(false);

  const date = launchDate.trim() === "" ? undefined : parseFrenchDate(launchDate);
  const lotCount = Number(lots);
  const lotsValid = Number.isInteger(lotCount) && lotCount >= 1 && lotCount <= 50;
  const scaleValue = parseFrenchNumber(scale);
  const criteria: CriterionDefinition[] = rows.map((row, i) => {
    const weight = parseFrenchPercent(row.weight);
    const max = parseFrenchNumber(row.scale);
    return {
      code: `C${i + 1}`,
      label: row.label,
      category: row.category,
      weight: weight.ok ? weight.value : Number.NaN,
      scale: max.ok ? max.value : Number.NaN,
    };
  });
  const sum = criteria.reduce((acc, c) => acc + (Number.isFinite(c.weight) ? c.weight : 0), 0);
  const valid =
    title.trim() !== "" &&
    (date === undefined || date.ok) &&
    lotsValid &&
    scaleValue.ok &&
    criteria.every((c) => c.label.trim() !== "" && Number.isFinite(c.weight) && c.scale > 0);

  const definition = valid
    ? newGridDefinition({
        policy,
        ...(family ? { family } : {}),
        lots: lotCount,
        criteria,
        priceMethod,
        scale: scaleValue.ok ? scaleValue.value : 100,
        title: title.trim(),
        ...(date?.ok ? { launchDate: date.value } : {}),
      })
    : undefined;
  const preview = definition
    ? checkGrid(definitionToRawGrid(definition), policy).violations.filter(
        (v) => v.rule !== "GRID_LAUNCH_DATE_MISSING",
      )
    : [];

  const update = (index: number, patch: Partial<CriterionRow>) =>
    setRows((current) => current.map((row, i) => (i === index ? { ...row, ...patch } : row)));

  return (
    <form
      className={styles.form}
      onSubmit={(event) => {
        event.preventDefault();
        if (!definition) return;
        setBusy(true);
        void onSubmit(definition).finally(() => setBusy(false));
      }}
    >
      <Field label={t("excel.new.title")} required>
        <Input value={title} onChange={(_, d) => setTitle(d.value)} />
      </Field>
      <div className={styles.row}>
        <Field
          label={t("excel.new.launchDate")}
          hint={t("excel.new.launchDate.hint")}
          validationMessage={date && !date.ok ? t("excel.new.launchDate.hint") : undefined}
        >
          <Input value={launchDate} placeholder="01/10/2026" onChange={(_, d) => setLaunchDate(d.value)} />
        </Field>
        <Field label={t("excel.new.lots")} validationMessage={lotsValid ? undefined : "1 à 50"}>
          <Input type="number" min={1} max={50} value={lots} onChange={(_, d) => setLots(d.value)} />
        </Field>
      </div>
      <div className={styles.row}>
        <Field label={t("excel.new.scale")}>
          <Input value={scale} onChange={(_, d) => setScale(d.value)} />
        </Field>
        <Field label={t("excel.new.priceMethod")}>
          <Select value={priceMethod} onChange={(_, d) => setPriceMethod(d.value as PriceMethod)}>
            {priceMethods.map((m) => (
              <option key={m} value={m}>
                {t(`grid.method.${m}`)}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      {policy.purchaseFamilies.length > 0 && (
        <Field label={t("excel.new.family")}>
          <Select
            value={family}
            onChange={(_, d) => {
              setFamily(d.value);
              setRows(toRows(defaultCriteria(policy, d.value || undefined)));
            }}
          >
            <option value="">{t("excel.new.family.none")}</option>
            {policy.purchaseFamilies.map((f) => (
              <option key={f.id} value={f.id}>
                {f.label}
              </option>
            ))}
          </Select>
        </Field>
      )}
      <Subtitle2 as="h2">{t("excel.new.criteria")}</Subtitle2>
      {rows.map((row, i) => (
        <div key={i} className={styles.criterion}>
          <Field className={styles.wide} label={`${t("excel.new.criterion.label")} (C${i + 1})`}>
            <Input
              className={styles.fill}
              aria-label={`${t("excel.new.criterion.label")} C${i + 1}`}
              value={row.label}
              onChange={(_, d) => update(i, { label: d.value })}
            />
          </Field>
          <Field className={styles.cell} label={t("excel.new.criterion.category")} size="small">
            <Select
              className={styles.fill}
              aria-label={`${t("excel.new.criterion.category")} C${i + 1}`}
              value={row.category}
              onChange={(_, d) => update(i, { category: d.value as CriterionCategory })}
            >
              {criterionCategories.map((c) => (
                <option key={c} value={c}>
                  {t(`grid.category.${c}`)}
                </option>
              ))}
            </Select>
          </Field>
          <Field className={styles.cell} label={t("excel.new.criterion.weight")} size="small">
            <Input
              className={styles.fill}
              input={{ className: styles.inner, size: 3 }}
              aria-label={`${t("excel.new.criterion.weight")} C${i + 1}`}
              value={row.weight}
              onChange={(_, d) => update(i, { weight: d.value })}
            />
          </Field>
          <Field className={styles.cell} label={t("excel.new.criterion.scale")} size="small">
            <Input
              className={styles.fill}
              input={{ className: styles.inner, size: 3 }}
              aria-label={`${t("excel.new.criterion.scale")} C${i + 1}`}
              value={row.scale}
              onChange={(_, d) => update(i, { scale: d.value })}
            />
          </Field>
          <Button
            className={styles.remove}
            size="small"
            appearance="subtle"
            aria-label={t("excel.new.criterion.remove", { code: `C${i + 1}` })}
            disabled={rows.length <= 1}
            onClick={() => setRows((current) => current.filter((_, k) => k !== i))}
          >
            ×
          </Button>
        </div>
      ))}
      <Button
        appearance="secondary"
        onClick={() =>
          setRows((current) => [...current, { label: "", category: "autre", weight: "0", scale: "10" }])
        }
      >
        {t("excel.new.criterion.add")}
      </Button>
      <Caption1>{t("excel.new.weightSum", { sum: formatPercent(sum) })}</Caption1>
      {preview.length > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <Body1>{t("excel.new.preview")}</Body1>
            <ul>
              {preview.map((v, i) => (
                <li key={i}>{v.message}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
      <Button appearance="primary" type="submit" disabled={!definition || busy}>
        {submitLabel}
      </Button>
    </form>
  );
}
