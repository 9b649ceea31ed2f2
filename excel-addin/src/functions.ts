// Custom functions of the shared runtime (=SPASER.NOTEPRIX, =SPASER.CONTROLE), for analysts who build
// their own sheets. They call the grid engine: the same price formula and the same checks as the pane
// and `spaser grid check`. Metadata (functions.json) is generated from the JSDoc below at build time
// (scripts/custom-functions.ts); the functions cannot write to other cells (PLATFORM-NOTES).
import {
  checkGrid,
  lowestPrice,
  parsePriceMethod,
  scorePrice,
  type GridRuleId,
  type RawCriterion,
  type RawGrid,
} from "../../shared/grid";
import { SpaserError, toSpaserError } from "../../shared/errors";
import { t } from "../../shared/i18n";
import { DEFAULT_POLICY_ID, findPolicy, listPolicies } from "../../shared/policies";
import { formatNumber, formatPercent, parseFrenchAmount, parseFrenchPercent } from "../../shared/text";

type Cell = string | number | boolean | null;

/** What the shared runtime offers (CustomFunctionsRuntime 1.1); absent in a plain browser and in tests. */
interface CustomFunctionsRuntime {
  associate(id: string, fn: (...args: never[]) => unknown): void;
  Error: new (code: string, message?: string) => Error;
  ErrorCode: { invalidValue: string };
}
const customFunctionsRuntime = () =>
  (globalThis as { CustomFunctions?: CustomFunctionsRuntime }).CustomFunctions;

function amount(value: unknown): number | undefined {
  if (typeof value === "number") return Number.isFinite(value) ? value : undefined;
  if (typeof value !== "string" || value.trim() === "") return undefined;
  const parsed = parseFrenchAmount(value);
  return parsed.ok ? parsed.value.value : undefined;
}

/** The logic of SPASER.NOTEPRIX, without Excel: throws a SpaserError with a French message. */
export function notePrixValue(price: unknown, lowest: unknown, maxMark: unknown, method?: unknown): number {
  const p = amount(price);
  if (p === undefined || !(p > 0))
    throw new SpaserError("EXCEL_FN_PRICE", { what: "le prix", value: String(price ?? "") });
  // prix_min is the lowest price or the range of the lot's prices (its lowest positive value is taken).
  const cells = Array.isArray(lowest) ? (lowest as unknown[][]).flat() : [lowest];
  const min = lowestPrice(cells.map(amount));
  if (min === undefined) {
    throw new SpaserError("EXCEL_FN_PRICE", {
      what: "le prix minimal",
      value: cells.map(String).join(" ; "),
    });
  }
  if (p < min) {
    throw new SpaserError("EXCEL_FN_PRICE_BELOW_MIN", { price: formatNumber(p), min: formatNumber(min) });
  }
  const max = amount(maxMark);
  if (max === undefined || !(max > 0))
    throw new SpaserError("EXCEL_FN_SCALE", { value: String(maxMark ?? "") });
  const priceMethod =
    method === undefined || method === null ? "proportional" : parsePriceMethod(String(method));
  if (!priceMethod) throw new SpaserError("EXCEL_FN_METHOD", { value: String(method) });
  return scorePrice(p, min, max, priceMethod) ?? 0;
}

/** Rules SPASER.CONTROLE reports: the weighting ones (no offers, no launch date in a weights range). */
const WEIGHT_RULES: ReadonlySet<GridRuleId> = new Set<GridRuleId>([
  "GRID_NOT_A_NUMBER",
  "GRID_VALUE_MISSING",
  "GRID_CATEGORY_UNKNOWN",
  "GRID_WEIGHT_OUT_OF_RANGE",
  "GRID_WEIGHT_SUM",
  "GRID_ENV_WEIGHT_MIN",
  "GRID_ENV_WEIGHT_RANGE",
  "GRID_FAMILY_UNKNOWN",
  "GRID_NO_ENV_CRITERION",
  "GRID_PRICE_ONLY",
]);

/**
 * The logic of SPASER.CONTROLE. One column: the weights, checked to add up to 100 %. Two columns or
 * more: the first is the category, the last the weight; the environmental weight is then checked
 * against the preset (and family). Returns « Conforme : … » or « N anomalie(s) : <first message> ».
 */
