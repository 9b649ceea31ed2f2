import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { SpaserError } from "../../errors";
import { t } from "../../i18n";
import {
  documentLabel,
  documentTypes,
  embeddedFiles,
  formatPlaceholderValue,
  formatProblem,
  leverLabel,
  levers,
  loadEmbeddedReferentiel,
  loadReferentiel,
  pillarLabel,
  pillars,
  plainText,
  policyDefaultLabel,
  segmentLabel,
  statusLabel,
  statuses,
  TRANSVERSE,
  type Clause,
  type ClauseFilter,
  type Referentiel,
  type ReferentielFile,
  type ReferentielProblem,
  ROOT_PATH,
} from "../../referentiel";
import { formatDate } from "../../text";
import type { Command } from "../command";
import { option, type Args, type CliIo } from "../io";

const USAGE = [
  "referentiel list [--segment S] [--pillar P] [--lever L] [--document D] [--status S] [--json]",
  "referentiel show <clauseId> [--version N] [--json]",
  "referentiel check [dossier]",
];

/**
 * Reads a référentiel folder: segments.json, legal/*.json, clauses/*.json. A missing segments.json or
 * an unreadable JSON file becomes a problem, like any other, so the team sees everything at once.
 */
export function readReferentielFolder(folder: string): {
  files: ReferentielFile[];
  problems: ReferentielProblem[];
} {
  const root = resolve(folder);
  try {
    if (!statSync(root).isDirectory()) throw new Error("ce n'est pas un dossier");
  } catch (error) {
    throw new SpaserError("REFERENTIEL_FOLDER_UNREADABLE", {
      path: folder,
      detail: error instanceof Error ? error.message : String(error),
    });
  }
  const relative: string[] = ["segments.json"];
  for (const sub of ["legal", "clauses"]) {
    const dir = join(root, sub);
    const names = existsSync(dir) ? readdirSync(dir).filter((name) => name.endsWith(".json")) : [];
    relative.push(...names.sort().map((name) => `${sub}/${name}`));
  }
  const files: ReferentielFile[] = [];
  const problems: ReferentielProblem[] = [];
  for (const path of relative) {
    const full = join(root, path);
    if (!existsSync(full)) {
      problems.push({
        file: path,
        path: ROOT_PATH,
        message: t("referentiel.problem.missingFile", { expected: path }),
      });
      continue;
    }
    try {
      files.push({ path, data: JSON.parse(readFileSync(full, "utf8")) as unknown });
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      problems.push({ file: path, path: ROOT_PATH, message: t("referentiel.problem.json", { detail }) });
    }
  }
  return { files, problems };
}

function check(args: Args, io: CliIo): number {
  const folder = args.positionals[1];
  const read = folder === undefined ? { files: embeddedFiles, problems: [] } : readReferentielFolder(folder);
  const { referentiel, problems } = loadReferentiel(read.files);
  const all = [...read.problems, ...problems];
  if (all.length > 0) {
    for (const problem of all) io.err(formatProblem(problem));
    io.err(
      t("referentiel.check.failed", { count: all.length, source: folder ?? t("referentiel.check.embedded") }),
    );
    return 1;
  }
  io.out(
    t("referentiel.check.ok", {
      segments: referentiel.segments.length,
      legal: referentiel.legalTexts.length,
      clauses: referentiel.clauses.length,
      validated: referentiel.clauses.filter((c) => c.governance.status === "validee").length,
      ids: referentiel.clauseIds().length,
    }),
  );
  return 0;
}

function enumOption<T extends string>(args: Args, name: string, allowed: readonly T[]): T | undefined {
  const value = option(args, name);
  if (value === undefined) return undefined;
  if (!(allowed as readonly string[]).includes(value)) {
    throw new SpaserError("REFERENTIEL_FILTER_UNKNOWN", { filter: name, value, known: allowed.join(", ") });
  }
  return value as T;
}

function filterFrom(args: Args, referentiel: Referentiel): ClauseFilter {
  const segment = enumOption(args, "segment", [...referentiel.segments.map((s) => s.id), TRANSVERSE]);
  return {
    ...(segment !== undefined && { segment }),
    ...optional("pillar", enumOption(args, "pillar", pillars)),
    ...optional("lever", enumOption(args, "lever", levers)),
    ...optional("document", enumOption(args, "document", documentTypes)),
    ...optional("status", enumOption(args, "status", statuses)),
  };
}

function optional<K extends string, V>(key: K, value: V | undefined): Partial<Record<K, V>> {
  return value === undefined ? {} : ({ [key]: value } as Record<K, V>);
}

function list(args: Args, io: CliIo): number {
  const referentiel = loadEmbeddedReferentiel();
  const clauses = referentiel.clausesFor(filterFrom(args, referentiel));
  if (args.flags.has("json")) {
    io.out(JSON.stringify(clauses.map(summary), null, 2));
    return 0;
  }
  if (clauses.length === 0) {
    io.out(t("referentiel.list.empty"));
    return 0;
  }
  io.out(t("referentiel.list.title", { count: clauses.length }));
  for (const clause of clauses) {
    io.out(
      `  ${clause.id} v${clause.version}  ${clause.title}  [${pillarLabel(clause.pillar)} · ${leverLabel(clause.lever)} · ${statusLabel(clause.governance.status)}]`,
    );
  }
  return 0;
}

