import { Button, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { useCallback, useEffect, useRef, useState } from "react";
import { toSpaserError } from "../../../shared/errors";
import { t } from "../../../shared/i18n";
import { EmptyState, ErrorState, LoadingState } from "../../../shared/ui";
import type { GridCheckResult } from "../host";
import { CheckReport } from "./CheckReport";
import type { WorkbookPort } from "./ports";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
});

/** « Vérifier » inside Excel: check on demand, then again automatically when the grid's tables change. */
export function WorkbookCheck({ port, policyId }: { port: WorkbookPort; policyId: string }) {
  const styles = useStyles();
  const [result, setResult] = useState<GridCheckResult>();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const watching = useRef<(() => Promise<void>) | undefined>(undefined);

  const check = useCallback(async () => {
    setBusy(true);
    try {
      setResult(await port.check({ fallbackPolicyId: policyId }));
      setError(undefined);
    } catch (e) {
      setError(toSpaserError(e).message);
    } finally {
      setBusy(false);
    }
  }, [port, policyId]);

  const hasResult = result !== undefined;
  useEffect(() => {
    if (!hasResult || watching.current) return;
    let cancelled = false;
    void port
      .watch(() => void check())
      .then((stop) => {
        if (cancelled) void stop();
        else watching.current = stop;
      });
    return () => {
      cancelled = true;
      void watching.current?.();
      watching.current = undefined;
    };
  }, [hasResult, port, check]);

  return (
    <div className={styles.root}>
      <Button appearance="primary" onClick={() => void check()} disabled={busy}>
        {t("excel.check.run")}
      </Button>
      {hasResult && <Caption1>{t("excel.check.auto")}</Caption1>}
      {busy && !result && <LoadingState />}
      {error && <ErrorState message={error} onRetry={() => void check()} />}
      {result ? (
        <CheckReport
          result={result}
          onSelect={(cells) =>
            void port.selectCells(cells).catch((e: unknown) => setError(toSpaserError(e).message))
          }
        />
      ) : (
        !busy && !error && <EmptyState>{t("excel.check.empty")}</EmptyState>
      )}
    </div>
  );
}
