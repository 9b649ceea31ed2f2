import {
  Badge,
  Button,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  tokens,
} from "@fluentui/react-components";
import { t } from "../../../shared/i18n";
import { conflictingFields, type PendingWrite, type RecordKind } from "../../../shared/storage";
import { useAgenda, useStore } from "./store-context";

const useStyles = makeStyles({
  bar: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`,
  },
  line: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
});

const stateColor = {
  saved: "success",
  pending: "informative",
  conflict: "danger",
  failed: "warning",
} as const;

/** The state of one record's last save: « Enregistré », « En attente… », « Conflit… », « Échec… ». */
export function SaveBadge({ kind, id }: { kind: RecordKind; id: string }) {
  useAgenda();
  const write = useStore().stateOf(kind, id);
  const state = write?.state ?? "saved";
  return (
    <Badge
      appearance="tint"
      color={stateColor[state]}
      data-testid="save-state"
      data-state={state}
      title={write?.error}
    >
      {t(`storage.state.${state}`)}
    </Badge>
  );
}

function ConflictBar({ write }: { write: PendingWrite }) {
  const store = useStore();
  const fields = conflictingFields(write.record, write.theirs?.record).join(", ");
  return (
    <MessageBar intent="error" data-testid="conflict">
      <MessageBarBody>
        <MessageBarTitle>{t("teams.save.conflictTitle")}</MessageBarTitle>
        {write.error} {fields && t("teams.save.conflictFields", { fields })}
      </MessageBarBody>
      <MessageBarActions>
        <Button size="small" onClick={() => void store.resolve(write, { keep: "mine" })}>
          {t("teams.save.keepMine")}
        </Button>
        <Button size="small" onClick={() => void store.resolve(write, { keep: "theirs" })}>
          {t("teams.save.keepTheirs")}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}

/** Under the header: where data is kept, what is not saved yet, conflicts to settle. */
export function SaveStatus({ warning, compact }: { warning?: string; compact: boolean }) {
  const styles = useStyles();
  const store = useStore();
  const { writes, storeLabel } = useAgenda();
  const pending = writes.filter((w) => w.state === "pending").length;
  const failed = writes.filter((w) => w.state === "failed");
  const conflicts = writes.filter((w) => w.state === "conflict");
  const unsaved = pending + failed.length + conflicts.length;
  return (
    <div className={styles.bar}>
      <div className={styles.line} data-testid="save-summary" data-unsaved={unsaved}>
        <Badge appearance="outline" color={unsaved === 0 ? "success" : "warning"}>
          {unsaved === 0 ? t("teams.save.allSaved") : t("teams.save.unsaved", { count: unsaved })}
        </Badge>
        {!compact && <span>{t("teams.save.where", { store: storeLabel })}</span>}
      </div>
      {warning && (
        <MessageBar intent="warning">
          <MessageBarBody>{t("teams.save.memoryOnly", { detail: warning })}</MessageBarBody>
        </MessageBar>
      )}
      {failed.length > 0 && (
        <MessageBar intent="warning">
          <MessageBarBody>
            {t("teams.save.failed", { count: failed.length })} {failed[0]?.error}
          </MessageBarBody>
          <MessageBarActions>
            <Button size="small" onClick={() => store.retry()}>
              {t("action.retry")}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {conflicts.map((write) => (
        <ConflictBar key={write.id} write={write} />
      ))}
    </div>
  );
}
