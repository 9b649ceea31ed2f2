import { useEffect, useState } from "react";
import { SpaserError } from "../../../shared/errors";
import { t } from "../../../shared/i18n";
import type { Library } from "./referentiel-library";

// The référentiel for the views that show levers, loaded once on demand. Until it arrives (a few tens of
// milliseconds from the local server, longer on a slow network) the views show the recorded clause ids.

export type LibraryState =
  | { readonly status: "loading" }
  | { readonly status: "ready"; readonly library: Library }
  | { readonly status: "error"; readonly message: string };

let loaded: Library | undefined;
let pending: Promise<Library> | undefined;

function load(): Promise<Library> {
  pending ??= import("./referentiel-library").then((module) => (loaded = module.openLibrary()));
  // A failed load (network cut while fetching the chunk) may be retried by the next view that asks.
  pending.catch(() => (pending = undefined));
  return pending;
}

/** A référentiel that fails its checks says which file is wrong; a chunk that did not arrive, to retry. */
const describe = (error: unknown): string =>
  error instanceof SpaserError ? error.message : t("teams.levers.loadFailed");

export function useLibrary(): LibraryState {
  const [state, setState] = useState<LibraryState>(() =>
    loaded ? { status: "ready", library: loaded } : { status: "loading" },
  );
  useEffect(() => {
    if (state.status === "ready") return;
    let live = true;
    load().then(
      (library) => live && setState({ status: "ready", library }),
      (error: unknown) => live && setState({ status: "error", message: describe(error) }),
    );
    return () => {
      live = false;
    };
  }, [state.status]);
  return state;
}
