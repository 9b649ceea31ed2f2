import {
  Badge,
  Body1,
  Body1Strong,
  Button,
  Caption1,
  makeStyles,
  tokens,
  type BadgeProps,
} from "@fluentui/react-components";
import {
  fillClause,
  renderClause,
  type AuditedClause,
  type AuditReport,
  type AuditStatus,
} from "../../../shared/dce";
import { toSpaserError } from "../../../shared/errors";
import { t } from "../../../shared/i18n";
import { EmptyState, useNotify } from "../../../shared/ui";
import { usePane } from "./context";

const useStyles = makeStyles({
  list: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    listStyle: "none",
    margin: 0,
    padding: 0,
  },
  item: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    padding: tokens.spacingHorizontalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  row: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center", flexWrap: "wrap" },
});

const STATUS_COLOR: Record<AuditStatus, BadgeProps["color"]> = {
  "a-jour": "success",
  "version-depassee": "warning",
  retiree: "danger",
  "modifiee-localement": "important",
  inconnue: "subtle",
};

/** Audit: every SPASER clause of the document with its status; select it, update it keeping its values. */
export function AuditView({
  report,
  trackChanges,
  onRefresh,
  picker,
}: {
  report: AuditReport | undefined;
  trackChanges?: boolean;
  onRefresh: () => Promise<void>;
  /** Standalone: the file picker standing in for the open document. */
  picker?: React.ReactNode;
}) {
  const styles = useStyles();
  const notify = useNotify();
  const { host, library, policy } = usePane();

  const update = async (clause: AuditedClause) => {
    const latest = library.latestValidated(clause.id);
    if (!latest || clause.controlId === undefined || !host.updateClause) return;
    try {
      // The values kept in the tag are re-read through the form rules of the new version.
      const filled = fillClause(latest, clause.values ?? {}, policy);
      await host.updateClause(clause.controlId, renderClause(latest, filled.values));
      notify(t("dce.done.updated"));
      await onRefresh();
    } catch (error) {
      notify(toSpaserError(error).message, { intent: "error" });
    }
  };

  return (
    <>
      <div className={styles.row}>
        {picker ?? (
          <Button onClick={() => void onRefresh()} data-testid="audit-refresh">
            {t("dce.action.refresh")}
          </Button>
        )}
        {trackChanges && <Caption1>{t("dce.audit.trackChanges")}</Caption1>}
      </div>
      {!report || report.clauses.length === 0 ? (
        <EmptyState>{t("dce.audit.empty")}</EmptyState>
      ) : (
        <ul className={styles.list} data-testid="audit-list">
          {report.clauses.map((clause, index) => (
            <li key={`${clause.id}-${index}`} className={styles.item}>
              <div className={styles.row}>
                <Badge color={STATUS_COLOR[clause.status]}>{t(`dce.status.${clause.status}`)}</Badge>
                <Body1Strong>{clause.title}</Body1Strong>
              </div>
              <Caption1>
                {clause.id} v{clause.version}
                {clause.recognisedBy === "texte" ? ` — ${t("dce.recognisedBy.texte")}` : ""}
              </Caption1>
              {clause.modified && clause.status !== "modifiee-localement" && (
                <Body1>{t("dce.audit.modifiedWarning")}</Body1>
              )}
              <div className={styles.row}>
                {clause.controlId !== undefined && host.selectClause && (
                  <Button size="small" onClick={() => void host.selectClause?.(clause.controlId ?? 0)}>
                    {t("dce.action.select")}
                  </Button>
                )}
                {clause.status === "version-depassee" &&
                  clause.controlId !== undefined &&
                  clause.latestVersion && (
                    <Button size="small" appearance="primary" onClick={() => void update(clause)}>
                      {t("dce.action.update", { version: clause.latestVersion })}
                    </Button>
                  )}
              </div>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
