import { z } from "zod";
import { decisionSchema, dossierSchema, sessionExportSchema } from "../agenda";
import type { Decision, Dossier } from "../agenda";
import { SpaserError } from "../errors";
import { t } from "../i18n";
import { describeIssues } from "../policies";
import { formatNumber, formatPercent } from "../text";
import type { IndicatorResult } from "./compute";

// The input of `spaser agenda indicators`: the year's dossiers and decisions. Accepted shapes:
// - { "format": "spaser-agenda-dossiers", "version": 1, "dossiers": [...], "decisions": [...] }
// - one session export (format « spaser-agenda-session »), or an array of them (one per session).

export const DOSSIERS_FILE_FORMAT = "spaser-agenda-dossiers";

export const dossiersFileSchema = z.object({
  format: z.literal(DOSSIERS_FILE_FORMAT),
  version: z.literal(1),
  dossiers: z.array(dossierSchema),
  decisions: z.array(decisionSchema).default([]),
});
export interface DossiersFile {
  readonly dossiers: Dossier[];
  readonly decisions: Decision[];
}

const acceptedSchema = z.union([dossiersFileSchema, sessionExportSchema, z.array(sessionExportSchema)]);

export function parseDossiersFile(data: unknown, fileName = "dossiers.json"): DossiersFile {
  const result = acceptedSchema.safeParse(data);
  if (!result.success) {
    // Report against the documented dossiers format: its paths are the ones a user fixes.
    const direct = dossiersFileSchema.safeParse(data);
    const issues = direct.success ? result.error.issues : direct.error.issues;
    throw new SpaserError("AGENDA_DOSSIERS_INVALID", {
      file: fileName,
      problems: describeIssues(issues).join(" ; "),
    });
  }
  const value = result.data;
  if (!Array.isArray(value) && value.format === DOSSIERS_FILE_FORMAT) {
    return { dossiers: value.dossiers, decisions: value.decisions };
  }
  const exports = Array.isArray(value) ? value : [value];
  return {
    dossiers: exports.flatMap((e) => e.dossiers),
    decisions: exports.flatMap((e) => e.decisions),
  };
}

function formatValue(result: IndicatorResult, value: number): string {
  switch (result.unit) {
    case "percent":
      return formatPercent(value, 1);
    case "hours":
      return `${formatNumber(value)}\u00A0h`;
    case "count":
      return formatNumber(value);
  }
}

/** One French line: « Marchés avec une clause d'insertion : 50 % (2/4) — objectif 80 % — en retard ». */
export function describeIndicator(result: IndicatorResult): string {
  const status = t(`indicator.status.${result.status}`);
  if (result.value === undefined) {
    return t("indicators.notMeasurable", { label: result.label, reason: result.reason ?? status });
  }
  const ratio =
    result.unit === "percent"
      ? t("indicators.ratio", {
          numerator: formatNumber(result.numerator ?? 0),
          denominator: formatNumber(result.denominator ?? 0),
        })
      : "";
  const goal =
    result.target === undefined
      ? status
      : t("indicators.goal", { target: formatValue(result, result.target), status });
  return t("indicators.line", { label: result.label, value: formatValue(result, result.value), ratio, goal });
}
