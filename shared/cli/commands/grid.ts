// `spaser grid new` writes the « Nouvelle grille » workbook; `spaser grid check` runs the engine on a
// filled workbook (exit 1 when a blocking violation exists). Same engine and format as the add-in.
import { readFileSync, writeFileSync } from "node:fs";
import { SpaserError } from "../../errors";
import {
  checkGrid,
  definitionToRawGrid,
  describeCell,
  newGridDefinition,
  parseCategory,
  parsePriceMethod,
  type CriterionDefinition,
  type GridReport,
  type Violation,
} from "../../grid";
import { t } from "../../i18n";
import { DEFAULT_POLICY_ID, getPolicy, type Policy } from "../../policies";
import { formatNumber, parseFrenchDate, parseFrenchNumber, parseFrenchPercent } from "../../text";
import { readGridWorkbook, writeGridWorkbook } from "../../xlsx";
import type { Command } from "../command";
import { option, type Args, type CliIo } from "../io";

/**
 * « Prix:prix:40,Valeur technique:valeur-technique:45,Environnement:environnemental:15 »: label, category,
 * weight and optional scale (default 10). A leading « > » makes a sub-criterion of the previous main
 * criterion. Items are separated by « ; » when the spec holds one (for French decimals), else by « , ».
 */
export function parseCriteriaSpec(spec: string): CriterionDefinition[] {
  const items = spec
    .split(spec.includes(";") ? ";" : ",")
    .map((item) => item.trim())
    .filter(Boolean);
  const criteria: CriterionDefinition[] = [];
  let main = 0;
  let sub = 0;
  for (const item of items) {
    const isSub = item.startsWith(">");
    const [label, categoryText, weightText, scaleText] = item
      .replace(/^>\s*/, "")
      .split(":")
      .map((p) => p.trim());
    const category = parseCategory(categoryText ?? "");
    const weight = parseFrenchPercent(weightText ?? "");
    const scale = scaleText ? parseFrenchNumber(scaleText) : ({ ok: true, value: 10 } as const);
    if (!label || !category || !weight.ok || !scale.ok || (isSub && main === 0)) {
      throw new SpaserError("GRID_CRITERIA_SPEC", { spec: item });
    }
    if (isSub) sub += 1;
    else [main, sub] = [main + 1, 0];
    criteria.push({
      code: isSub ? `C${main}.${sub}` : `C${main}`,
      ...(isSub ? { parent: `C${main}` } : {}),
      label,
      category,
      weight: weight.value,
      scale: scale.value,
    });
  }
  if (criteria.length === 0) throw new SpaserError("GRID_CRITERIA_SPEC", { spec });
  return criteria;
}

function resolvePolicy(id: string | undefined, family: string | undefined): Policy {
  const policy = getPolicy(id ?? DEFAULT_POLICY_ID);
  if (
    family !== undefined &&
    policy.purchaseFamilies.length > 0 &&
    !policy.purchaseFamilies.some((f) => f.id === family)
  ) {
    throw new SpaserError("POLICY_FAMILY_UNKNOWN", { policy: policy.id, family });
  }
  return policy;
}

function printViolations(violations: readonly Violation[], io: CliIo): void {
  for (const v of violations) {
    const cells = v.cells.map(describeCell).join(", ");
    io.out(`  [${v.severity}] ${v.rule}${cells ? ` (${cells})` : ""}`);
    io.out(`    ${v.message}`);
  }
}

