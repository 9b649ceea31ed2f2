import type { Clause, DocumentType, Pillar } from "../referentiel";
import { describeSource, type Policy, type Source } from "../policies";
import { formatAmount, formatPercent, normalizeFrench } from "../text";
import { t } from "../i18n";
import type { ClauseLibrary } from "./library";
import { clauseSkeleton, containsSkeleton, fingerprintKey, fingerprintText } from "./fingerprint";
import { expandValues, renderClause } from "./render";
import { parseTag, type FilledValues } from "./tag";

// The audit is the same function for the task pane (controls read from Word) and for the CLI
// (controls read from the .docx): a document is judged identically wherever it is opened.

export type AuditStatus = "a-jour" | "version-depassee" | "retiree" | "modifiee-localement" | "inconnue";

/** A content control as a host reads it: its tag, its visible text, and a handle to select it. */
export interface TaggedControl {
  readonly tag: string;
  readonly text: string;
  readonly title?: string;
  /** Host handle (Word's content-control id); absent in the headless path. */
  readonly controlId?: number;
}

export interface AuditInput {
  readonly controls: readonly TaggedControl[];
  /** Document text outside SPASER controls, where pasted clauses (tag lost) are looked for. */
  readonly untaggedText?: string;
  readonly documentType?: DocumentType;
  /** Estimated amount of the contract, € HT, for threshold rules. */
  readonly amountHT?: number;
}

export interface AuditedClause {
  readonly id: string;
  readonly version: number;
  readonly status: AuditStatus;
  readonly title: string;
  readonly pillar?: Pillar;
  /** « tag »: found by its content control; « texte »: recognised by its wording, control lost. */
  readonly recognisedBy: "tag" | "texte";
  /** The text differs from what was inserted (also true for an outdated clause edited by hand). */
  readonly modified: boolean;
  readonly latestVersion?: number;
  readonly values?: FilledValues;
  readonly controlId?: number;
  readonly tag?: string;
}

export type Coverage = Readonly<Record<Pillar, number>>;

export type WarningCode = "no-environmental" | "insertion-missing" | "sme-advance-missing";
export interface CoverageWarning {
  readonly code: WarningCode;
  readonly message: string;
  /** The rule, in words, and where it comes from (describeSource). */
  readonly rule: string;
  readonly source: string;
}

export interface AuditReport {
  readonly clauses: readonly AuditedClause[];
  readonly coverage: Coverage;
  readonly warnings: readonly CoverageWarning[];
}

export function auditControl(control: TaggedControl, library: ClauseLibrary): AuditedClause | undefined {
  const tag = parseTag(control.tag);
  if (!tag) return undefined;
  const clause = library.get(tag.clauseId, tag.version) ?? library.get(tag.clauseId);
  const latest = library.latestValidated(tag.clauseId);
  const versionStatus = library.status(tag.clauseId, tag.version);
  const values =
    tag.values && clause?.version === tag.version ? expandValues(clause, tag.values) : tag.values;
  const expected =
    tag.fingerprint ||
    (values && clause?.version === tag.version ? renderClause(clause, values).fingerprint : "");
  const modified = expected !== "" && fingerprintText(control.text) !== expected;
  const status: AuditStatus = versionStatus === "a-jour" && modified ? "modifiee-localement" : versionStatus;
  return {
    id: tag.clauseId,
    version: tag.version,
    status,
    title: clause?.title ?? control.title ?? tag.clauseId,
    ...(clause ? { pillar: clause.pillar } : {}),
    recognisedBy: "tag",
    modified,
    ...(latest ? { latestVersion: latest.version } : {}),
    ...(values ? { values } : {}),
    ...(control.controlId !== undefined ? { controlId: control.controlId } : {}),
    tag: control.tag,
  };
}

/** Clauses whose fixed wording appears in untagged text, newest matching version first. */
export function recogniseUntagged(
  text: string,
  library: ClauseLibrary,
  skip: ReadonlySet<string>,
): AuditedClause[] {
  const keyed = fingerprintKey(text);
  if (!keyed) return [];
  const byId = new Map<string, Clause[]>();
  for (const clause of library.clauses) byId.set(clause.id, [...(byId.get(clause.id) ?? []), clause]);
  const found: AuditedClause[] = [];
  for (const [id, versions] of byId) {
    if (skip.has(id)) continue;
    const match = [...versions]
      .sort((a, b) => b.version - a.version)
      .find((clause) => containsSkeleton(keyed, clauseSkeleton(clause)));
    if (!match) continue;
    const latest = library.latestValidated(id);
    found.push({
      id,
      version: match.version,
      status: library.status(id, match.version),
      title: match.title,
      pillar: match.pillar,
      recognisedBy: "texte",
      modified: false,
      ...(latest ? { latestVersion: latest.version } : {}),
    });
  }
  return found;
}

