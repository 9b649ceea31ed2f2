import { use, useEffect, useState } from "react";
import { t } from "../../i18n";
import type { Referentiel } from "../../referentiel";
import type { ReferentielInUse } from "./controller";
import type * as BundleApi from "./referentiel-bundle";
import { usePlatform, usePlatformController } from "./PlatformProvider";

export interface ReferentielSourceState {
  readonly referentiel: Referentiel;
  readonly source: ReferentielInUse<Referentiel>["source"];
  /** « Référentiel publié sur SharePoint (version du 26/11/2026) », « Copie locale … », « … intégré … ». */
  readonly label: string;
}

// The référentiel and its loader are imported on first use: apps that never call the hook (and the
// shell of those that do) do not carry them in their start-up bundle.
type BundleModule = typeof BundleApi;
let embeddedModule: Promise<BundleModule> | undefined;
const loadBundleModule = () => (embeddedModule ??= import("./referentiel-bundle"));

/**
 * The référentiel the app uses: the embedded one at once, replaced by the published SharePoint copy
 * (or its cached copy offline) as soon as it is loaded — and again after a sign-in. Suspends only
 * while the embedded référentiel's code loads: call it under a `<Suspense>`. The header's
 * ReferentielSourceBadge says which copy is in use.
 */
export function useReferentielSource(): ReferentielSourceState {
  const bundle = use(loadBundleModule());
  const controller = usePlatformController();
  const { authState } = usePlatform();
  const [state, setState] = useState<ReferentielSourceState>(() => ({
    referentiel: bundle.loadEmbedded(),
    source: "embedded",
    label: t("referentiel.source.embedded"),
  }));
  useEffect(() => {
    if (authState === "loading") return;
    let live = true;
    void controller
      .loadReferentiel(bundle.loadEmbedded(), bundle.validateReferentielBundle)
      .then(({ data, source, label }) => {
        if (live) setState({ referentiel: data, source, label });
      });
    return () => {
      live = false;
    };
  }, [controller, authState, bundle]);
  return state;
}
