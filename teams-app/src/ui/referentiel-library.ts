import type { ClauseTitle } from "../../../shared/agenda";
import {
  buildSearchIndex,
  clauseTitleIn,
  highlight,
  leverLabel,
  pillarLabel,
  pillars,
  versionStatusLabel,
  type Pillar,
  type Referentiel,
  type SearchIndex,
} from "../../../shared/referentiel";

// Loaded on demand only (`import()` in useLibrary): the search index code and the référentiel's labels
// are not part of the tab's first load; only the views showing levers need them.

export interface Library {
  readonly referentiel: Referentiel;
  /** Built at the first call (the picker's first search), then kept for this référentiel. */
  searchIndex(): SearchIndex;
  readonly pillars: readonly Pillar[];
  readonly highlight: typeof highlight;
  readonly pillarLabel: typeof pillarLabel;
  readonly leverLabel: typeof leverLabel;
  readonly versionStatusLabel: typeof versionStatusLabel;
  /** Title of a recorded clause reference (lever, provision), for the minutes and the decision form. */
  readonly clauseTitle: ClauseTitle;
}

// One library per référentiel in use (the embedded one, then the published SharePoint copy).
const libraries = new WeakMap<Referentiel, Library>();

export function libraryFor(referentiel: Referentiel): Library {
  let library = libraries.get(referentiel);
  if (library) return library;
  let index: SearchIndex | undefined;
  library = {
    referentiel,
    searchIndex: () => (index ??= buildSearchIndex(referentiel.insertableClauses(), referentiel.legalTexts)),
    pillars,
    highlight,
    pillarLabel,
    leverLabel,
    versionStatusLabel,
    clauseTitle: clauseTitleIn(referentiel),
  };
  libraries.set(referentiel, library);
  return library;
}
