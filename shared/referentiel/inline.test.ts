import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseInline, placeholdersIn, plainText, scanInline, type InlineRun } from "./inline";

describe("parseInline", () => {
  it("reads bold, italic and placeholders, a placeholder inside bold keeping the emphasis", () => {
    expect(parseInline("Le titulaire réalise **{{heures}} heures** d'insertion, *au minimum*.")).toEqual([
      { kind: "text", text: "Le titulaire réalise " },
      { kind: "placeholder", name: "heures", emphasis: "bold" },
      { kind: "bold", text: " heures" },
      { kind: "text", text: " d'insertion, " },
      { kind: "italic", text: "au minimum" },
      { kind: "text", text: "." },
    ]);
  });

  it("keeps an unclosed bold marker as literal text so no word is lost", () => {
    const { runs, problems } = scanInline("Taux **{{taux}} minimal");
    expect(runs).toEqual([
      { kind: "text", text: "Taux **" },
      { kind: "placeholder", name: "taux" },
      { kind: "text", text: " minimal" },
    ]);
    expect(problems.map((p) => p.key)).toEqual(["referentiel.problem.markup.unclosedBold"]);
  });

  it.each([
    ["{{heures", "referentiel.problem.markup.unclosedPlaceholder"],
    ["heures}} ici", "referentiel.problem.markup.strayClose"],
    ["{{heures insertion}}", "referentiel.problem.markup.badName"],
    ["*italique", "referentiel.problem.markup.unclosedItalic"],
    ["**gras *et italique* imbriqués**", "referentiel.problem.markup.nested"],
  ])("reports malformed markup in « %s »", (text, key) => {
    expect(scanInline(text).problems.map((p) => p.key)).toContain(key);
  });

  it("never throws and never invents text on arbitrary input", () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const runs = parseInline(text);
        const length = runs.reduce(
          (n, r) => n + (r.kind === "placeholder" ? r.name.length : r.text.length),
          0,
        );
        expect(length).toBeLessThanOrEqual(text.length);
      }),
    );
  });

  it("gives back exactly the runs that well-formed markup was written from", () => {
    const safe = fc.stringMatching(/^[a-zA-Zéèà ,.'0-9-]{1,12}$/);
    const name = fc.stringMatching(/^[a-z][a-zA-Z0-9]{0,8}$/);
    const special: fc.Arbitrary<InlineRun> = fc.oneof(
      safe.map((text) => ({ kind: "bold" as const, text })),
      safe.map((text) => ({ kind: "italic" as const, text })),
      name.map((n) => ({ kind: "placeholder" as const, name: n })),
    );
    const render = (r: InlineRun) =>
      r.kind === "text"
        ? r.text
        : r.kind === "bold"
          ? `**${r.text}**`
          : r.kind === "italic"
            ? `*${r.text}*`
            : `{{${r.name}}}`;
    fc.assert(
      fc.property(fc.array(fc.tuple(safe, special), { maxLength: 6 }), (pairs) => {
        // Plain text between two marked runs keeps them apart, so the expected runs are unambiguous.
        const runs: InlineRun[] = pairs.flatMap(([text, marked]) => [
          { kind: "text" as const, text },
          marked,
        ]);
        const written = runs.map(render).join("");
        expect(scanInline(written)).toEqual({ runs, problems: [] });
      }),
    );
  });
});

describe("placeholdersIn", () => {
  it("lists each placeholder of a body once, in reading order", () => {
    expect(
      placeholdersIn({
        body: [
          { type: "paragraph", text: "{{b}} puis {{a}}" },
          { type: "list", ordered: false, items: ["{{a}} encore", "**{{c}}**"] },
        ],
      }),
    ).toEqual(["b", "a", "c"]);
  });
});

describe("plainText", () => {
  it("shows placeholders as [name] or with their value, without markup", () => {
    expect(plainText("**{{taux}}** de *réemploi*")).toBe("[taux] de réemploi");
    expect(plainText("**{{taux}}** de réemploi", () => "20 %")).toBe("20 % de réemploi");
  });
});
