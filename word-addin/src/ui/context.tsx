import { createContext, useContext, useMemo, type ReactNode } from "react";
import { libraryFromReferentiel, type ClauseLibrary } from "../../../shared/dce";
import {
  buildSearchIndex,
  loadEmbeddedReferentiel,
  type Referentiel,
  type SearchIndex,
} from "../../../shared/referentiel";
import { getPolicy, type Policy } from "../../../shared/policies";
import type { ClauseHost } from "../clause-host";

// What every view needs: where it runs (host), the référentiel, its search index and the active policy.
export interface PaneContext {
  readonly host: ClauseHost;
  readonly referentiel: Referentiel;
  readonly library: ClauseLibrary;
  readonly index: SearchIndex;
  readonly policy: Policy;
}

const Context = createContext<PaneContext | undefined>(undefined);

export function PaneProvider({
  host,
  policyId,
  referentiel = loadEmbeddedReferentiel(),
  children,
}: {
  host: ClauseHost;
  policyId: string;
  referentiel?: Referentiel;
  children: ReactNode;
}) {
  const base = useMemo(
    () => ({
      referentiel,
      library: libraryFromReferentiel(referentiel),
      index: buildSearchIndex(referentiel.insertableClauses(), referentiel.legalTexts),
    }),
    [referentiel],
  );
  const value = useMemo(() => ({ ...base, host, policy: getPolicy(policyId) }), [base, host, policyId]);
  return <Context.Provider value={value}>{children}</Context.Provider>;
}

export function usePane(): PaneContext {
  const value = useContext(Context);
  if (!value) throw new Error("PaneProvider manquant");
  return value;
}
