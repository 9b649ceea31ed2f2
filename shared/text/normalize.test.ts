import { describe, expect, it } from "vitest";
import { normalizeFrench, tokenizeFrench } from "./normalize";

describe("normalizeFrench", () => {
  it.each([
    ["Réemploi", "reemploi"],
    ["RÉEMPLOI", "reemploi"],
    ["Main-d’œuvre", "main-d'oeuvre"],
    ["Ex æquo", "ex aequo"],
    ["  clause   d\u2019insertion ", "clause d'insertion"],
    ["Égalité femmes\u00A0hommes", "egalite femmes hommes"],
    ["Ça coûte", "ca coute"],
  ])("normalises %j to %j", (input, expected) => {
    expect(normalizeFrench(input)).toBe(expected);
  });
});

describe("tokenizeFrench", () => {
  it("drops elided articles and splits on punctuation", () => {
    expect(tokenizeFrench("La clause d’insertion (CCAP, art. 5)")).toEqual([
      "la",
      "clause",
      "insertion",
      "ccap",
      "art",
      "5",
    ]);
  });
  it("matches ligatures either way", () => {
    expect(tokenizeFrench("œuvre")).toEqual(tokenizeFrench("OEUVRE"));
  });
});
