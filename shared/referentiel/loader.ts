import type { z } from "zod";
import { t, type MessageKey } from "../i18n";
import { checkClause } from "./clause-checks";
import { createReferentiel, type Referentiel } from "./referentiel";
import {
  clauseSchema,
  legalTextSchema,
  segmentSchema,
  type Clause,
  type LegalText,
  type Segment,
} from "./schema";

// Reads référentiel files (already JSON-parsed) and reports EVERY problem with its file, its JSON path
// and a French reason, so a référentiel team can fix a whole folder in one pass. Never throws on bad
// content: invalid entries are left out of the référentiel and listed in `problems`.

export interface ReferentielFile {
  /** Path shown in problems, relative to the référentiel folder: « clauses/batiment.json ». */
  readonly path: string;
  readonly data: unknown;
}

export interface ReferentielProblem {
  readonly file: string;
  /** JSON path inside the file: « clauses[3].placeholders[0].default »; « (racine) » for the file itself. */
  readonly path: string;
  readonly message: string;
}

export interface LoadResult {
  readonly referentiel: Referentiel;
  readonly problems: readonly ReferentielProblem[];
}

type FileKind = "segments" | "legal" | "clauses";
const COLLECTION_KEY: Readonly<Record<FileKind, string>> = {
  segments: "segments",
  legal: "legalTexts",
  clauses: "clauses",
};

export const ROOT_PATH = "(racine)";

/** « clauses[3].body[0].text » from a zod-style path. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const part of path) {
    if (typeof part === "number") out += `[${part}]`;
    else out += out.length === 0 ? String(part) : `.${String(part)}`;
  }
  return out.length === 0 ? ROOT_PATH : out;
}

/** « fichier › chemin : raison », the line printed by `spaser referentiel check`. */
export function formatProblem(problem: ReferentielProblem): string {
  return `${problem.file} › ${problem.path} : ${problem.message}`;
}

const TYPE_NAMES: Readonly<Record<string, string>> = {
  string: "texte",
  number: "nombre",
  int: "nombre entier",
  boolean: "booléen (true ou false)",
  array: "liste [ … ]",
  object: "objet { … }",
};

