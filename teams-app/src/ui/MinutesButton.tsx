import { Button } from "@fluentui/react-components";
import { Suspense, useState } from "react";
import { exportSession, type Session } from "../../../shared/agenda";
import { toSpaserError } from "../../../shared/errors";
import { t } from "../../../shared/i18n";
import type { Policy } from "../../../shared/policies";
import type { Referentiel } from "../../../shared/referentiel";
import { ErrorState, useNotify } from "../../../shared/ui";
import { useReferentielSource } from "../../../shared/ui/platform";
import { committeeFor } from "../state/committees";
import { useAgenda } from "./store-context";

interface MinutesProps {
  policy: Policy;
  session: Session;
}

/**
 * Downloads the relevé de décisions (.docx), levers and provisions named by their clause title in the
 * référentiel the platform uses. The docx library and the référentiel's titles load only on the click;
 * while the référentiel's code loads, the minutes name clauses by their id.
 */
export function MinutesButton(props: MinutesProps) {
  return (
    <Suspense fallback={<MinutesExport {...props} />}>
      <TitledMinutes {...props} />
    </Suspense>
  );
}

function TitledMinutes(props: MinutesProps) {
  const { referentiel } = useReferentielSource();
  return <MinutesExport {...props} referentiel={referentiel} />;
}

function MinutesExport({ policy, session, referentiel }: MinutesProps & { referentiel?: Referentiel }) {
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
      const [{ buildMinutesDocx }, library] = await Promise.all([
        import("../../../shared/docx/minutes"),
        referentiel ? import("./referentiel-library") : undefined,
      ]);
      const clauseTitle = referentiel && library?.libraryFor(referentiel).clauseTitle;
      const bytes = await buildMinutesDocx(data, committee, clauseTitle ? { clauseTitle } : {});
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
