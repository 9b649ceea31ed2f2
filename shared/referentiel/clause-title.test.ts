import { describe, expect, it } from "vitest";
import { clauseTitleIn, loadEmbeddedReferentiel } from "./index";

describe("clause titles for the committee minutes", () => {
  const clauseTitle = clauseTitleIn(loadEmbeddedReferentiel());

  it("names a recorded clause by its title", () => {
    expect(clauseTitle({ clauseId: "net-soc-insertion", version: 1 })).toBe(
      "Clause d'insertion dans les marchés de nettoyage",
    );
  });

  it("still names a clause recorded with a version the référentiel does not hold", () => {
    expect(clauseTitle({ clauseId: "net-soc-insertion", version: 9 })).toBe(
      "Clause d'insertion dans les marchés de nettoyage",
    );
  });

  it("gives no title for a clause the référentiel does not know", () => {
    expect(clauseTitle({ clauseId: "clause-inconnue", version: 1 })).toBeUndefined();
  });
});
