import { Button, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { useRef, useState } from "react";
import { toSpaserError } from "../../../shared/errors";
import { t } from "../../../shared/i18n";
import { EmptyState, ErrorState, LoadingState } from "../../../shared/ui";
import { CheckReport } from "./CheckReport";
import type { FilePort, OpenedGrid } from "./ports";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  hidden: { display: "none" },
});

/** « Vérifier » in a plain browser: open a grid .xlsx, see the report, download the annotated copy. */
export function FileCheck({ port, policyId }: { port: FilePort; policyId: string }) {
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const [grid, setGrid] = useState<OpenedGrid>();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  const attempt = async (action: () => Promise<void>) => {
    setBusy(true);
    try {
      await action();
      setError(undefined);
    } catch (e) {
      setError(toSpaserError(e).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className={styles.root}>
      <input
        ref={input}
        className={styles.hidden}
        type="file"
        accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        data-testid="grid-file"
        onChange={(event) => {
          const file = event.currentTarget.files?.[0];
          event.currentTarget.value = "";
          if (file) void attempt(async () => setGrid(await port.openFile(file, policyId)));
        }}
      />
      <div className={styles.actions}>
        <Button appearance="primary" onClick={() => input.current?.click()} disabled={busy}>
          {t("excel.check.open")}
        </Button>
        {grid && (
          <Button onClick={() => void attempt(() => port.downloadAnnotated(grid))} disabled={busy}>
            {t("excel.check.download")}
          </Button>
        )}
      </div>
      <Caption1>{t("excel.check.openHint")}</Caption1>
      {busy && <LoadingState />}
      {error && <ErrorState message={error} />}
      {grid && <Caption1>{t("excel.check.checkedAt", { file: grid.fileName })}</Caption1>}
      {grid ? (
        <CheckReport result={grid.result} />
      ) : (
        !busy && !error && <EmptyState>{t("excel.check.empty")}</EmptyState>
      )}
    </div>
  );
}
