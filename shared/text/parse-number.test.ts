import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { parseFrenchAmount, parseFrenchNumber, parseFrenchPercent } from "./parse-number";
import { formatNumber } from "./format";
import { errorMessage } from "../i18n";

const value = <T>(result: { ok: boolean; value?: T }) => (result.ok ? result.value : "rejeté");

describe("parseFrenchPercent", () => {
  it.each([
    ["12,5 %", 12.5],
    ["15%", 15],
    ["15 %", 15],
    ["15\u202F%", 15],
    ["0,15", 15],
    ["15", 15],
    ["0.15", 15],
    ["100 %", 100],
    [0.2, 20],
    [35, 35],
  ])("reads %j as %d points", (input, expected) => {
    expect(value(parseFrenchPercent(input))).toBe(expected);
  });

  it.each(["quinze", "", "   ", "15 %%", "1,2,3", "abc %"])("rejects %j with a French reason", (input) => {
    const result = parseFrenchPercent(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(errorMessage(result.code, result.params)).toMatch(/pourcentage|vide/);
  });
});

describe("parseFrenchNumber", () => {
  it.each([
    ["1 234,56", 1234.56],
    ["1\u202F234,56", 1234.56],
    ["1\u00A0234", 1234],
    ["12,5", 12.5],
    ["-3", -3],
    ["\u22123,5", -3.5],
    ["1234.56", 1234.56],
    ["1.234.567,8", 1234567.8],
    ["1.234.567", 1234567],
  ])("reads %j as %d", (input, expected) => {
    expect(value(parseFrenchNumber(input))).toBe(expected);
  });

  it.each(["douze", "12,5,3", "1 2a", "--1", "NaN", "Infinity"])("rejects %j", (input) => {
    expect(parseFrenchNumber(input).ok).toBe(false);
  });

  it("reads back every number it formats", () => {
    fc.assert(
      fc.property(fc.double({ min: -1e9, max: 1e9, noNaN: true }), (n) => {
        const rounded = Math.round(n * 100) / 100;
        expect(value(parseFrenchNumber(formatNumber(rounded)))).toBeCloseTo(rounded, 2);
      }),
    );
  });
});

describe("parseFrenchAmount", () => {
  it.each([
    [" 1 234,56 € ", { value: 1234.56 }],
    ["1 234,56 € HT", { value: 1234.56, tax: "HT" }],
    ["90 000 EUR TTC", { value: 90000, tax: "TTC" }],
    ["12,5 k€", { value: 12500 }],
    ["215000", { value: 215000 }],
  ])("reads %j", (input, expected) => {
    expect(value(parseFrenchAmount(input))).toEqual(expected);
  });

  it.each(["cent euros", "€", "12 € 50"])("rejects %j", (input) => {
    const result = parseFrenchAmount(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(errorMessage(result.code, result.params)).toContain("montant");
  });
});
