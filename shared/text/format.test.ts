import { describe, expect, it } from "vitest";
import { formatAmount, formatDate, formatLongDate, formatNumber, formatPercent } from "./format";
import { monthsBetween, parseFrenchDate } from "./dates";

// French typography: narrow no-break space (U+202F) between thousands, no-break space (U+00A0)
// before « % » and « € » — what Intl's fr-FR locale writes.
const nb = (s: string) => s.replace(/ (?=\d)/g, "\u202F").replace(/ (?=[%€])/g, "\u00A0");

describe("French formatting", () => {
  it("writes numbers, percents and amounts with French separators", () => {
    expect(formatNumber(12.5)).toBe("12,5");
    expect(formatNumber(1234.567)).toBe(nb("1 234,57"));
    expect(formatPercent(15)).toBe(nb("15 %"));
    expect(formatPercent(12.5)).toBe(nb("12,5 %"));
    expect(formatAmount(1234.56)).toBe(nb("1 234,56 €"));
    expect(formatAmount(90000, { tax: "HT", wholeEuros: true })).toBe(nb("90 000 €") + "\u00A0HT");
  });
  it("writes dates the French way", () => {
    expect(formatDate("2026-08-21")).toBe("21/08/2026");
    expect(formatLongDate("2026-08-21")).toBe("21 août 2026");
    expect(formatLongDate("2026-01-01")).toBe("1er janvier 2026");
  });
});

describe("dates", () => {
  it.each([
    ["25/11/2026", "2026-11-25"],
    ["1/2/26", "2026-02-01"],
    ["2026-11-25", "2026-11-25"],
    ["25.11.2026", "2026-11-25"],
  ])("reads %j", (input, expected) => {
    const result = parseFrenchDate(input);
    expect(result.ok && result.value).toBe(expected);
  });
  it.each(["31/02/2026", "demain", "2026-13-01", ""])("rejects %j", (input) => {
    expect(parseFrenchDate(input).ok).toBe(false);
  });
  it("counts whole months", () => {
    expect(monthsBetween("2026-01-15", "2027-01-15")).toBe(12);
    expect(monthsBetween("2026-01-15", "2027-01-14")).toBe(11);
    expect(monthsBetween("2026-03-01", "2026-01-01")).toBe(-2);
  });
});