function summary(clause: Clause) {
  return {
    id: clause.id,
    version: clause.version,
    title: clause.title,
    pillar: clause.pillar,
    lever: clause.lever,
    documents: clause.documents,
    segments: clause.segments,
    status: clause.governance.status,
  };
}

function defaultText(clause: Clause, index: number): string {
  const placeholder = clause.placeholders[index];
  if (!placeholder || placeholder.default === undefined) return "";
  const text = formatPlaceholderValue(placeholder, placeholder.default);
  return placeholder.type === "text" || placeholder.type === "choice" ? `« ${text} »` : text;
}

function placeholderDefault(clause: Clause, index: number): string {
  const source = clause.placeholders[index]?.policyDefault;
  const fallback = defaultText(clause, index);
  if (source) return ` — ${policyDefaultLabel(source)}${fallback === "" ? "" : ` (à défaut : ${fallback})`}`;
  return fallback === "" ? "" : ` — par défaut ${fallback}`;
}

function show(args: Args, io: CliIo): number {
  const id = args.positionals[1];
  if (id === undefined) {
    io.err(`Usage : npx spaser ${USAGE[1] ?? ""}`);
    return 2;
  }
  const referentiel = loadEmbeddedReferentiel();
  const versionText = option(args, "version");
  const version = versionText === undefined ? undefined : Number(versionText);
  const known = referentiel.versions(id);
  if (known.length === 0) {
    const close = referentiel.clauseIds().filter((other) => other.includes(id) || id.includes(other));
    throw new SpaserError("REFERENTIEL_CLAUSE_UNKNOWN", {
      id,
      suggestion: close.length > 0 ? ` Clauses proches : ${close.slice(0, 5).join(", ")}.` : "",
    });
  }
  const clause = referentiel.getClause(id, version);
  if (!clause) {
    throw new SpaserError("REFERENTIEL_VERSION_UNKNOWN", {
      id,
      version: versionText ?? "",
      known: known.map((c) => c.version).join(", "),
    });
  }
  if (args.flags.has("json")) {
    io.out(JSON.stringify(clause, null, 2));
    return 0;
  }
  const g = clause.governance;
  io.out(`${clause.title} (${clause.id})`);
  io.out(t("referentiel.show.version", { version: clause.version, status: statusLabel(g.status) }));
  if (g.validatedBy !== undefined && g.validatedOn !== undefined) {
    io.out(t("referentiel.show.validated", { by: g.validatedBy, on: formatDate(g.validatedOn) }));
  }
  if (g.supersedes !== undefined) io.out(t("referentiel.show.supersedes", { version: g.supersedes }));
  if (g.status === "retiree" && g.retiredReason)
    io.out(t("referentiel.show.retired", { reason: g.retiredReason }));
  io.out(`${pillarLabel(clause.pillar)} · ${leverLabel(clause.lever)}`);
  io.out(
    t("referentiel.show.segments", {
      segments: clause.segments.map((s) => segmentLabel(referentiel, s)).join(", "),
    }),
  );
  io.out(t("referentiel.show.documents", { documents: clause.documents.map(documentLabel).join(", ") }));
  io.out("");
  for (const block of clause.body) {
    if (block.type === "heading") io.out(plainText(block.text).toUpperCase());
    else if (block.type === "paragraph") io.out(plainText(block.text));
    else
      block.items.forEach((item, i) => io.out(`  ${block.ordered ? `${i + 1}.` : "-"} ${plainText(item)}`));
    io.out("");
  }
  if (clause.placeholders.length > 0) {
    io.out(t("referentiel.show.placeholders"));
    clause.placeholders.forEach((p, i) => io.out(`  [${p.name}] ${p.label}${placeholderDefault(clause, i)}`));
    io.out("");
  }
  io.out(t("referentiel.show.legal"));
  for (const legalId of clause.legalBases) {
    const legal = referentiel.legalText(legalId);
    io.out(`  - ${legal ? `${legal.citation} : ${legal.summary}` : legalId}`);
  }
  io.out("");
  io.out(t("referentiel.show.whenToUse", { text: clause.notes.whenToUse }));
  io.out(t("referentiel.show.pitfalls", { text: clause.notes.pitfalls }));
  io.out(t("referentiel.show.executionCheck", { text: clause.notes.executionCheck }));
  const others = known.filter((c) => c.version !== clause.version);
  if (others.length > 0) {
    io.out(
      t("referentiel.show.otherVersions", {
        versions: others.map((c) => `v${c.version} (${statusLabel(c.governance.status)})`).join(", "),
      }),
    );
  }
  return 0;
}

export const referentielCommand: Command = {
  name: "referentiel",
  summary: "référentiel de clauses (liste, fiche d'une clause, vérification d'un dossier)",
  usage: USAGE,
  run(args, io) {
    const verb = args.positionals[0];
    if (verb === "check") return check(args, io);
    if (verb === "list") return list(args, io);
    if (verb === "show") return show(args, io);
    io.err("Usage :");
    for (const line of USAGE) io.err(`  npx spaser ${line}`);
    return 2;
  },
};
