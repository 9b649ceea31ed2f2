import {
  Body1,
  Caption1,
  Field,
  Input,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  tokens,
} from "@fluentui/react-components";
import type { AuditReport } from "../../../shared/dce";
import { t } from "../../../shared/i18n";
import { pillarLabel, pillars } from "../../../shared/referentiel";

const useStyles = makeStyles({
  counts: {
    display: "grid",
    gridTemplateColumns: "repeat(3, 1fr)",
    gap: tokens.spacingHorizontalS,
    textAlign: "center",
  },
  count: { fontSize: tokens.fontSizeHero700, fontWeight: tokens.fontWeightSemibold },
  warnings: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

/** Couverture: considerations per pillar and the active policy's warnings, each with its source. */
export function CoverageView({
  report,
  amount,
  amountError,
  onAmount,
  picker,
}: {
  report: AuditReport | undefined;
  amount: string;
  amountError?: string;
  onAmount: (value: string) => void;
  picker?: React.ReactNode;
}) {
  const styles = useStyles();
  return (
    <>
      {picker}
      <Body1>{t("dce.coverage.title")}</Body1>
      <div className={styles.counts} data-testid="coverage-counts">
        {pillars.map((pillar) => (
          <div key={pillar}>
            <div className={styles.count}>{report?.coverage[pillar] ?? 0}</div>
            <Caption1>{pillarLabel(pillar)}</Caption1>
          </div>
        ))}
      </div>
      <Field
        label={t("dce.coverage.amount")}
        size="small"
        validationState={amountError ? "error" : "none"}
        validationMessage={amountError}
      >
        <Input size="small" value={amount} inputMode="decimal" onChange={(_, data) => onAmount(data.value)} />
      </Field>
      <div className={styles.warnings}>
        {report && report.warnings.length === 0 && <Body1>{t("dce.coverage.noWarning")}</Body1>}
        {report?.warnings.map((warning) => (
          <MessageBar key={warning.code} intent="warning">
            <MessageBarBody>
              <MessageBarTitle>{warning.message}</MessageBarTitle>
              {t("dce.coverage.source", { rule: warning.rule, source: warning.source })}
            </MessageBarBody>
          </MessageBar>
        ))}
      </div>
    </>
  );
}
