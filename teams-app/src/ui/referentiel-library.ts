import {
  buildSearchIndex,
  highlight,
  leverLabel,
  loadEmbeddedReferentiel,
  pillarLabel,
  pillars,
  versionStatusLabel,
  type Pillar,
  type Referentiel,
  type SearchIndex,
} from "../../../shared/referentiel";

// Loaded on demand only (`import()` in useLibrary): the référentiel's clauses and their search index are
// too heavy for the tab's first load, and only the dossier views need them.

export interface Library {
  readonly referentiel: Referentiel;
  /** Built at the first call (the picker's first search), then kept. */
  searchIndex(): SearchIndex;
  readonly pillars: readonly Pillar[];
  readonly highlight: typeof highlight;
  readonly pillarLabel: typeof pillarLabel;
  readonly leverLabel: typeof leverLabel;
  readonly versionStatusLabel: typeof versionStatusLabel;
}

let library: Library | undefined;

export function openLibrary(): Library {
  if (library) return library;
  const referentiel = loadEmbeddedReferentiel();
  let index: SearchIndex | undefined;
  library = {
    referentiel,
    searchIndex: () => (index ??= buildSearchIndex(referentiel.insertableClauses(), referentiel.legalTexts)),
    pillars,
    highlight,
    pillarLabel,
    leverLabel,
    versionStatusLabel,
  };
  return library;
}
