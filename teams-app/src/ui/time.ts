/** « 09:30 » → « 9 h 30 », as French writes times (no-break spaces). */
export function frenchTime(time: string): string {
  const [hours, minutes] = time.split(":");
  return `${Number(hours)}\u00A0h\u00A0${minutes ?? "00"}`;
}

/** A slot « 9 h 00 – 9 h 20 ». */
export function frenchSlot(slot: { start: string; end: string }): string {
  return `${frenchTime(slot.start)} – ${frenchTime(slot.end)}`;
}

/** Seconds as « 12:05 », or « −0:30 » once past. */
export function countdown(seconds: number): string {
  const sign = seconds < 0 ? "\u2212" : "";
  const abs = Math.abs(Math.trunc(seconds));
  return `${sign}${Math.floor(abs / 60)}:${String(abs % 60).padStart(2, "0")}`;
}
