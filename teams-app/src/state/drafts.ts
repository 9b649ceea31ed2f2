import {
  dossierSchema,
  leverRefSchema,
  type Decision,
  type DecisionOutcome,
  type Dossier,
  type LeverRef,
  type Procedure,
  type Provision,
  type ProvisionKind,
  type SegmentId,
} from "../../../shared/agenda";
import { errorMessage } from "../../../shared/i18n";
import {
  formatNumber,
  parseFrenchAmount,
  parseFrenchDate,
  parseFrenchNumber,
  type ParseResult,
} from "../../../shared/text";

// Forms keep what the user typed as text (a draft, kept across reloads) and turn it into records here,
// once: French numbers and dates are parsed at this edge, and each problem names its field.

export interface DossierDraft {
  object: string;
  direction: string;
  segmentId: SegmentId;
  procedure: Procedure;
  amount: string;
  publication: string;
  contractEnd: string;
  award: string;
  presenter: string;
  duration: string;
  recurring: boolean;
  targeted: boolean;
  /** Référentiel clauses picked in the lever picker, with the version read. */
  levers: LeverRef[];
}

export type FieldErrors<T> = Partial<Record<keyof T, string>>;

export function dossierDraftOf(dossier?: Dossier): DossierDraft {
  const date = (value: string | undefined) => (value ? value.split("-").reverse().join("/") : "");
  return {
    object: dossier?.object ?? "",
    direction: dossier?.direction ?? "",
    segmentId: dossier?.segmentId ?? "fournitures-moyens-generaux",
    procedure: dossier?.procedure ?? "appel-offres-ouvert",
    amount: dossier?.estimatedAmountHT === undefined ? "" : formatNumber(dossier.estimatedAmountHT),
    publication: date(dossier?.plannedPublicationDate),
    contractEnd: date(dossier?.currentContractEnd),
    award: date(dossier?.plannedAwardDate),
    presenter: dossier?.presenter ?? "",
    duration: String(dossier?.durationMinutes ?? 15),
    recurring: dossier?.recurring ?? false,
    targeted: dossier?.targeted ?? false,
    levers: (dossier?.proposedLevers ?? []).map((l) => ({ ...l })),
  };
}

const message = <T>(result: ParseResult<T> & { ok: false }) => errorMessage(result.code, result.params);

function optionalDate(text: string, errors: string[]): string | undefined {
  if (text.trim() === "") return undefined;
  const result = parseFrenchDate(text);
  if (result.ok) return result.value;
  errors.push(message(result));
  return undefined;
}

/** « clause-insertion-btp v2 » or « clause-insertion-btp » (version 1), one per line or comma. */
export function parseLevers(text: string): { levers: Dossier["proposedLevers"]; errors: string[] } {
  const levers: Dossier["proposedLevers"] = [];
  const errors: string[] = [];
  for (const raw of text.split(/[\n,;]+/)) {
    const entry = raw.trim();
    if (entry === "") continue;
    const match = /^([a-z0-9]+(?:-[a-z0-9]+)*)(?:\s+v(\d+))?$/.exec(entry);
    if (!match?.[1]) {
      errors.push(
        `« ${entry} » : identifiant de clause attendu (minuscules, chiffres, tirets), suivi ou non de v2`,
      );
      continue;
    }
    levers.push({ clauseId: match[1], version: match[2] ? Number(match[2]) : 1 });
  }
  return { levers, errors };
}

/**
 * The levers of a dossier draft. Drafts kept from before the lever picker (sessionStorage survives a
 * reload) hold the typed text « clause-insertion-btp v2 » instead of a list: it is read the way the old
 * form read it, and what is not a clause id is dropped.
 */
export function leversOfDraft(value: unknown): LeverRef[] {
  if (typeof value === "string") return parseLevers(value).levers;
  if (!Array.isArray(value)) return [];
  return value.flatMap((v: unknown) => {
    const parsed = leverRefSchema.safeParse(v);
    return parsed.success ? [parsed.data] : [];
  });
}

/** The dossier the draft describes, or the problems per field (in French). */
export function dossierFromDraft(
  draft: DossierDraft,
  base: Pick<Dossier, "id" | "sessionId"> & Partial<Dossier>,
): { dossier: Dossier; errors?: undefined } | { dossier?: undefined; errors: FieldErrors<DossierDraft> } {
  const errors: FieldErrors<DossierDraft> = {};
  const field = (name: keyof DossierDraft, list: string[]) => {
    if (list.length > 0) errors[name] = list.join(" ");
  };
  if (draft.object.trim() === "") errors.object = "Indiquez l'objet du marché.";
  if (draft.direction.trim() === "") errors.direction = "Indiquez la direction qui porte le dossier.";
  let amount: number | undefined;
  if (draft.amount.trim() !== "") {
    const result = parseFrenchAmount(draft.amount);
    if (!result.ok) errors.amount = message(result);
    else if (result.value.tax === "TTC") errors.amount = "Indiquez le montant estimé hors taxes (HT).";
    else amount = result.value.value;
  }
  const dateErrors = { publication: [] as string[], contractEnd: [] as string[], award: [] as string[] };
  const publication = optionalDate(draft.publication, dateErrors.publication);
  const contractEnd = optionalDate(draft.contractEnd, dateErrors.contractEnd);
  const award = optionalDate(draft.award, dateErrors.award);
  field("publication", dateErrors.publication);
  field("contractEnd", dateErrors.contractEnd);
  field("award", dateErrors.award);
  const duration = parseFrenchNumber(draft.duration);
  if (!duration.ok || !Number.isInteger(duration.value) || duration.value <= 0) {
    errors.duration = "Durée en minutes attendue (nombre entier positif, par exemple 20).";
  }
  if (Object.keys(errors).length > 0) return { errors };
  const {
    plannedPublicationDate: _p,
    currentContractEnd: _c,
    plannedAwardDate: _a,
    estimatedAmountHT: _m,
    presenter: _r,
    ...kept
  } = base;
  const dossier = dossierSchema.parse({
    ...kept,
    object: draft.object.trim(),
    direction: draft.direction.trim(),
    segmentId: draft.segmentId,
    procedure: draft.procedure,
    ...(amount !== undefined ? { estimatedAmountHT: amount } : {}),
    ...(publication ? { plannedPublicationDate: publication } : {}),
    ...(contractEnd ? { currentContractEnd: contractEnd } : {}),
    ...(award ? { plannedAwardDate: award } : {}),
    ...(draft.presenter.trim() ? { presenter: draft.presenter.trim() } : {}),
    durationMinutes: duration.ok ? duration.value : 15,
    recurring: draft.recurring,
    targeted: draft.targeted,
    proposedLevers: leversOfDraft(draft.levers),
  });
  return { dossier };
}

