import { useEffect, useState } from "react";
import { t } from "../../i18n";
import { loadEmbeddedReferentiel, type Referentiel } from "../../referentiel";
import type { ReferentielInUse } from "./controller";
import { usePlatform, usePlatformController } from "./PlatformProvider";
import { validateReferentielBundle } from "./referentiel-bundle";

export interface ReferentielSourceState {
  readonly referentiel: Referentiel;
  readonly source: ReferentielInUse<Referentiel>["source"];
  /** « Référentiel publié sur SharePoint (version du 26/11/2026) », « Copie locale … », « … intégré … ». */
  readonly label: string;
}

/**
 * The référentiel the app uses: the embedded one at once (no loading state), replaced by the published
 * SharePoint copy (or its cached copy offline) as soon as it is loaded — and again after a sign-in.
 * The header's ReferentielSourceBadge says which one is in use.
 */
export function useReferentielSource(): ReferentielSourceState {
  const controller = usePlatformController();
  const { authState } = usePlatform();
  const [state, setState] = useState<ReferentielSourceState>(() => ({
    referentiel: loadEmbeddedReferentiel(),
    source: "embedded",
    label: t("referentiel.source.embedded"),
  }));
  useEffect(() => {
    if (authState === "loading") return;
    let live = true;
    void controller
      .loadReferentiel(loadEmbeddedReferentiel(), validateReferentielBundle)
      .then(({ data, source, label }) => {
        if (live) setState({ referentiel: data, source, label });
      });
    return () => {
      live = false;
    };
  }, [controller, authState]);
  return state;
}
