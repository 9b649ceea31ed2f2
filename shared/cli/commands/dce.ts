import { readFileSync, writeFileSync } from "node:fs";
import { basename } from "node:path";
import {
  auditDocument,
  fillClause,
  guessDocumentType,
  libraryFromReferentiel,
  renderClause,
  type AuditReport,
  type ClauseLibrary,
} from "../../dce";
import { insertClauseIntoDocx, readDocxControls } from "../../docx/dce-package";
import { SpaserError } from "../../errors";
import { t } from "../../i18n";
import { DEFAULT_POLICY_ID, getPolicy } from "../../policies";
import {
  documentTypes,
  loadEmbeddedReferentiel,
  loadReferentiel,
  pillarLabel,
  pillars,
  type DocumentType,
} from "../../referentiel";
import { parseFrenchAmount } from "../../text";
import type { Command } from "../command";
import { option, type Args, type CliIo } from "../io";
import { readReferentielFolder } from "./referentiel";

// `spaser dce`: the Word add-in's insertion and audit, on .docx files, with the same engine and tags.

const USAGE = [
  'dce insert <in.docx> --clause <id> [--set nom=valeur …] [--after "<texte d\'un paragraphe>"] [--policy <id>] --out <out.docx>',
  "dce audit <fichier.docx> [--policy <id>] [--amount <€ HT>] [--document ccap|cctp|rc|ae|bpu-dpgf] [--json]",
  "dce insert|audit … --referentiel <dossier>   (référentiel lu dans un dossier au lieu de celui du produit)",
];

function library(args: Args): ClauseLibrary {
  const folder = option(args, "referentiel");
  if (!folder) return libraryFromReferentiel(loadEmbeddedReferentiel());
  const { files } = readReferentielFolder(folder);
  return libraryFromReferentiel(loadReferentiel(files).referentiel);
}

function parseSets(args: Args): Record<string, string> {
  const values: Record<string, string> = {};
  for (const pair of args.options.get("set") ?? []) {
    const match = /^([^=]+)=(.*)$/s.exec(pair);
    if (!match?.[1]) throw new SpaserError("DCE_SET_SYNTAX", { value: pair });
    values[match[1].trim()] = match[2] ?? "";
  }
  return values;
}

async function insert(args: Args, io: CliIo): Promise<number> {
  const input = args.positionals[1];
  const id = option(args, "clause");
  const out = option(args, "out");
  if (!input || !id || !out) {
    io.err(`Usage : npx spaser ${USAGE[0]}`);
    return 2;
  }
  const lib = library(args);
  const clause = lib.latestValidated(id);
  if (!clause) {
    if (lib.clauses.some((c) => c.id === id)) {
      const last = lib.clauses.filter((c) => c.id === id).at(-1);
      throw new SpaserError("DCE_CLAUSE_NOT_INSERTABLE", { id, version: last?.version ?? 0 });
    }
    throw new SpaserError("DCE_CLAUSE_UNKNOWN", { id });
  }
  const policy = getPolicy(option(args, "policy") ?? DEFAULT_POLICY_ID);
  const filled = fillClause(clause, parseSets(args), policy);
  if (!filled.ok) {
    throw new SpaserError("DCE_FILL_INVALID", {
      id,
      problems: Object.values(filled.problems)
        .map((p) => p.message)
        .join(" "),
    });
  }
  const rendered = renderClause(clause, filled.values);
  const after = option(args, "after");
  const bytes = await insertClauseIntoDocx(new Uint8Array(readFileSync(input)), rendered, {
    ...(after !== undefined ? { after } : {}),
    file: basename(input),
  });
  writeFileSync(out, bytes);
  io.out(t("dce.cli.inserted", { title: clause.title, version: clause.version, file: out }));
  if (!rendered.valuesKept) io.out(t("dce.done.valuesNotKept"));
  return 0;
}

function printReport(report: AuditReport, io: CliIo): void {
  io.out("");
  if (report.clauses.length === 0) io.out(t("dce.audit.empty"));
  for (const clause of report.clauses) {
    const status = t(`dce.status.${clause.status}`);
    const by = clause.recognisedBy === "texte" ? ` — ${t("dce.recognisedBy.texte")}` : "";
    const latest =
      clause.status === "version-depassee" && clause.latestVersion ? ` → v${clause.latestVersion}` : "";
    io.out(`  ${status.padEnd(24)} ${clause.id} v${clause.version}${latest}  ${clause.title}${by}`);
  }
  io.out("");
  io.out(
    `${t("dce.coverage.title")} : ${pillars.map((p) => `${pillarLabel(p)} ${report.coverage[p]}`).join(", ")}`,
  );
  if (report.warnings.length === 0) io.out(t("dce.coverage.noWarning"));
  for (const warning of report.warnings) {
    io.out(`  ! ${warning.message}`);
    io.out(`    ${t("dce.coverage.source", { rule: warning.rule, source: warning.source })}`);
  }
}

async function audit(args: Args, io: CliIo): Promise<number> {
  const file = args.positionals[1];
  if (!file) {
    io.err(`Usage : npx spaser ${USAGE[1]}`);
    return 2;
  }
  const policy = getPolicy(option(args, "policy") ?? DEFAULT_POLICY_ID);
  const amountText = option(args, "amount");
  let amountHT: number | undefined;
  if (amountText !== undefined) {
    const read = parseFrenchAmount(amountText);
    if (!read.ok) throw new SpaserError("DCE_AMOUNT_INVALID", { value: amountText });
    amountHT = read.value.value;
  }
  const forced = option(args, "document");
  const documentType: DocumentType | undefined = documentTypes.find((d) => d === forced);
  const reading = await readDocxControls(new Uint8Array(readFileSync(file)), basename(file));
  const guessed = documentType ?? guessDocumentType(reading.title, basename(file));
  const report = auditDocument(
    {
      controls: reading.controls,
      untaggedText: reading.untaggedText,
      ...(guessed ? { documentType: guessed } : {}),
      ...(amountHT !== undefined ? { amountHT } : {}),
    },
    library(args),
    policy,
  );
  if (args.flags.has("json")) {
    io.out(
      JSON.stringify(
        {
          file: basename(file),
          policy: policy.id,
          ...(guessed ? { documentType: guessed } : {}),
          clauses: report.clauses.map(({ controlId: _controlId, ...clause }) => clause),
          coverage: report.coverage,
          warnings: report.warnings,
        },
        null,
        2,
      ),
    );
    return 0;
  }
  io.out(t("dce.cli.auditTitle", { file: basename(file), policy: policy.shortLabel }));
  printReport(report, io);
  return 0;
}

export const dceCommand: Command = {
  name: "dce",
  summary: "clauses SPASER dans les pièces du DCE (.docx) : insertion balisée, audit, couverture",
  usage: USAGE,
  run(args, io) {
    const [verb] = args.positionals;
    if (verb === "insert") return insert(args, io);
    if (verb === "audit") return audit(args, io);
    io.err(`Usage : ${USAGE.map((line) => `npx spaser ${line}`).join("\n        ")}`);
    return 2;
  },
};
