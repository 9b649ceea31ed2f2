// The one French catalogue. Each domain keeps its texts in its own file (fewer merge conflicts,
// easier review by the domain's owner) and this index merges them: a key is unique product-wide.
import { commonErrorsFr, commonFr } from "./common.fr";
import { policiesErrorsFr, policiesFr } from "./policies.fr";
import { agendaErrorsFr, agendaFr } from "./agenda.fr";
import { dceErrorsFr, dceFr } from "./dce.fr";
import { excelErrorsFr, excelFr } from "./excel.fr";
import { gridErrorsFr, gridFr } from "./grid.fr";
import { listsErrorsFr, listsFr } from "./lists.fr";
import { platformErrorsFr, platformFr } from "./platform.fr";
import { referentielErrorsFr, referentielFr } from "./referentiel.fr";
import { teamsErrorsFr, teamsFr } from "./teams.fr";
import { uiErrorsFr, uiFr } from "./ui.fr";
import { fill } from "./format";

export const fr = {
  ...commonFr,
  ...policiesFr,
  ...agendaFr,
  ...dceFr,
  ...excelFr,
  ...gridFr,
  ...listsFr,
  ...platformFr,
  ...referentielFr,
  ...teamsFr,
  ...uiFr,
} as const;
export const errorsFr = {
  ...commonErrorsFr,
  ...policiesErrorsFr,
  ...agendaErrorsFr,
  ...dceErrorsFr,
  ...excelErrorsFr,
  ...gridErrorsFr,
  ...listsErrorsFr,
  ...platformErrorsFr,
  ...referentielErrorsFr,
  ...teamsErrorsFr,
  ...uiErrorsFr,
} as const;

export type MessageKey = keyof typeof fr;
export type ErrorCode = keyof typeof errorsFr;
export type MessageParams = Readonly<Record<string, string | number>>;

/** The French text for `key`, its `{slots}` filled from `params`. */
export function t(key: MessageKey, params?: MessageParams): string {
  return fill(fr[key], params);
}

/** The French message of an error code. */
export function errorMessage(code: ErrorCode, params?: MessageParams): string {
  return fill(errorsFr[code], params);
}

export { fill };
