import { lazy, Suspense, useEffect, useState } from "react";
import {
  AppShell,
  ErrorState,
  LoadingState,
  PolicyPicker,
  StandaloneNotice,
  usePersistentState,
} from "../../../shared/ui";
import { DEFAULT_POLICY_ID, findPolicy, getPolicy } from "../../../shared/policies";
import { t } from "../../../shared/i18n";
import type { TeamsHost } from "../host";
import type { AgendaStore } from "../state/agenda-store";
import { viewOf, type View } from "./navigation";
import { openStore } from "./open-store";
import { StoreContext } from "./store-context";
import { SaveStatus } from "./SaveStatus";
import { MainView } from "./MainView";

// Each Teams surface loads only its own view.
const SidePanel = lazy(() => import("./SidePanel").then((m) => ({ default: m.SidePanel })));
const StageView = lazy(() => import("./StageView").then((m) => ({ default: m.StageView })));
const ConfigView = lazy(() => import("./ConfigView").then((m) => ({ default: m.ConfigView })));

export function App({ host, forcedView }: { host: TeamsHost; forcedView?: View }) {
  const info = host.info;
  const standalone = info.kind === "standalone";
  const view = viewOf(window.location.search, info, forcedView);
  const [theme, setTheme] = useState(info.kind === "teams" ? info.theme : "light");
  useEffect(() => host.onThemeChange(setTheme), [host]);

  const urlPolicy = new URLSearchParams(window.location.search).get("policy");
  const [policyId, setPolicyId] = usePersistentState(
    "spaser.teams.policy",
    urlPolicy && findPolicy(urlPolicy) ? urlPolicy : DEFAULT_POLICY_ID,
  );
  const policy = findPolicy(policyId) ?? getPolicy(DEFAULT_POLICY_ID);

  const [opened, setOpened] = useState<{ store: AgendaStore; warning?: string }>();
  const [openError, setOpenError] = useState<string>();
  useEffect(() => {
    let current: AgendaStore | undefined;
    openStore().then(
      (result) => {
        current = result.store;
        setOpened(result);
      },
      (error: unknown) => setOpenError(String(error)),
    );
    return () => current?.dispose();
  }, []);
  useEffect(() => {
    if (!opened) return;
    const retry = () => opened.store.retry();
    // Back to the tab (another window or a meeting surface may have saved meanwhile): re-read.
    const refresh = () => {
      if (document.visibilityState === "visible") void opened.store.refresh();
    };
    window.addEventListener("online", retry);
    window.addEventListener("focus", refresh);
    document.addEventListener("visibilitychange", refresh);
    return () => {
      window.removeEventListener("online", retry);
      window.removeEventListener("focus", refresh);
      document.removeEventListener("visibilitychange", refresh);
    };
  }, [opened]);

  const compact = view === "sidePanel" || view === "stage";
  return (
    <AppShell
      title={t(view === "sidePanel" ? "teams.title.sidePanel" : "teams.title")}
      theme={theme}
      family={standalone ? "browser" : "teams"}
      actions={!compact && view !== "config" && <PolicyPicker value={policy.id} onChange={setPolicyId} />}
      banner={
        <>
          {standalone && !compact && (
            <StandaloneNotice
              app="l'application Teams"
              host="Teams"
              available={[
                "les séances",
                "l'ordre du jour",
                "les dossiers et décisions",
                "les actions",
                "les indicateurs",
                "le relevé de décisions",
              ]}
              hostOnly={[
                "le panneau de réunion",
                "le partage sur la scène de réunion",
                "l'enregistrement partagé dans SharePoint",
              ]}
            />
          )}
          {opened && (
            <StoreContext.Provider value={opened.store}>
              <SaveStatus warning={opened.warning} compact={compact} />
            </StoreContext.Provider>
          )}
        </>
      }
    >
      {openError && <ErrorState message={openError} />}
      {!opened && !openError && <LoadingState />}
      {opened && (
        <StoreContext.Provider value={opened.store}>
          <Suspense fallback={<LoadingState />}>
            {view === "content" && <MainView policy={policy} />}
            {view === "sidePanel" && <SidePanel host={host} policy={policy} />}
            {view === "stage" && <StageView policy={policy} />}
            {view === "config" && <ConfigView host={host} policy={policy} onPolicy={setPolicyId} />}
          </Suspense>
        </StoreContext.Provider>
      )}
    </AppShell>
  );
}
