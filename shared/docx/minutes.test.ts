import JSZip from "jszip";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import sessionFile from "../../tests/fixtures/agenda/session.json";
import { getCommittee, parseSessionExport, type SessionExport } from "../agenda";
import { getPolicy } from "../policies";
import { clauseTitleIn, loadEmbeddedReferentiel } from "../referentiel";
import { buildMinutesDocx } from "./minutes";

const data = parseSessionExport(sessionFile);
const committee = getCommittee(getPolicy("ille-et-vilaine"), "comite-revue-des-achats");

/** Text a user can type in a field: XML-legal characters, no leading or trailing blank. */
function isTypable(value: string): boolean {
  const xmlLegal = [...value].every((ch) => {
    const code = ch.codePointAt(0) ?? 0;
    return (
      code === 0x09 || code === 0x0a || code === 0x0d || (code >= 0x20 && code !== 0xfffe && code !== 0xffff)
    );
  });
  return xmlLegal && value.trim() !== "" && value === value.trim();
}

/** The visible text of a .docx, paragraph by paragraph (what a reader sees, entities decoded). */
async function docxText(bytes: Uint8Array): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = (await zip.file("word/document.xml")?.async("string")) ?? "";
  return xml
    .split("</w:p>")
    .map((p) =>
      [...p.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)]
        .map((m) => m[1] ?? "")
        .join("")
        .replace(/&lt;/g, "<")
        .replace(/&gt;/g, ">")
        .replace(/&quot;/g, '"')
        .replace(/&apos;/g, "'")
        .replace(/&amp;/g, "&"),
    )
    .filter((line) => line !== "")
    .join("\n");
}

describe("minutes (relevé de décisions)", () => {
  it("lists the session, attendees, quorum, each dossier in agenda order with its decision and the carried-over actions", async () => {
    const text = await docxText(await buildMinutesDocx(data, committee));
    expect(text).toContain("Relevé de décisions");
    expect(text).toContain("Comité de revue des achats");
    expect(text).toContain("Séance du 10 mars 2026 à 9\u00A0h\u00A030");
    expect(text).toContain("Présents : Mme Claire Le Goff (Vice-présidente déléguée à la commande publique)");
    expect(text).toContain("Excusés : M. Hervé Tanguy (Mission développement durable)");
    expect(text).toContain("Aucun quorum fixé par le SPASER (3 membres présents sur 4)");
    const order = ["1. Entretien et réparation", "2. Nettoyage des locaux", "3. Fourniture de denrées"].map(
      (h) => text.indexOf(h),
    );
    expect(order.every((i, k) => i >= 0 && (k === 0 || i > (order[k - 1] ?? 0)))).toBe(true);
    expect(text).toContain("Créneau : 09:30 – 10:00");
    expect(text).toContain("Cotation du potentiel durable : 19/20 — Priorité forte");
    expect(text).toContain("Décision : Validée avec réserves");
    expect(text).toContain("Réserver le lot 2 aux structures d'insertion (SIAE)");
    expect(text).toContain(
      "Clause d'insertion — 4\u202F200 heures d'insertion prévues — insertion-travaux v2",
    );
    expect(text).toContain("alors que sa publication est prévue le 1er mars 2026");
    expect(text).toContain(
      "Sourcer les producteurs bio et locaux par lot — Direction de l'éducation, échéance le 15/05/2026 (à faire)",
    );
    expect(text).toContain("Suivi des actions des séances précédentes");
    expect(text).toContain("Diffuser le guide de la fiche du besoin aux directions");
  });

  it("names the levers and provisions by their référentiel clause title, and keeps unknown ids", async () => {
    const clauseTitle = clauseTitleIn(loadEmbeddedReferentiel());
    const text = await docxText(await buildMinutesDocx(data, committee, { clauseTitle }));
    expect(text).toContain(
      "Leviers proposés : produits-ecolabellises v3, Clause d'insertion dans les marchés de nettoyage (v1)",
    );
    expect(text).toContain(
      "Clause d'insertion — 1\u202F800 heures d'insertion prévues — Clause d'insertion dans les marchés de nettoyage (v1)",
    );
    expect(text).toContain("insertion-travaux v2");
    expect(text).not.toContain("net-soc-insertion");
  });

  it("writes a hostile value literally, never as markup", async () => {
    const hostile = `</w:t><w:p>& < > " '`;
    const tampered: SessionExport = {
      ...data,
      decisions: data.decisions.map((d, i) => (i === 0 ? { ...d, conditions: [hostile] } : d)),
    };
    const bytes = await buildMinutesDocx(tampered, committee);
    expect(await docxText(bytes)).toContain(hostile);
  });

  it("keeps any text a user types, whatever its characters", async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ minLength: 1, maxLength: 40 }).filter(isTypable), async (owner) => {
        const tampered: SessionExport = { ...data, actions: data.actions.map((a) => ({ ...a, owner })) };
        const text = await docxText(await buildMinutesDocx(tampered, committee));
        expect(text).toContain(`— ${owner}, échéance`);
      }),
      { numRuns: 10 },
    );
  });
});
