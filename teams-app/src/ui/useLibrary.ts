import { useEffect, useState } from "react";
import { SpaserError } from "../../../shared/errors";
import { t } from "../../../shared/i18n";
import { useReferentielSource } from "../../../shared/ui/platform";
import type * as LibraryModule from "./referentiel-library";
import type { Library } from "./referentiel-library";

// The référentiel for the views that show levers: the one the platform uses (published SharePoint copy
// when signed in, else its cached or the embedded copy), with the picker's search tools loaded once on
// demand. `useReferentielSource` suspends while the référentiel's code loads: callers sit under a
// <Suspense> (see Levers.tsx).

export type LibraryState =
  | { readonly status: "loading" }
  | { readonly status: "ready"; readonly library: Library }
  | { readonly status: "error"; readonly message: string };

type Module = typeof LibraryModule;
let loaded: Module | undefined;
let pending: Promise<Module> | undefined;

function load(): Promise<Module> {
  pending ??= import("./referentiel-library").then((module) => (loaded = module));
  // A failed load (network cut while fetching the chunk) may be retried by the next view that asks.
  pending.catch(() => (pending = undefined));
  return pending;
}

/** A référentiel that fails its checks says which file is wrong; a chunk that did not arrive, to retry. */
const describe = (error: unknown): string =>
  error instanceof SpaserError ? error.message : t("teams.levers.loadFailed");

export function useLibrary(): LibraryState {
  const { referentiel } = useReferentielSource();
  const [module, setModule] = useState<Module | undefined>(loaded);
  const [error, setError] = useState<string>();
  useEffect(() => {
    if (module) return;
    let live = true;
    load().then(
      (result) => live && setModule(result),
      (reason: unknown) => live && setError(describe(reason)),
    );
    return () => {
      live = false;
    };
  }, [module]);
  if (module) return { status: "ready", library: module.libraryFor(referentiel) };
  return error ? { status: "error", message: error } : { status: "loading" };
}
