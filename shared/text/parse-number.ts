import { parsed, rejected, type ParseResult } from "./parse-result";

// Every kind of space a French user or a French Excel may put between thousands.
const SPACES = /[\s\u00A0\u202F\u2009]/g;

/**
 * Reads a number written the French way (« 1 234,56 », « 12,5 », « -3 ») and tolerates the forms
 * pasted from other tools (« 1234.56 », « 1.234.567,8 »). A lone dot is a decimal point: in a grid,
 * « 0.15 » pasted from an English export is far more common than « 1.234 » meaning a thousand.
 */
export function parseFrenchNumber(input: string | number): ParseResult<number> {
  if (typeof input === "number") {
    return Number.isFinite(input) ? parsed(input) : rejected("PARSE_NUMBER", { value: String(input) });
  }
  const raw = input.trim();
  if (raw === "") return rejected("PARSE_EMPTY");
  let text = raw.replace(SPACES, "").replace(/^\u2212/, "-");
  if (text.includes(",")) {
    // With a comma, dots can only group thousands.
    text = text.replace(/\.(?=\d{3}(\D|$))/g, "").replace(",", ".");
  } else if ((text.match(/\./g) ?? []).length > 1) {
    text = text.replace(/\./g, "");
  }
  if (!/^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(text)) return rejected("PARSE_NUMBER", { value: raw });
  return parsed(Number(text));
}

/** Reads a percentage and returns it in points: « 15 % », « 15% », « 15 », « 0,15 » are all 15. */
export function parseFrenchPercent(input: string | number): ParseResult<number> {
  if (typeof input === "number") {
    // A number cell formatted as a percentage holds 0.15 for 15 %.
    return Number.isFinite(input)
      ? parsed(Math.abs(input) <= 1 ? round(input * 100) : input)
      : rejected("PARSE_PERCENT", { value: String(input) });
  }
  const raw = input.trim();
  if (raw === "") return rejected("PARSE_EMPTY");
  const hasSign = /%\s*$/.test(raw);
  const number = parseFrenchNumber(raw.replace(/%\s*$/, ""));
  if (!number.ok) return rejected("PARSE_PERCENT", { value: raw });
  // Without a % sign, a value of at most 1 is a ratio (0,15); above 1 it is already in points (15).
  return parsed(!hasSign && Math.abs(number.value) <= 1 ? round(number.value * 100) : number.value);
}

/** A reading of an amount: its value in euros and, when written, whether it is HT or TTC. */
export interface Amount {
  readonly value: number;
  readonly tax?: "HT" | "TTC";
}

/** Reads « 1 234,56 € », « 1 234,56 € HT », « 90 000 EUR TTC », « 12,5 k€ ». */
export function parseFrenchAmount(input: string | number): ParseResult<Amount> {
  if (typeof input === "number") {
    return Number.isFinite(input)
      ? parsed({ value: input })
      : rejected("PARSE_AMOUNT", { value: String(input) });
  }
  const raw = input.trim();
  if (raw === "") return rejected("PARSE_EMPTY");
  const tax = /\bTTC\s*$/i.test(raw) ? "TTC" : /\bHT\s*$/i.test(raw) ? "HT" : undefined;
  let text = raw.replace(/\b(HT|TTC)\s*$/i, "").trim();
  let factor = 1;
  if (/(k€|keur)$/i.test(text)) factor = 1000;
  if (/(M€|MEUR)$/.test(text)) factor = 1_000_000;
  text = text.replace(/(k€|keur|M€|MEUR|€|EUR|euros?)$/i, "").trim();
  const number = parseFrenchNumber(text);
  if (!number.ok) return rejected("PARSE_AMOUNT", { value: raw });
  const value = round(number.value * factor);
  return parsed(tax ? { value, tax } : { value });
}

/** Rounds away binary noise (0.15 × 100 = 15.000000000000002) without changing real decimals. */
function round(value: number): number {
  return Math.round(value * 1e9) / 1e9;
}
