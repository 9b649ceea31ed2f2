import { lazy, Suspense, useEffect, useState } from "react";
import { Button, MessageBar, MessageBarActions, MessageBarBody } from "@fluentui/react-components";
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
import { openStore, type OpenedStore } from "./open-store";
import { usePlatform } from "../../../shared/ui/platform";
import { StoreContext } from "./store-context";
import { SaveStatus } from "./SaveStatus";

// Each Teams surface loads only its own view.
const MainView = lazy(() => import("./MainView").then((m) => ({ default: m.MainView })));
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

  const [opened, setOpened] = useState<OpenedStore>();
  const [openError, setOpenError] = useState<string>();
  // Signing in or out moves the agenda between this browser and the committee's SharePoint lists.
  const { authState } = usePlatform();
  useEffect(() => {
    if (authState === "loading") return;
    let current: AgendaStore | undefined;
    openStore().then(
      (result) => {
        current = result.store;
        setOpened(result);
      },
      (error: unknown) => setOpenError(String(error)),
    );
    return () => current?.dispose();
  }, [authState]);
  const createLists = () => {
    openStore({ provision: true }).then(
      (result) => {
        opened?.store.dispose();
        setOpened(result);
      },
      (error: unknown) => setOpenError(String(error)),
    );
  };
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
          {opened?.storage.problem && opened.storage.location !== "memory" && !compact && (
            <MessageBar intent="warning">
              <MessageBarBody>{opened.storage.problem.message}</MessageBarBody>
            </MessageBar>
          )}
          {opened?.storage.notProvisioned && !compact && (
            <MessageBar intent="warning">
              <MessageBarBody>{opened.storage.notProvisioned.message}</MessageBarBody>
              <MessageBarActions>
                <Button onClick={createLists}>{t("platform.agenda.provision")}</Button>
              </MessageBarActions>
            </MessageBar>
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
