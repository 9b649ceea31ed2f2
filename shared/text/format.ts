// French typography: narrow no-break space between thousands, no-break space before « % » and « € »,
// decimal comma (« 1 234,56 € », « 15 % », « 12,5 »). Intl's fr-FR locale does exactly that.
import type { IsoDate } from "./dates";

const numberFormats = new Map<string, Intl.NumberFormat>();
function numberFormat(options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = JSON.stringify(options);
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat("fr-FR", options);
    numberFormats.set(key, format);
  }
  return format;
}

/** « 1 234,5 » — at most `maxDecimals` decimals, none when the number is whole. */
export function formatNumber(value: number, maxDecimals = 2): string {
  return numberFormat({ maximumFractionDigits: maxDecimals }).format(value);
}

/** A value in percentage points: 15 → « 15 % », 12.5 → « 12,5 % ». */
export function formatPercent(points: number, maxDecimals = 2): string {
  return numberFormat({ style: "percent", maximumFractionDigits: maxDecimals }).format(points / 100);
}

/** « 1 234,56 € » (always two decimals unless the amount is whole and `wholeEuros` is asked). */
export function formatAmount(
  value: number,
  options: { tax?: "HT" | "TTC"; wholeEuros?: boolean } = {},
): string {
  const digits = options.wholeEuros && Number.isInteger(value) ? 0 : 2;
  const text = numberFormat({
    style: "currency",
    currency: "EUR",
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(value);
  return options.tax ? `${text}\u00A0${options.tax}` : text;
}

/** 2026-11-25 → « 25/11/2026 ». */
export function formatDate(date: IsoDate): string {
  const [y, m, d] = date.split("-");
  return `${d}/${m}/${y}`;
}

const longDate = new Intl.DateTimeFormat("fr-FR", {
  day: "numeric",
  month: "long",
  year: "numeric",
  timeZone: "UTC",
});
/** 2026-11-25 → « 25 novembre 2026 » (« 1er » for the first of the month, as French usage wants). */
export function formatLongDate(date: IsoDate): string {
  const text = longDate.format(new Date(`${date}T00:00:00Z`));
  return text.replace(/^1 /, "1er ");
}