export function controleValue(
  weights: readonly (readonly Cell[])[],
  policyId?: string,
  family?: string,
): string {
  const rows = weights.filter((row) => row.some((cell) => cell !== null && String(cell).trim() !== ""));
  if (rows.length === 0) throw new SpaserError("EXCEL_FN_WEIGHTS_EMPTY");
  const id = policyId && policyId.trim() !== "" ? policyId.trim() : DEFAULT_POLICY_ID;
  const policy = findPolicy(id);
  if (!policy) {
    throw new SpaserError("EXCEL_FN_POLICY", {
      value: id,
      known: listPolicies()
        .map((p) => p.id)
        .join(", "),
    });
  }
  const withCategories = rows.every((row) => row.length >= 2);
  const criteria: RawCriterion[] = rows.map((row, i) => ({
    code: `C${i + 1}`,
    label: `C${i + 1}`,
    category: { value: withCategories ? row[0] : "autre" },
    weight: { value: row[row.length - 1] },
    scale: { value: 10 },
  }));
  const raw: RawGrid = {
    consultation: { title: "", ...(family ? { family } : {}) },
    lots: [],
    criteria,
    offers: [],
  };
  const report = checkGrid(raw, policy);
  const findings = report.violations.filter(
    (v) =>
      WEIGHT_RULES.has(v.rule) &&
      (withCategories ||
        ![
          "GRID_NO_ENV_CRITERION",
          "GRID_ENV_WEIGHT_MIN",
          "GRID_ENV_WEIGHT_RANGE",
          "GRID_PRICE_ONLY",
        ].includes(v.rule)),
  );
  const first = findings[0];
  if (first) return t("excel.fn.controle.fail", { count: findings.length, first: first.message });
  const sum = rows.reduce((acc, row) => {
    const cell = row[row.length - 1];
    const parsed =
      typeof cell === "number"
        ? { ok: true as const, value: cell <= 1 ? cell * 100 : cell }
        : parseFrenchPercent(String(cell));
    return acc + (parsed.ok ? parsed.value : 0);
  }, 0);
  return t("excel.fn.controle.ok", {
    sum: formatPercent(sum),
    env: withCategories
      ? formatPercent(report.environmentalWeight)
      : "non contrôlé (ajoutez la colonne des catégories)",
  });
}

/** An error Excel shows as #VALUE! with the French message in the cell's tooltip. */
function excelError(error: unknown): Error {
  const message = toSpaserError(error).message;
  const runtime = customFunctionsRuntime();
  return runtime?.Error ? new runtime.Error(runtime.ErrorCode.invalidValue, message) : new Error(message);
}

/**
 * Note du critère prix d'une offre : proportionnelle (note max × prix min / prix) ou linéaire
 * (note max × (1 − (prix − prix min) / prix min), bornée à 0).
 * @customfunction NOTEPRIX
 * @param prix Prix (ou coût) de l'offre, strictement positif.
 * @param prix_min Prix le plus bas du lot, ou la plage des prix du lot (le plus bas est retenu).
 * @param note_max Note maximale du critère prix (ex. 40 ou 10).
 * @param [méthode] « proportionnelle » (par défaut) ou « linéaire ».
 * @returns La note de l'offre sur le critère prix, en pleine précision.
 */
export function notePrix(prix: number, prix_min: unknown[][], note_max: number, méthode?: string): number {
  try {
    return notePrixValue(prix, prix_min, note_max, méthode);
  } catch (error) {
    throw excelError(error);
  }
}

/**
 * Contrôle des pondérations d'une grille au regard du SPASER : total de 100 %, poids du critère
 * environnemental (minimum ou fourchette de la famille d'achat), prix seul critère.
 * @customfunction CONTROLE
 * @param plage_pondérations Une colonne de pondérations, ou deux colonnes : catégorie puis pondération.
 * @param [politique] Préréglage SPASER : national, ille-et-vilaine, val-de-marne, clermont, drome, valence-romans.
 * @param [famille] Famille d'achat du préréglage (ex. restauration-collective).
 * @returns « Conforme : … » ou le nombre d'anomalies et la première, avec sa source.
 */
export function controle(plage_pondérations: unknown[][], politique?: string, famille?: string): string {
  try {
    return controleValue(plage_pondérations as Cell[][], politique ?? undefined, famille ?? undefined);
  } catch (error) {
    throw excelError(error);
  }
}

/** Ids as in functions.json: Excel calls them SPASER.NOTEPRIX and SPASER.CONTROLE (namespace in the manifest). */
export const CUSTOM_FUNCTIONS = { NOTEPRIX: notePrix, CONTROLE: controle } as const;

/** Registers the functions when the page runs in Excel's shared runtime; does nothing elsewhere. */
export function registerCustomFunctions(): boolean {
  const runtime = customFunctionsRuntime();
  if (!runtime?.associate) return false;
  for (const [id, fn] of Object.entries(CUSTOM_FUNCTIONS)) runtime.associate(id, fn);
  return true;
}
