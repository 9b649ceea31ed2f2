import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import { lazy, Suspense } from "react";
import { t } from "../../../shared/i18n";
import { DEFAULT_POLICY_ID } from "../../../shared/policies";
import {
  AppShell,
  LoadingState,
  PolicyPicker,
  StandaloneNotice,
  usePersistentState,
  type OfficeHostInfo,
} from "../../../shared/ui";
import type { GridPort } from "./ports";

// The tabs and their views load after the shell: the pane's first paint stays within the start-up
// budget (`npm run bench -- bundle`).
const Views = lazy(() => import("./Views"));

export function App({ host, port }: { host: OfficeHostInfo; port: GridPort }) {
  const standalone = host.kind === "standalone";
  const [policyId, setPolicyId] = usePersistentState("spaser.excel.policy", DEFAULT_POLICY_ID);
  return (
    <AppShell
      title={t("excel.title")}
      theme={standalone ? "light" : host.theme}
      family={standalone ? "browser" : "office"}
      actions={<PolicyPicker value={policyId} onChange={setPolicyId} />}
      banner={
        (!standalone && port.kind === "standalone" && (
          <MessageBar intent="warning" data-testid="excel-too-old">
            <MessageBarBody>{t("excel.host.tooOld")}</MessageBarBody>
          </MessageBar>
        )) ||
        (standalone && (
          <StandaloneNotice
            app="le complément Excel"
            host="Excel"
            available={[
              "l'ouverture d'une grille .xlsx",
              "les contrôles",
              "le classement",
              "le téléchargement du classeur annoté",
            ]}
            hostOnly={[
              "la création de la grille dans le classeur ouvert",
              "le marquage des cellules",
              "les fonctions personnalisées",
            ]}
          />
        ))
      }
    >
      <Suspense fallback={<LoadingState />}>
        <Views port={port} policyId={policyId} />
      </Suspense>
    </AppShell>
  );
}
