import { Button } from "@fluentui/react-components";
import { useState } from "react";
import { exportSession, type Session } from "../../../shared/agenda";
import { toSpaserError } from "../../../shared/errors";
import { t } from "../../../shared/i18n";
import type { Policy } from "../../../shared/policies";
import { ErrorState, useNotify } from "../../../shared/ui";
import { committeeFor } from "../state/committees";
import { useAgenda } from "./store-context";

/** Downloads the relevé de décisions (.docx); the docx library is loaded only on this click. */
export function MinutesButton({ policy, session }: { policy: Policy; session: Session }) {
  const records = useAgenda();
  const notify = useNotify();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const download = async () => {
    setBusy(true);
    setError(undefined);
    try {
      const committee = committeeFor(policy, session.committeeId);
      const data = exportSession(session, records, committee);
      const { buildMinutesDocx } = await import("../../../shared/docx/minutes");
      const bytes = await buildMinutesDocx(data, committee);
      const blob = new Blob([new Uint8Array(bytes)], {
        type: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      });
      const url = URL.createObjectURL(blob);
      const link = document.createElement("a");
      link.href = url;
      link.download = `releve-de-decisions-${session.date}.docx`;
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      notify(t("teams.minutes.done"));
    } catch (failure) {
      setError(toSpaserError(failure).message);
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <Button appearance="primary" disabled={busy} onClick={() => void download()}>
        {busy ? t("teams.minutes.busy") : t("teams.minutes.export")}
      </Button>
      {error && <ErrorState message={error} onRetry={() => void download()} />}
    </>
  );
}