export function coverageOf(clauses: readonly AuditedClause[]): Coverage {
  const coverage: Record<Pillar, number> = { environnemental: 0, social: 0, economique: 0 };
  for (const clause of clauses)
    if (clause.pillar && clause.status !== "inconnue") coverage[clause.pillar] += 1;
  return coverage;
}

// Art. L2112-2 CCP (loi Climat, art. 35): execution conditions include environmental considerations.
const ENVIRONMENTAL_LAW: Source = { kind: "law", text: "Art. L2112-2 CCP (loi n° 2021-1104, art. 35)" };

function isInsertionClause(clause: Clause): boolean {
  const words = [clause.id, clause.title, ...clause.keywords].map(normalizeFrench).join(" ");
  return clause.pillar === "social" && words.includes("insertion");
}

function isSmeAdvanceClause(clause: Clause): boolean {
  return clause.placeholders.some((p) => p.policyDefault === "sme-advance-percent");
}

function thresholdReached(
  applies: "below" | "at-most" | "at-least" | "above",
  amount: number,
  limit: number,
) {
  switch (applies) {
    case "below":
      return amount < limit;
    case "at-most":
      return amount <= limit;
    case "at-least":
      return amount >= limit;
    case "above":
      return amount > limit;
  }
}

export function coverageWarnings(
  clauses: readonly AuditedClause[],
  library: ClauseLibrary,
  policy: Policy,
  input: Pick<AuditInput, "documentType" | "amountHT">,
): CoverageWarning[] {
  const warnings: CoverageWarning[] = [];
  const known = clauses
    .filter((c) => c.status !== "inconnue")
    .map((c) => library.get(c.id, c.version))
    .filter((c): c is Clause => c !== undefined);
  if (!known.some((c) => c.pillar === "environnemental")) {
    const rule = t("dce.rule.environmental");
    warnings.push({
      code: "no-environmental",
      message: t("dce.warning.noEnvironmental"),
      rule,
      source: describeSource(ENVIRONMENTAL_LAW),
    });
  }
  const threshold = policy.thresholds.find((th) => th.id === "insertion-study");
  if (
    threshold &&
    input.amountHT !== undefined &&
    thresholdReached(threshold.applies, input.amountHT, threshold.amountHT) &&
    !known.some(isInsertionClause)
  ) {
    warnings.push({
      code: "insertion-missing",
      message: t("dce.warning.insertionMissing", {
        amount: formatAmount(input.amountHT, { tax: "HT", wholeEuros: true }),
        threshold: formatAmount(threshold.amountHT, { tax: "HT", wholeEuros: true }),
      }),
      rule: threshold.label,
      source: describeSource(threshold.source),
    });
  }
  if (input.documentType === "ccap" && policy.smeAdvance && !known.some(isSmeAdvanceClause)) {
    warnings.push({
      code: "sme-advance-missing",
      message: t("dce.warning.smeAdvanceMissing"),
      rule: t("dce.rule.smeAdvance", { percent: formatPercent(policy.smeAdvance.percent) }),
      source: describeSource(policy.smeAdvance.source),
    });
  }
  return warnings;
}

/** The full audit of a document: statuses, coverage per pillar, and the policy's warnings. */
export function auditDocument(input: AuditInput, library: ClauseLibrary, policy: Policy): AuditReport {
  const tagged = input.controls
    .map((control) => auditControl(control, library))
    .filter((c): c is AuditedClause => c !== undefined);
  const untagged = input.untaggedText
    ? recogniseUntagged(input.untaggedText, library, new Set(tagged.map((c) => c.id)))
    : [];
  const clauses = [...tagged, ...untagged];
  return {
    clauses,
    coverage: coverageOf(clauses),
    warnings: coverageWarnings(clauses, library, policy, input),
  };
}
