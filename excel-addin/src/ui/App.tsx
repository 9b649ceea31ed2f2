import { MessageBar, MessageBarBody, Tab, TabList } from "@fluentui/react-components";
import { lazy, Suspense, useState } from "react";
import { toSpaserError } from "../../../shared/errors";
import type { GridDefinition } from "../../../shared/grid";
import { t } from "../../../shared/i18n";
import { DEFAULT_POLICY_ID } from "../../../shared/policies";
import {
  AppShell,
  LoadingState,
  PolicyPicker,
  StandaloneNotice,
  usePersistentState,
  useNotify,
  type OfficeHostInfo,
} from "../../../shared/ui";
import type { GridPort } from "./ports";

// Views load on demand: the pane's first paint carries only the shell (bundle budget, `npm run bench`).
const FileCheck = lazy(() => import("./FileCheck").then((m) => ({ default: m.FileCheck })));
const NewGridForm = lazy(() => import("./NewGridForm").then((m) => ({ default: m.NewGridForm })));
const WorkbookCheck = lazy(() => import("./WorkbookCheck").then((m) => ({ default: m.WorkbookCheck })));

type View = "check" | "new";

function Views({ port, policyId }: { port: GridPort; policyId: string }) {
  const [view, setView] = useState<View>("check");
  const notify = useNotify();
  const create = async (definition: GridDefinition) => {
    try {
      if (port.kind === "office") {
        await port.createGrid(definition);
        notify(t("excel.new.done"));
        setView("check");
      } else {
        await port.downloadNewGrid(definition);
      }
    } catch (e) {
      notify(t("state.error"), { body: toSpaserError(e).message, intent: "error" });
    }
  };
  return (
    <>
      <TabList selectedValue={view} onTabSelect={(_, data) => setView(data.value as View)}>
        <Tab value="check">{t("excel.tab.check")}</Tab>
        <Tab value="new">{t("excel.tab.new")}</Tab>
      </TabList>
      <Suspense fallback={<LoadingState />}>
        {view === "new" ? (
          <NewGridForm
            key={policyId}
            policyId={policyId}
            submitLabel={port.kind === "office" ? t("excel.new.submit") : t("excel.new.download")}
            onSubmit={create}
          />
        ) : port.kind === "office" ? (
          <WorkbookCheck port={port} policyId={policyId} />
        ) : (
          <FileCheck port={port} policyId={policyId} />
        )}
      </Suspense>
    </>
  );
}

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
      <Views port={port} policyId={policyId} />
    </AppShell>
  );
}
