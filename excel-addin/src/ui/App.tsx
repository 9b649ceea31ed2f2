import { AppShell, EmptyState, StandaloneNotice, type OfficeHostInfo } from "../../../shared/ui";

export function App({ host }: { host: OfficeHostInfo }) {
  const standalone = host.kind === "standalone";
  return (
    <AppShell
      title="Grille d'analyse des offres"
      theme={standalone ? "light" : host.theme}
      family={standalone ? "browser" : "office"}
      banner={
        standalone && (
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
        )
      }
    >
      <EmptyState>Ouvrez une grille d'analyse pour la vérifier.</EmptyState>
    </AppShell>
  );
}
