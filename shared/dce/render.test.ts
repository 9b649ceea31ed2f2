import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { getPolicy } from "../policies";
import { auditDocument } from "./audit";
import { libraryFromClauses } from "./library";
import { renderClause, renderHtml } from "./render";
import { fingerprintText } from "./fingerprint";
import { parseTag } from "./tag";
import { insertion, reemploiV2, smeAdvance } from "./test-clauses";

describe("rendering a clause with its values", () => {
  it("formats values the French way and keeps bold, italic and list markers", () => {
    const rendered = renderClause(reemploiV2, { tauxReemploi: 30 });
    expect(rendered.blocks[0]).toEqual({
      kind: "heading",
      runs: [{ text: "Article X – Réemploi et réutilisation" }],
    });
    expect(rendered.blocks[1]?.runs).toEqual([
      { text: "Le titulaire réemploie ou réutilise au moins " },
      { text: "30\u00A0%", placeholder: "tauxReemploi" },
      { text: " des matériaux " },
      { text: "déposés", bold: true },
      { text: " sur le chantier." },
    ]);
    expect(rendered.text.split("\n").slice(2)).toEqual([
      "1. il tient un registre des matériaux ;",
      "2. il remet un bilan en fin de chantier.",
    ]);
    expect(rendered.blocks[2]?.runs[1]).toEqual({ text: "registre", italic: true });
  });

  it("prints amounts in € HT and hours with their unit", () => {
    const advance = renderClause(smeAdvance, { taux: 5, plafond: 1234.56, mode: "unique" });
    expect(advance.text).toContain("dans la limite de 1\u202F234,56\u00A0€\u00A0HT.");
    expect(renderClause(insertion, { heures: 1200 }).text).toContain(
      "au moins 1\u202F200\u00A0heures de travail",
    );
  });

  it("shows a missing value as its label in brackets", () => {
    expect(renderClause(reemploiV2).text).toContain("au moins [Part de réemploi] des");
  });

  it("tags the rendering with the clause, version, fingerprint of its text and its values", () => {
    const rendered = renderClause(reemploiV2, { tauxReemploi: 30 });
    expect(parseTag(rendered.tag)).toEqual({
      clauseId: "reemploi-materiaux",
      version: 2,
      fingerprint: fingerprintText(rendered.text),
      values: { tauxReemploi: 30 },
    });
  });

  it("stores in the tag only values that differ from the clause's defaults; the audit gives them all back", () => {
    const values = { taux: 5, mode: "fractionné", plafond: 20000 };
    const rendered = renderClause(smeAdvance, values);
    expect(parseTag(rendered.tag)?.values).toEqual({ mode: "fractionné", plafond: 20000 });
    const report = auditDocument(
      { controls: [{ tag: rendered.tag, text: rendered.text }] },
      libraryFromClauses([smeAdvance]),
      getPolicy("national"),
    );
    expect(report.clauses[0]?.values).toEqual(values);
  });

  it("never lets a hostile value become markup in the HTML copy", () => {
    fc.assert(
      fc.property(fc.string(), (hostile) => {
        const html = renderHtml(renderClause(insertion, { heures: 100, public: hostile }));
        const escaped = hostile
          .replace(/&/g, "&amp;")
          .replace(/</g, "&lt;")
          .replace(/>/g, "&gt;")
          .replace(/"/g, "&quot;");
        expect(html).toContain(escaped);
        expect(html.match(/<[^>]*>/g)?.every((tag) => /^<\/?(p|h3|ul|ol|li|strong|em)>$/.test(tag))).toBe(
          true,
        );
      }),
    );
  });
});
