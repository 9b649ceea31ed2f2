import type { Attendee } from "../../../shared/agenda";

/** « Nom — rôle » per line; a trailing « (invité) » marks a non-voting guest. */
export function parseAttendees(text: string): Attendee[] {
  return text
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line !== "")
    .map((line) => {
      const guest = /\(invité(e)?\)\s*$/i.test(line);
      const [name, ...role] = line.replace(/\(invité(e)?\)\s*$/i, "").split(/\s+[—–-]\s+/);
      return {
        name: (name ?? line).trim(),
        role: role.join(" – ").trim() || "Membre",
        member: !guest,
        presence: "present" as const,
      };
    });
}