function zodReason(issue: z.core.$ZodIssue, input: unknown): string {
  switch (issue.code) {
    case "invalid_type":
      return valueAt(input, issue.path) === undefined
        ? t("referentiel.problem.required")
        : t("referentiel.problem.type", { expected: TYPE_NAMES[issue.expected] ?? issue.expected });
    case "invalid_value":
      return t("referentiel.problem.value", {
        value: String(valueAt(input, issue.path)),
        allowed: issue.values.map(String).join(", "),
      });
    case "unrecognized_keys":
      return t("referentiel.problem.unknownKeys", { keys: issue.keys.join(", ") });
    case "invalid_union": {
      // Discriminated unions (placeholder and block types) list the admitted values in `options`.
      const options: unknown = (issue as { options?: unknown }).options;
      if (Array.isArray(options)) {
        return t("referentiel.problem.value", {
          value: String(valueAt(input, issue.path)),
          allowed: options.map(String).join(", "),
        });
      }
      return t("referentiel.problem.union");
    }
    case "too_small":
    case "too_big":
    case "invalid_format":
    case "custom":
    default:
      // Our schema carries French messages for these.
      return issue.message;
  }
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let current: unknown = input;
  for (const key of path) {
    if (typeof current !== "object" || current === null) return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function kindOf(file: ReferentielFile): FileKind | undefined {
  const normalized = file.path.replace(/\\/g, "/");
  const base = normalized.split("/").at(-1) ?? normalized;
  if (base === "segments.json") return "segments";
  if (/(^|\/)legal\/[^/]+$/.test(normalized)) return "legal";
  if (/(^|\/)clauses\/[^/]+$/.test(normalized)) return "clauses";
  if (isRecord(file.data)) {
    if ("segments" in file.data) return "segments";
    if ("legalTexts" in file.data) return "legal";
    if ("clauses" in file.data) return "clauses";
  }
  return undefined;
}

interface Located<T> {
  readonly item: T;
  readonly file: string;
  readonly path: string;
}

/** Validates référentiel files and builds the référentiel from every valid entry. Pure; never throws. */
export function loadReferentiel(files: readonly ReferentielFile[]): LoadResult {
  const problems: ReferentielProblem[] = [];
  const report = (file: string, path: string, message: string) => problems.push({ file, path, message });

  const segments: Located<Segment>[] = [];
  const legalTexts: Located<LegalText>[] = [];
  const clauses: Located<Clause>[] = [];

  for (const file of files) {
    const kind = kindOf(file);
    if (kind === undefined) {
      report(file.path, ROOT_PATH, t("referentiel.problem.fileKind"));
      continue;
    }
    const key = COLLECTION_KEY[kind];
    if (!isRecord(file.data)) {
      report(file.path, ROOT_PATH, t("referentiel.problem.type", { expected: `objet { "${key}": [ … ] }` }));
      continue;
    }
    const extra = Object.keys(file.data).filter((k) => k !== key && k !== "$schema");
    if (extra.length > 0)
      report(file.path, ROOT_PATH, t("referentiel.problem.unknownKeys", { keys: extra.join(", ") }));
    const list = file.data[key];
    if (!Array.isArray(list)) {
      report(
        file.path,
        key,
        list === undefined
          ? t("referentiel.problem.required")
          : t("referentiel.problem.type", { expected: TYPE_NAMES.array ?? "liste" }),
      );
      continue;
    }
    list.forEach((raw: unknown, index) => {
      const base = `${key}[${index}]`;
      const schema = kind === "segments" ? segmentSchema : kind === "legal" ? legalTextSchema : clauseSchema;
      const result = schema.safeParse(raw);
      if (!result.success) {
        const context = kind === "clauses" ? clauseContext(raw) : undefined;
        for (const issue of result.error.issues) {
          const reason = zodReason(issue, raw);
          report(
            file.path,
            formatPath([key, index, ...issue.path]),
            context ? t("referentiel.problem.clauseContext", { ...context, reason }) : reason,
          );
        }
        return;
      }
      if (kind === "segments") segments.push({ item: result.data as Segment, file: file.path, path: base });
      else if (kind === "legal")
        legalTexts.push({ item: result.data as LegalText, file: file.path, path: base });
      else clauses.push({ item: result.data as Clause, file: file.path, path: base });
    });
  }

  const segmentsById = uniqueById(segments, "referentiel.problem.duplicateSegment", report);
  const legalById = uniqueById(legalTexts, "referentiel.problem.duplicateLegal", report);

  const clauseByKey = new Map<string, Located<Clause>>();
  const kept: Located<Clause>[] = [];
  for (const located of clauses) {
    const { id, version } = located.item;
    const key = `${id}@${version}`;
    const first = clauseByKey.get(key);
    if (first) {
      report(
        located.file,
        `${located.path}.version`,
        t("referentiel.problem.duplicateClause", { id, version, where: `${first.file} › ${first.path}` }),
      );
      continue;
    }
    clauseByKey.set(key, located);
    kept.push(located);
  }

  const versionsById = new Map<string, number[]>();
  for (const { item } of kept)
    versionsById.set(item.id, [...(versionsById.get(item.id) ?? []), item.version]);

  const validClauses: Clause[] = [];
  for (const located of kept) {
    const before = problems.length;
    checkClause(located.item, {
      segmentIds: segmentsById,
      legalIds: legalById,
      versionsOf: (id) => versionsById.get(id) ?? [],
      report: (path, message) =>
        report(
          located.file,
          `${located.path}${path}`,
          t("referentiel.problem.clauseContext", {
            id: located.item.id,
            version: located.item.version,
            reason: message,
          }),
        ),
    });
    if (problems.length === before) validClauses.push(located.item);
  }

  return {
    referentiel: createReferentiel({
      segments: [...segmentsById.values()],
      legalTexts: [...legalById.values()],
      clauses: validClauses,
    }),
    problems,
  };
}

function clauseContext(raw: unknown): { id: string; version: string } | undefined {
  if (!isRecord(raw) || typeof raw.id !== "string") return undefined;
  return { id: raw.id, version: typeof raw.version === "number" ? String(raw.version) : "?" };
}

function uniqueById<T extends { id: string }>(
  located: readonly Located<T>[],
  key: MessageKey,
  report: (file: string, path: string, message: string) => void,
): Map<string, T> {
  const byId = new Map<string, T>();
  const where = new Map<string, string>();
  for (const { item, file, path } of located) {
    const first = where.get(item.id);
    if (first !== undefined) {
      report(file, `${path}.id`, t(key, { id: item.id, where: first }));
      continue;
    }
    byId.set(item.id, item);
    where.set(item.id, `${file} › ${path}`);
  }
  return byId;
}
