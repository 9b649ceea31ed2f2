import { AppShell, EmptyState, StandaloneNotice } from "../../../shared/ui";
import type { TeamsHost } from "../host";

export function App({ host: teams }: { host: TeamsHost }) {
  const host = teams.info;
  const standalone = host.kind === "standalone";
  return (
    <AppShell
      title="Comités achats"
      theme={standalone ? "light" : host.theme}
      family={standalone ? "browser" : "teams"}
      banner={
        standalone && (
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
        )
      }
    >
      <EmptyState>Aucune séance pour l'instant.</EmptyState>
    </AppShell>
  );
}
