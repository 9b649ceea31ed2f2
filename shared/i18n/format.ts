/** Fills `{name}` slots of a catalogue message. Unknown slots stay visible so a missing value is noticed. */
export function fill(template: string, params: Readonly<Record<string, string | number>> = {}): string {
  return template.replace(/\{(\w+)\}/g, (slot, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : slot,
  );
}
