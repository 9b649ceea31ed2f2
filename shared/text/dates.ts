import { parsed, rejected, type ParseResult } from "./parse-result";

/** A calendar day as `YYYY-MM-DD`: no time zone, no clock, comparable as a string. */
export type IsoDate = string;

/** Reads « 25/11/2026 », « 25-11-2026 », « 25.11.26 » or an ISO « 2026-11-25 » into an ISO date. */
export function parseFrenchDate(input: string): ParseResult<IsoDate> {
  const raw = input.trim();
  if (raw === "") return rejected("PARSE_EMPTY");
  let day: number, month: number, year: number;
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(raw);
  const french = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})$/.exec(raw);
  if (iso) {
    [year, month, day] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  } else if (french) {
    [day, month, year] = [Number(french[1]), Number(french[2]), Number(french[3])];
    if (year < 100) year += 2000;
  } else {
    return rejected("PARSE_DATE", { value: raw });
  }
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return rejected("PARSE_DATE", { value: raw });
  }
  return parsed(toIsoDate(date));
}

export function toIsoDate(date: Date): IsoDate {
  return date.toISOString().slice(0, 10);
}

/** Whole months from `from` to `to` (negative when `to` is earlier), counting a month only once complete. */
export function monthsBetween(from: IsoDate, to: IsoDate): number {
  const [fy, fm, fd] = from.split("-").map(Number) as [number, number, number];
  const [ty, tm, td] = to.split("-").map(Number) as [number, number, number];
  let months = (ty - fy) * 12 + (tm - fm);
  if (months > 0 && td < fd) months -= 1;
  if (months < 0 && td > fd) months += 1;
  return months;
}

/** Adds days to an ISO date. */
export function addDays(date: IsoDate, days: number): IsoDate {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return toIsoDate(d);
}
