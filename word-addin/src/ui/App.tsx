import { lazy, Suspense } from "react";
import { DEFAULT_POLICY_ID } from "../../../shared/policies";
import {
  AppShell,
  LoadingState,
  PolicyPicker,
  StandaloneNotice,
  usePersistentState,
  type OfficeHostInfo,
} from "../../../shared/ui";

// The shell shows at once; the clause views and the référentiel they embed load right after.
const ClausePane = lazy(() => import("./ClausePane"));

export function App({ host }: { host: OfficeHostInfo }) {
  const standalone = host.kind === "standalone";
  const [policyId, setPolicyId] = usePersistentState("spaser.policy", DEFAULT_POLICY_ID);
  return (
    <AppShell
      title="Clauses du référentiel"
      theme={standalone ? "light" : host.theme}
      family={standalone ? "browser" : "office"}
      actions={<PolicyPicker value={policyId} onChange={setPolicyId} />}
      banner={
        standalone ? (
          <StandaloneNotice
            app="le complément Word"
            host="Word"
            available={[
              "la recherche",
              "l'aperçu",
              "la saisie des clauses",
              "la copie",
              "le téléchargement .docx",
              "l'audit d'un fichier .docx",
            ]}
            hostOnly={["l'insertion dans le document ouvert", "l'audit et la mise à jour du document ouvert"]}
          />
        ) : undefined
      }
    >
      <Suspense fallback={<LoadingState />}>
        <ClausePane standalone={standalone} policyId={policyId} />
      </Suspense>
    </AppShell>
  );
}
