import { AppShell, EmptyState, StandaloneNotice, type OfficeHostInfo } from "../../../shared/ui";

export function App({ host }: { host: OfficeHostInfo }) {
  const standalone = host.kind === "standalone";
  return (
    <AppShell
      title="Clauses du référentiel"
      theme={standalone ? "light" : host.theme}
      family={standalone ? "browser" : "office"}
      banner={
        standalone && (
          <StandaloneNotice
            app="le complément Word"
            host="Word"
            available={[
              "la recherche",
              "l'aperçu",
              "la saisie des clauses",
              "la copie",
              "le téléchargement .docx",
            ]}
            hostOnly={["l'insertion dans le document ouvert", "l'audit du document"]}
          />
        )
      }
    >
      <EmptyState>Choisissez un segment d'achat pour afficher les clauses.</EmptyState>
    </AppShell>
  );
}
