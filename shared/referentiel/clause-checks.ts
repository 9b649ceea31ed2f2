import { t } from "../i18n";
import { blockTexts, scanInline } from "./inline";
import { TRANSVERSE, type Clause, type LegalText, type Placeholder } from "./schema";

// The checks of one clause that a schema cannot express: references to segments and legal texts,
// articles cited in the text, placeholders against the body, defaults, governance, markup. The loader
// (loader.ts) runs them on every clause that passed the schema.

/** Edit distance, to suggest the identifier a writer probably meant. */
function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current.push(
        Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost),
      );
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

export function suggestion(id: string, known: Iterable<string>): string {
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(id.length / 4)) + 1;
  for (const candidate of known) {
    const d = distance(id, candidate);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best === undefined ? "" : t("referentiel.problem.suggestion", { id: best });
}

/** « L2113-12 », « R2152-9 », « D543-281 »: article numbers as codes print them. */
const ARTICLE = /\b[LRD]\s?\d{3,4}(?:-\d+)+\b/g;

export interface ClauseCheckContext {
  readonly segmentIds: ReadonlyMap<string, unknown>;
  readonly legalIds: ReadonlyMap<string, LegalText>;
  readonly versionsOf: (id: string) => readonly number[];
  /** `path` is relative to the clause: « .legalBases[2] ». */
  readonly report: (path: string, message: string) => void;
}

/** What the schema cannot say: references, placeholders vs body, defaults, governance, markup. */
export function checkClause(clause: Clause, context: ClauseCheckContext): void {
  const { report } = context;

  clause.segments.forEach((segment, index) => {
    if (segment !== TRANSVERSE && !context.segmentIds.has(segment)) {
      report(
        `.segments[${index}]`,
        t("referentiel.problem.unknownSegment", {
          id: segment,
          known: [...context.segmentIds.keys()].join(", "),
          suggestion: suggestion(segment, [...context.segmentIds.keys(), TRANSVERSE]),
        }),
      );
    }
  });

  clause.legalBases.forEach((id, index) => {
    if (!context.legalIds.has(id)) {
      report(
        `.legalBases[${index}]`,
        t("referentiel.problem.unknownLegal", { id, suggestion: suggestion(id, context.legalIds.keys()) }),
      );
    }
  });

  // An article named in the text must be one of the clause's legal bases, or the audit trail and the
  // « Bases juridiques » panel would cite less than the clause itself does.
  const citations = clause.legalBases
    .map((id) => context.legalIds.get(id)?.citation ?? "")
    .join(" ")
    .replace(/\s/g, "");
  clause.body.forEach((block, blockIndex) => {
    blockTexts(block).forEach((text, textIndex) => {
      for (const [article] of text.matchAll(ARTICLE)) {
        if (citations.includes(article.replace(/\s/g, ""))) continue;
        const path =
          block.type === "list" ? `.body[${blockIndex}].items[${textIndex}]` : `.body[${blockIndex}].text`;
        report(path, t("referentiel.problem.articleNotInLegalBases", { article }));
      }
    });
  });

  // Placeholders: body markup, used vs declared.
  const declared = new Map<string, number>();
  clause.placeholders.forEach((placeholder, index) => {
    if (declared.has(placeholder.name)) {
      report(
        `.placeholders[${index}].name`,
        t("referentiel.problem.duplicatePlaceholder", { name: placeholder.name }),
      );
    } else {
      declared.set(placeholder.name, index);
    }
    checkPlaceholderValues(placeholder, (path, message) => report(`.placeholders[${index}]${path}`, message));
  });
  const used = new Set<string>();
  clause.body.forEach((block, blockIndex) => {
    blockTexts(block).forEach((text, textIndex) => {
      const path =
        block.type === "list" ? `.body[${blockIndex}].items[${textIndex}]` : `.body[${blockIndex}].text`;
      const { runs, problems } = scanInline(text);
      for (const problem of problems) report(path, t(problem.key, problem.params));
      for (const run of runs) {
        if (run.kind !== "placeholder") continue;
        if (!declared.has(run.name) && !used.has(run.name)) {
          report(path, t("referentiel.problem.undeclaredPlaceholder", { name: run.name }));
        }
        used.add(run.name);
      }
    });
  });
  for (const [name, index] of declared) {
    if (!used.has(name))
      report(`.placeholders[${index}].name`, t("referentiel.problem.unusedPlaceholder", { name }));
  }

  // Governance.
  const governance = clause.governance;
  if (governance.status === "validee") {
    const missing = [
      governance.validatedBy === undefined || governance.validatedBy.trim() === ""
        ? "« validatedBy »"
        : undefined,
      governance.validatedOn === undefined ? "« validatedOn »" : undefined,
    ].filter((m): m is string => m !== undefined);
    if (missing.length > 0)
      report(".governance", t("referentiel.problem.validatedWithout", { missing: missing.join(" et ") }));
  }
  if (governance.insertable === true && governance.status !== "validee") {
    report(
      ".governance.insertable",
      t("referentiel.problem.insertableNotValidated", { status: governance.status }),
    );
  }
  if (governance.status === "retiree" && (governance.retiredReason ?? "").trim().length === 0) {
    report(".governance", t("referentiel.problem.retiredWithoutReason"));
  }
  if (governance.supersedes !== undefined) {
    if (governance.supersedes >= clause.version) {
      report(
        ".governance.supersedes",
        t("referentiel.problem.supersedesNotLower", {
          supersedes: governance.supersedes,
          version: clause.version,
        }),
      );
    } else if (!context.versionsOf(clause.id).includes(governance.supersedes)) {
      report(
        ".governance.supersedes",
        t("referentiel.problem.supersedesMissing", {
          supersedes: governance.supersedes,
          id: clause.id,
          known:
            context
              .versionsOf(clause.id)
              .filter((v) => v !== clause.version)
              .join(", ") || "aucune",
        }),
      );
    }
  }
}

function checkPlaceholderValues(
  placeholder: Placeholder,
  report: (path: string, message: string) => void,
): void {
  if (placeholder.type === "choice") {
    if (placeholder.default !== undefined && !placeholder.options.includes(placeholder.default)) {
      report(
        ".default",
        t("referentiel.problem.choiceDefault", {
          value: placeholder.default,
          options: placeholder.options.map((o) => `« ${o} »`).join(", "),
        }),
      );
    }
    return;
  }
  if (placeholder.type === "text") return;
  const { min, max } = placeholder;
  if (min !== undefined && max !== undefined && min > max) {
    report(".min", t("referentiel.problem.minAboveMax", { min, max }));
  }
  const value = placeholder.default;
  if (value === undefined) return;
  if (min !== undefined && value < min)
    report(".default", t("referentiel.problem.defaultBelowMin", { value, min }));
  if (max !== undefined && value > max)
    report(".default", t("referentiel.problem.defaultAboveMax", { value, max }));
}
