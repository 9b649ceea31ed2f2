import { readFileSync, writeFileSync } from "node:fs";
import { basename } from "node:path";
import {
  checkSessionTiming,
  cotationOf,
  describeCotation,
  findCommittee,
  parseSessionExport,
  scheduleAgenda,
  type SessionExport,
} from "../../agenda";
import { buildMinutesDocx } from "../../docx/minutes";
import { SpaserError } from "../../errors";
import { computeIndicators, describeIndicator, parseDossiersFile } from "../../indicators";
import { t } from "../../i18n";
import { describeSource, findPolicy, getPolicy, type Committee } from "../../policies";
import { clauseTitleIn, loadEmbeddedReferentiel } from "../../referentiel";
import type { Command } from "../command";
import { option, type Args, type CliIo } from "../io";

const USAGE = [
  "agenda minutes <session.json> --out <minutes.docx> [--policy <id>]",
  "agenda check <session.json> [--policy <id>]",
  "agenda indicators <dossiers.json> --policy <id> --year <AAAA> [--all] [--json]",
];

function readJson(file: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    throw new SpaserError(
      "UNKNOWN",
      { detail: `fichier « ${file} » illisible (${String(error)})` },
      { cause: error },
    );
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new SpaserError("AGENDA_EXPORT_INVALID", { file, problems: `JSON illisible (${String(error)})` });
  }
}

/** The committee of the export: its own snapshot, else the one of the preset (--policy or the session's). */
function committeeOf(data: SessionExport, args: Args): Committee | undefined {
  const policyId = option(args, "policy");
  if (policyId) return findCommittee(getPolicy(policyId), data.session.committeeId);
  if (data.committee) return data.committee;
  const policy = findPolicy(data.session.policyId);
  return policy ? findCommittee(policy, data.session.committeeId) : undefined;
}

async function minutes(args: Args, io: CliIo): Promise<number> {
  const [file] = args.positionals.slice(1);
  const out = option(args, "out");
  if (!file || !out) {
    io.err(`Usage : npx spaser ${USAGE[0]}`);
    return 2;
  }
  const data = parseSessionExport(readJson(file), basename(file));
  const committee = committeeOf(data, args);
  // Levers and provisions are named by their clause title in the embedded référentiel.
  const clauseTitle = clauseTitleIn(loadEmbeddedReferentiel());
  writeFileSync(out, await buildMinutesDocx(data, committee, { clauseTitle }));
  const decided = data.decisions.length;
  io.out(`Relevé de décisions écrit : ${out} (${data.dossiers.length} dossier(s), ${decided} décision(s)).`);
  if (!committee) {
    io.err(
      `Comité « ${data.session.committeeId} » introuvable dans le préréglage « ${data.session.policyId} » : son identifiant est imprimé à la place du nom, sans contrôle du quorum ni des délais.`,
    );
  }
  return 0;
}

function check(args: Args, io: CliIo): number {
  const [file] = args.positionals.slice(1);
  if (!file) {
    io.err(`Usage : npx spaser ${USAGE[1]}`);
    return 2;
  }
  const data = parseSessionExport(readJson(file), basename(file));
  const committee = committeeOf(data, args);
  const dossiers = scheduleAgenda(data.session, data.dossiers);
  for (const dossier of dossiers) {
    const cotation = cotationOf(dossier);
    io.out(`${dossier.slot?.start ?? ""} ${dossier.object}`);
    io.out(`    ${cotation ? describeCotation(cotation) : t("minutes.cotationNone")}`);
  }
  const flags = committee ? checkSessionTiming(committee, data.session, dossiers) : [];
  for (const flag of flags) io.out(`${flag.severity === "alerte" ? "ALERTE" : "info"} : ${flag.message}`);
  if (committee && !committee.timing)
    io.out(`Le SPASER ne fixe pas de délai de passage pour ${committee.label}.`);
  return flags.some((f) => f.severity === "alerte") ? 1 : 0;
}

function indicators(args: Args, io: CliIo): number {
  const [file] = args.positionals.slice(1);
  const policyId = option(args, "policy");
  const yearText = option(args, "year");
  if (!file || !policyId || !yearText || !/^\d{4}$/.test(yearText)) {
    io.err(`Usage : npx spaser ${USAGE[2]}`);
    return 2;
  }
  const policy = getPolicy(policyId);
  const year = Number(yearText);
  const records = parseDossiersFile(readJson(file), basename(file));
  const report = computeIndicators(policy, records, year, { includeUntargeted: args.flags.has("all") });
  if (args.flags.has("json")) {
    io.out(JSON.stringify(report, null, 2));
    return 0;
  }
  io.out(t("indicators.title", { year, policy: policy.label }));
  io.out(t("indicators.population", { settled: report.settled, pending: report.pending, year }));
  for (const result of report.results) {
    io.out(`  - ${describeIndicator(result)}`);
    if (result.scope.label) io.out(`      ${t("indicators.scope", { scope: result.scope.label })}`);
    if (result.definition) io.out(`      ${t("indicators.definition", { definition: result.definition })}`);
    if (result.source) io.out(`      Source : ${describeSource(result.source)}`);
  }
  if (report.results.length === 0) io.out("  Ce préréglage ne fixe aucun objectif chiffré.");
  return 0;
}

export const agendaCommand: Command = {
  name: "agenda",
  summary: "comités : relevé de décisions (.docx), contrôle des délais et cotations, indicateurs SPASER",
  usage: USAGE,
  async run(args, io) {
    switch (args.positionals[0]) {
      case "minutes":
        return minutes(args, io);
      case "check":
        return check(args, io);
      case "indicators":
        return indicators(args, io);
      default:
        io.err(`Usage :\n${USAGE.map((line) => `  npx spaser ${line}`).join("\n")}`);
        return 2;
    }
  },
};