export interface ProvisionDraft {
  kind: ProvisionKind;
  hours: string;
  weight: string;
  /** The clause named by the provision, as « clause-id v2 » (see `leverKey`); empty for none. */
  clause: string;
  note: string;
}

/** How a clause reference is kept in a provision draft and in the clause select: « clause-id v2 ». */
export const leverKey = (ref: LeverRef): string => `${ref.clauseId} v${ref.version}`;

/** One choice of a provision's clause select: a clause reference, or text kept from an older draft. */
export interface ClauseChoice {
  readonly key: string;
  readonly ref?: LeverRef;
}

/**
 * The select value of a provision's clause: « clause-id v2 » for a clause reference (« clause-id » alone,
 * typed before the select, reads as v1), the text itself otherwise, "" for none.
 */
export function clauseKeyOf(current: string): string {
  const text = current.trim();
  if (text === "") return "";
  const { levers, errors } = parseLevers(text);
  const ref = errors.length === 0 && levers.length === 1 ? levers[0] : undefined;
  return ref ? leverKey(ref) : text;
}

/**
 * The clauses a provision may name: the dossier's proposed levers, then the one the provision already
 * holds when it is not among them (a decision recorded with a typed id, a lever since removed from the
 * dossier), so that opening and saving a decision never drops its clause. Text typed in a draft from
 * before the select that is no clause id is kept as is: saving then says what is wrong with it.
 */
export function provisionClauseChoices(proposed: readonly LeverRef[], current: string): ClauseChoice[] {
  const choices: ClauseChoice[] = proposed.map((ref) => ({ key: leverKey(ref), ref }));
  const key = clauseKeyOf(current);
  if (key === "" || choices.some((c) => c.key === key)) return choices;
  const [ref] = parseLevers(key).levers;
  return [...choices, ref && leverKey(ref) === key ? { key, ref } : { key }];
}

export interface DecisionDraft {
  outcome: DecisionOutcome;
  conditions: string;
  note: string;
  provisions: ProvisionDraft[];
}

export function decisionDraftOf(decision?: Decision): DecisionDraft {
  return {
    outcome: decision?.outcome ?? "validee",
    conditions: (decision?.conditions ?? []).join("\n"),
    note: decision?.note ?? "",
    provisions: (decision?.provisions ?? []).map((p) => ({
      kind: p.kind,
      hours: p.plannedHours === undefined ? "" : formatNumber(p.plannedHours),
      weight: p.weightPercent === undefined ? "" : formatNumber(p.weightPercent),
      clause: p.clause ? leverKey(p.clause) : "",
      note: p.note ?? "",
    })),
  };
}

/** Turns the provision lines of a decision form into provisions, or French problems. */
export function provisionsFromDraft(drafts: readonly ProvisionDraft[]): {
  provisions: Provision[];
  errors: string[];
} {
  const provisions: Provision[] = [];
  const errors: string[] = [];
  drafts.forEach((draft, index) => {
    const where = `Disposition ${index + 1}`;
    const provision: Provision = { kind: draft.kind };
    if (draft.hours.trim() !== "") {
      const hours = parseFrenchNumber(draft.hours);
      if (!hours.ok || hours.value < 0)
        errors.push(`${where} : nombre d'heures illisible (« ${draft.hours} »).`);
      else provision.plannedHours = hours.value;
    }
    if (draft.weight.trim() !== "") {
      const weight = parseFrenchNumber(draft.weight.replace(/%\s*$/, ""));
      if (!weight.ok || weight.value < 0 || weight.value > 100) {
        errors.push(`${where} : pondération entre 0 et 100 % attendue (« ${draft.weight} »).`);
      } else provision.weightPercent = weight.value;
    }
    if (draft.clause.trim() !== "") {
      const lever = parseLevers(draft.clause);
      if (lever.errors.length > 0 || !lever.levers[0]) errors.push(`${where} : ${lever.errors.join(" ")}`);
      else provision.clause = lever.levers[0];
    }
    if (draft.note.trim() !== "") provision.note = draft.note.trim();
    provisions.push(provision);
  });
  return { provisions, errors };
}

export const linesOf = (text: string): string[] =>
  text
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line !== "");