async function gridNew(args: Args, io: CliIo): Promise<number> {
  const out = option(args, "out");
  if (!out) {
    io.err(t("grid.cli.usage.new"));
    return 2;
  }
  const family = option(args, "family");
  const policy = resolvePolicy(option(args, "policy"), family);
  const lotsText = option(args, "lots") ?? "1";
  const lots = Number(lotsText);
  if (!Number.isInteger(lots) || lots < 1 || lots > 50)
    throw new SpaserError("GRID_LOTS_INVALID", { value: lotsText });
  const methodText = option(args, "price-method");
  const priceMethod = parsePriceMethod(methodText ?? "");
  if (!priceMethod) throw new SpaserError("GRID_PRICE_METHOD_INVALID", { value: methodText ?? "" });
  const scaleText = option(args, "scale");
  const scale = scaleText ? parseFrenchNumber(scaleText) : undefined;
  if (scale && (!scale.ok || scale.value <= 0))
    throw new SpaserError("PARSE_NUMBER", { value: scaleText ?? "" });
  const dateText = option(args, "launch-date");
  const launchDate = dateText ? parseFrenchDate(dateText) : undefined;
  if (launchDate && !launchDate.ok) throw new SpaserError("PARSE_DATE", { value: dateText ?? "" });
  const criteriaSpec = option(args, "criteria");
  const rowsText = option(args, "rows");

  const definition = newGridDefinition({
    policy,
    ...(family ? { family } : {}),
    lots,
    ...(criteriaSpec ? { criteria: parseCriteriaSpec(criteriaSpec) } : {}),
    priceMethod,
    ...(scale?.ok ? { scale: scale.value } : {}),
    ...(option(args, "title") ? { title: option(args, "title") } : {}),
    ...(launchDate?.ok ? { launchDate: launchDate.value } : {}),
  });
  const bytes = await writeGridWorkbook(definition, rowsText ? { rowsPerLot: Number(rowsText) || 10 } : {});
  writeFileSync(out, bytes);
  io.out(t("grid.cli.written", { file: out, lots, criteria: definition.criteria.length, policy: policy.id }));
  // The criteria are checked at once: a grid that breaks the policy is better fixed before it is filled.
  const report = checkGrid(definitionToRawGrid(definition), policy);
  printViolations(report.violations, io);
  return 0;
}

export function reportJson(report: GridReport): unknown {
  return {
    ok: report.ok,
    policy: report.policyId,
    ...(report.family ? { family: report.family } : {}),
    environmentalWeight: report.environmentalWeight,
    priceMethod: report.priceMethod,
    scale: report.scale,
    violations: report.violations.map((v) => ({
      rule: v.rule,
      severity: v.severity,
      message: v.message,
      source: v.source,
      cells: v.cells.map(describeCell),
      ...(v.lot !== undefined ? { lot: v.lot } : {}),
      ...(v.candidate !== undefined ? { candidate: v.candidate } : {}),
    })),
    ranking: report.ranking.map((r) => ({
      lot: r.lot,
      candidate: r.candidate,
      total: r.total,
      rank: r.rank,
    })),
  };
}

async function gridCheck(args: Args, io: CliIo): Promise<number> {
  const file = args.positionals[1];
  if (!file) {
    io.err(t("grid.cli.usage.check"));
    return 2;
  }
  const raw = await readGridWorkbook(new Uint8Array(readFileSync(file)));
  const family = option(args, "family");
  const policy = resolvePolicy(option(args, "policy") ?? raw.consultation.policyId, family);
  const report = checkGrid(raw, policy, { warnTextNumbers: true, ...(family ? { family } : {}) });
  if (args.flags.has("json")) {
    io.out(JSON.stringify(reportJson(report), null, 2));
    return report.ok ? 0 : 1;
  }
  const blocking = report.violations.filter((v) => v.severity === "bloquant").length;
  io.out(`${file} — ${policy.label}`);
  io.out(
    report.ok
      ? t("grid.report.ok")
      : t("grid.report.blocking", { count: blocking, alerts: report.violations.length - blocking }),
  );
  printViolations(report.violations, io);
  let lot: string | undefined;
  for (const row of report.ranking) {
    if (row.lot !== lot) {
      lot = row.lot;
      io.out(t("grid.report.ranking", { lot }));
    }
    io.out(
      `  ${String(row.rank).padStart(3)}. ${row.candidate} — ${formatNumber(row.total, 2)} / ${formatNumber(report.scale)}`,
    );
  }
  io.out(t("grid.report.rounding"));
  return report.ok ? 0 : 1;
}

export const gridCommand: Command = {
  name: "grid",
  summary: "grilles d'analyse des offres (création, contrôle, classement)",
  usage: [
    "grid new --policy <id> [--family <id>] [--lots N] [--criteria spec] [--price-method proportional|linear] --out <grille.xlsx>",
    "grid check <grille.xlsx> [--policy <id>] [--family <id>] [--json]",
  ],
  async run(args, io) {
    const verb = args.positionals[0];
    if (verb === "new") return gridNew(args, io);
    if (verb === "check") return gridCheck(args, io);
    io.err(t("grid.cli.usage.new"));
    io.err(t("grid.cli.usage.check"));
    return 2;
  },
};
