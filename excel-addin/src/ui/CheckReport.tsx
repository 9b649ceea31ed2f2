import {
  Body1,
  Button,
  Caption1,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Subtitle2,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  tokens,
} from "@fluentui/react-components";
import type { CellRef, RankingRow, Violation } from "../../../shared/grid";
import { t } from "../../../shared/i18n";
import { formatNumber, formatPercent } from "../../../shared/text";
import { describeCells, sortedViolations, summary } from "../controls-report";
import type { GridCheckResult } from "../host";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
  item: {
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorPaletteRedBorder2}`,
    paddingLeft: tokens.spacingHorizontalS,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
  },
  alert: { borderLeftColor: tokens.colorPaletteMarigoldBorder2 },
  meta: { color: tokens.colorNeutralForeground3 },
  select: { alignSelf: "flex-start" },
});

function ViolationItem({
  violation,
  onSelect,
}: {
  violation: Violation;
  onSelect?: (cells: readonly CellRef[]) => void;
}) {
  const styles = useStyles();
  return (
    <li
      className={`${styles.item} ${violation.severity === "alerte" ? styles.alert : ""}`}
      data-testid="violation"
      data-rule={violation.rule}
      data-severity={violation.severity}
    >
      <Body1>{violation.message}</Body1>
      <Caption1 className={styles.meta}>
        {violation.rule}
        {violation.cells.length > 0 &&
          ` — ${t("excel.check.cells", { cells: describeCells(violation.cells) })}`}
      </Caption1>
      {onSelect && violation.cells.length > 0 && (
        <Button
          className={styles.select}
          size="small"
          appearance="subtle"
          onClick={() => onSelect(violation.cells)}
        >
          {t("excel.check.select")}
        </Button>
      )}
    </li>
  );
}

function RankingTable({ lot, rows }: { lot: string; rows: readonly RankingRow[] }) {
  return (
    <Table size="small" aria-label={t("grid.report.ranking", { lot })} data-testid="ranking">
      <TableHeader>
        <TableRow>
          <TableHeaderCell>{t("excel.ranking.rank")}</TableHeaderCell>
          <TableHeaderCell>{t("excel.ranking.candidate")}</TableHeaderCell>
          <TableHeaderCell>{t("excel.ranking.total")}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {rows.map((row) => (
          <TableRow key={`${row.rank}-${row.candidate}`}>
            <TableCell>{row.rank}</TableCell>
            <TableCell>
              {row.candidate}
              {row.tieBroken && ` (${t("excel.ranking.tieBroken")})`}
            </TableCell>
            <TableCell>{formatNumber(row.total, 2)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

/** The report of a checked grid: violations by severity (click selects the cells), ranking per lot, rounding. */
export function CheckReport({
  result,
  onSelect,
}: {
  result: GridCheckResult;
  onSelect?: (cells: readonly CellRef[]) => void;
}) {
  const styles = useStyles();
  const { report, policy } = result;
  const violations = sortedViolations(report.violations);
  const blocking = violations.filter((v) => v.severity === "bloquant");
  const alerts = violations.filter((v) => v.severity === "alerte");
  const lots = [...new Set(report.ranking.map((r) => r.lot))];
  return (
    <div className={styles.section} data-testid="check-report">
      <MessageBar intent={report.ok ? (alerts.length ? "warning" : "success") : "error"} layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{summary(report)}</MessageBarTitle>
          {t("excel.check.policy", { policy: policy.label })} ·{" "}
          {t("excel.check.envWeight", { weight: formatPercent(report.environmentalWeight) })}
        </MessageBarBody>
      </MessageBar>
      {[[t("excel.check.blocking"), blocking] as const, [t("excel.check.alert"), alerts] as const].map(
        ([title, list]) =>
          list.length > 0 && (
            <section key={title} className={styles.section}>
              <Subtitle2 as="h2">
                {title} ({list.length})
              </Subtitle2>
              <ul className={styles.list}>
                {list.map((violation, i) => (
                  <ViolationItem key={`${violation.rule}-${i}`} violation={violation} onSelect={onSelect} />
                ))}
              </ul>
            </section>
          ),
      )}
      <section className={styles.section}>
        <Subtitle2 as="h2">{t("excel.check.ranking")}</Subtitle2>
        {lots.length === 0 && <Body1>{t("excel.check.noRanking")}</Body1>}
        {lots.map((lot) => (
          <div key={lot} className={styles.section}>
            <Body1>{t("grid.report.ranking", { lot })}</Body1>
            <RankingTable lot={lot} rows={report.ranking.filter((r) => r.lot === lot)} />
          </div>
        ))}
        <Caption1 className={styles.meta}>
          {t("excel.check.rounding")} : {t("grid.report.rounding")}
        </Caption1>
      </section>
    </div>
  );
}
