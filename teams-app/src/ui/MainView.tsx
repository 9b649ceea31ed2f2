import { Tab, TabList } from "@fluentui/react-components";
import { lazy, Suspense } from "react";
import type { Policy } from "../../../shared/policies";
import { t } from "../../../shared/i18n";
import { LoadingState, usePersistentState } from "../../../shared/ui";
import type { Nav, Tab as TabId } from "./navigation";
import { SessionsView } from "./SessionsView";

// Views beyond the sessions list load on first use, to keep the tab's first load under budget.
const SessionView = lazy(() => import("./SessionView").then((m) => ({ default: m.SessionView })));
const DossierView = lazy(() => import("./DossierView").then((m) => ({ default: m.DossierView })));
const ActionsBoard = lazy(() => import("./ActionsBoard").then((m) => ({ default: m.ActionsBoard })));
const IndicatorsView = lazy(() => import("./IndicatorsView").then((m) => ({ default: m.IndicatorsView })));

/** The tab's content surface: sessions (then a session's agenda, then a dossier), actions, indicators. */
export function MainView({ policy }: { policy: Policy }) {
  const [nav, setNav] = usePersistentState<Nav>("spaser.teams.nav", { tab: "seances" });
  return (
    <>
      <TabList
        selectedValue={nav.tab}
        onTabSelect={(_, data) => setNav({ tab: data.value as TabId })}
        aria-label={t("teams.nav.label")}
      >
        <Tab value="seances">{t("teams.nav.sessions")}</Tab>
        <Tab value="actions">{t("teams.nav.actions")}</Tab>
        <Tab value="indicateurs">{t("teams.nav.indicators")}</Tab>
      </TabList>
      <Suspense fallback={<LoadingState />}>
        {nav.tab === "seances" && !nav.sessionId && (
          <SessionsView policy={policy} onOpen={(sessionId) => setNav({ tab: "seances", sessionId })} />
        )}
        {nav.tab === "seances" && nav.sessionId && !nav.dossierId && (
          <SessionView
            policy={policy}
            sessionId={nav.sessionId}
            onBack={() => setNav({ tab: "seances" })}
            onOpenDossier={(dossierId) => setNav({ ...nav, dossierId })}
          />
        )}
        {nav.tab === "seances" && nav.sessionId && nav.dossierId && (
          <DossierView
            policy={policy}
            sessionId={nav.sessionId}
            dossierId={nav.dossierId}
            onBack={() => setNav({ tab: "seances", sessionId: nav.sessionId })}
            onCreated={(dossierId) => setNav({ ...nav, dossierId })}
          />
        )}
        {nav.tab === "actions" && <ActionsBoard policy={policy} />}
        {nav.tab === "indicateurs" && <IndicatorsView policy={policy} />}
      </Suspense>
    </>
  );
}
