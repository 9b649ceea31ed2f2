import {
  Badge,
  Body1,
  Caption1,
  Field,
  makeStyles,
  Select,
  Subtitle2,
  Title3,
  tokens,
} from "@fluentui/react-components";
import { computeIndicators, type IndicatorResult } from "../../../shared/indicators";
import { t } from "../../../shared/i18n";
import type { Policy } from "../../../shared/policies";
import { formatNumber, formatPercent } from "../../../shared/text";
import { usePersistentState } from "../../../shared/ui";
import { todayIso } from "./navigation";
import { useAgenda } from "./store-context";
import { useViewStyles } from "./styles";

const useBarStyles = makeStyles({
  track: {
    position: "relative",
    height: "14px",
    backgroundColor: tokens.colorNeutralBackground3,
    borderRadius: tokens.borderRadiusSmall,
  },
  fill: { position: "absolute", insetBlock: 0, left: 0, borderRadius: tokens.borderRadiusSmall },
  reached: { backgroundColor: tokens.colorPaletteGreenBackground3 },
  behind: { backgroundColor: tokens.colorPaletteDarkOrangeBackground3 },
  none: { backgroundColor: tokens.colorBrandBackground },
  target: {
    position: "absolute",
    top: "-3px",
    bottom: "-3px",
    width: "2px",
    backgroundColor: tokens.colorNeutralForeground1,
  },
});

function formatValue(result: IndicatorResult, value: number): string {
  if (result.unit === "percent") return formatPercent(value, 1);
  if (result.unit === "hours") return `${formatNumber(value)}\u00A0h`;
  return formatNumber(value);
}

/** A bar against its target, in plain CSS: the scale is 100 % for shares, else the larger of value and target. */
function Bar({ result }: { result: IndicatorResult }) {
  const styles = useBarStyles();
  const value = result.value ?? 0;
  const scale = result.unit === "percent" ? 100 : Math.max(value, result.target ?? 0, 1);
  const width = `${Math.min(100, (value / scale) * 100)}%`;
  const tone =
    result.status === "atteint"
      ? styles.reached
      : result.status === "en-retard"
        ? styles.behind
        : styles.none;
  return (
    <div
      className={styles.track}
      role="img"
      aria-label={t("teams.indicators.barLabel", {
        value: formatValue(result, value),
        target:
          result.target === undefined ? t("teams.indicators.noTarget") : formatValue(result, result.target),
      })}
    >
      <div className={`${styles.fill} ${tone}`} style={{ width }} />
      {result.target !== undefined && (
        <div className={styles.target} style={{ left: `${Math.min(100, (result.target / scale) * 100)}%` }} />
      )}
    </div>
  );
}

const statusColor = {
  atteint: "success",
  "en-retard": "warning",
  "non-mesurable": "subtle",
  "sans-objectif": "informative",
} as const;

/** « Indicateurs »: the preset's SPASER indicators for a year, from the dossiers decided in committee. */
export function IndicatorsView({ policy }: { policy: Policy }) {
  const styles = useViewStyles();
  const { sessions, dossiers, decisions } = useAgenda();
  const thisYear = Number(todayIso().slice(0, 4));
  const [year, setYear] = usePersistentState("spaser.teams.indicatorYear", thisYear);
  const ownSessions = new Set(sessions.filter((s) => s.policyId === policy.id).map((s) => s.id));
  const report = computeIndicators(
    policy,
    {
      dossiers: dossiers.filter((d) => ownSessions.has(d.sessionId)),
      decisions: decisions.filter((d) => ownSessions.has(d.sessionId)),
    },
    year,
    { includeUntargeted: true },
  );
  const years = Array.from({ length: 6 }, (_, i) => thisYear - 3 + i);
  return (
    <div className={styles.stack}>
      <div className={styles.row}>
        <Title3 as="h2">{t("indicators.title", { year, policy: policy.shortLabel })}</Title3>
        <Field label={t("teams.indicators.year")} orientation="horizontal">
          <Select value={String(year)} onChange={(_, data) => setYear(Number(data.value))}>
            {years.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <Caption1>
        {t("indicators.population", { settled: report.settled, year, pending: report.pending })}
      </Caption1>
      <div className={styles.grid}>
        {report.results.map((result) => (
          <section
            key={result.id}
            className={styles.section}
            aria-label={result.label}
            data-testid="indicator"
          >
            <Subtitle2 as="h3">{result.label}</Subtitle2>
            <div className={styles.row}>
              <Body1>
                <strong>{result.value === undefined ? "—" : formatValue(result, result.value)}</strong>
                {result.denominator !== undefined && result.unit === "percent"
                  ? ` (${formatNumber(result.numerator ?? 0)}/${formatNumber(result.denominator)})`
                  : ""}
              </Body1>
              <Badge appearance="tint" color={statusColor[result.status]}>
                {t(`indicator.status.${result.status}`)}
              </Badge>
            </div>
            <Bar result={result} />
            <Caption1>
              {result.target === undefined
                ? t("teams.indicators.noTarget")
                : t("teams.indicators.target", {
                    target: formatValue(result, result.target),
                    year: result.targetYear ?? year,
                  })}
            </Caption1>
            {result.reason && <Caption1 className={styles.muted}>{result.reason}</Caption1>}
            <Caption1 className={styles.muted}>
              <strong>{t("teams.indicators.definition")}</strong> {result.definition}
              {result.numeratorLabel &&
                ` ${t("teams.indicators.numerator", { label: result.numeratorLabel })}`}
              {result.denominatorLabel &&
                ` ${t("teams.indicators.denominator", { label: result.denominatorLabel })}`}
              {result.sourceText && ` ${t("teams.indicators.source", { source: result.sourceText })}`}
            </Caption1>
          </section>
        ))}
      </div>
    </div>
  );
}
