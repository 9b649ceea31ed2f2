import { formatPlaceholderValue, placeholderDefault, type Clause, type Placeholder } from "../referentiel";
import type { Policy } from "../policies";
import {
  formatAmount,
  formatNumber,
  formatPercent,
  normalizeFrench,
  parseFrenchAmount,
  parseFrenchNumber,
  parseFrenchPercent,
  parsed,
} from "../text";
import { errorMessage, type ErrorCode, type MessageParams } from "../i18n";
import type { FilledValue, FilledValues } from "./tag";

// Filling a clause: the drafter types French text, the engine keeps typed values (numbers as numbers,
// percentages in points, amounts in euros) and says in French what is wrong with each field.

export interface FieldProblem {
  readonly code: ErrorCode;
  readonly params: MessageParams;
  readonly message: string;
}

export interface FillResult {
  readonly values: FilledValues;
  /** Keyed by placeholder name; empty when every value is valid. */
  readonly problems: Readonly<Record<string, FieldProblem>>;
  readonly ok: boolean;
}

const problem = (code: ErrorCode, params: MessageParams): FieldProblem => ({
  code,
  params,
  message: errorMessage(code, params),
});

/** The value a placeholder starts with: the active policy's figure first, then the clause's (référentiel rule). */
export function defaultValue(placeholder: Placeholder, policy?: Policy): FilledValue | undefined {
  return placeholderDefault(placeholder, policy).value;
}

export function defaultValues(clause: Clause, policy?: Policy): FilledValues {
  const values: Record<string, FilledValue> = {};
  for (const placeholder of clause.placeholders) {
    const value = defaultValue(placeholder, policy);
    if (value !== undefined) values[placeholder.name] = value;
  }
  return values;
}

/** The text a value reads as in a clause and in a form field (« 30 % », « 1 234,56 € HT »…). */
export function formatValue(placeholder: Placeholder, value: FilledValue): string {
  return formatPlaceholderValue(placeholder, value);
}

/** Reads one typed value from what the drafter typed (or from a stored value). */
export function parseValue(
  placeholder: Placeholder,
  input: FilledValue | undefined,
): { value?: FilledValue; problem?: FieldProblem } {
  const label = placeholder.label;
  const raw = typeof input === "string" ? input.trim() : input;
  if (raw === undefined || raw === "") {
    return placeholder.required ? { problem: problem("DCE_VALUE_REQUIRED", { label }) } : {};
  }
  switch (placeholder.type) {
    case "text":
      return { value: String(raw) };
    case "choice": {
      const wanted = normalizeFrench(String(raw));
      const option = placeholder.options.find((o) => normalizeFrench(o) === wanted);
      return option
        ? { value: option }
        : {
            problem: problem("DCE_VALUE_CHOICE", {
              label,
              value: String(raw),
              options: placeholder.options.join(" ; "),
            }),
          };
    }
    case "integer":
    case "number": {
      const unitless = typeof raw === "string" && placeholder.unit ? stripUnit(raw, placeholder.unit) : raw;
      const read = parseFrenchNumber(unitless);
      if (!read.ok) return { problem: problem("DCE_VALUE_NUMBER", { label, value: String(raw) }) };
      if (placeholder.type === "integer" && !Number.isInteger(read.value)) {
        return { problem: problem("DCE_VALUE_INTEGER", { label, value: String(raw) }) };
      }
      return bounded(placeholder, read.value, formatNumber);
    }
    case "percent": {
      // A stored value is already in points (30 = 30 %); only typed text may be a ratio (« 0,3 »).
      const read = typeof raw === "number" ? parsed(raw) : parseFrenchPercent(raw);
      if (!read.ok) return { problem: problem("DCE_VALUE_PERCENT", { label, value: String(raw) }) };
      return bounded(
        { ...placeholder, min: placeholder.min ?? 0, max: placeholder.max ?? 100 },
        read.value,
        (v) => formatPercent(v),
      );
    }
    case "amount": {
      const read = parseFrenchAmount(raw);
      if (!read.ok) return { problem: problem("DCE_VALUE_AMOUNT", { label, value: String(raw) }) };
      if (read.value.tax && read.value.tax !== placeholder.tax) {
        return {
          problem: problem("DCE_VALUE_TAX", { label, expected: placeholder.tax, value: String(raw) }),
        };
      }
      return bounded(placeholder, read.value.value, (v) =>
        formatAmount(v, { tax: placeholder.tax, wholeEuros: true }),
      );
    }
  }
}

function stripUnit(raw: string, unit: string): string {
  const text = raw.trim();
  return normalizeFrench(text).endsWith(normalizeFrench(unit))
    ? text.slice(0, text.length - unit.length)
    : text;
}

function bounded(
  placeholder: { label: string; min?: number; max?: number },
  value: number,
  format: (v: number) => string,
): { value?: FilledValue; problem?: FieldProblem } {
  if (placeholder.min !== undefined && value < placeholder.min) {
    return { problem: problem("DCE_VALUE_MIN", { label: placeholder.label, min: format(placeholder.min) }) };
  }
  if (placeholder.max !== undefined && value > placeholder.max) {
    return { problem: problem("DCE_VALUE_MAX", { label: placeholder.label, max: format(placeholder.max) }) };
  }
  return { value };
}

/**
 * Checks every placeholder of `clause` against the typed input; a field left empty takes its default
 * (policy first, then the référentiel). Unknown names are refused so a typo in `--set` is noticed.
 */
export function fillClause(
  clause: Clause,
  input: Readonly<Record<string, FilledValue | undefined>>,
  policy?: Policy,
): FillResult {
  const values: Record<string, FilledValue> = {};
  const problems: Record<string, FieldProblem> = {};
  for (const name of Object.keys(input)) {
    if (!clause.placeholders.some((p) => p.name === name)) {
      problems[name] = problem("DCE_VALUE_UNKNOWN_FIELD", {
        name,
        clause: clause.id,
        known: clause.placeholders.map((p) => p.name).join(", ") || "aucun",
      });
    }
  }
  for (const placeholder of clause.placeholders) {
    const typed = input[placeholder.name];
    const given =
      typed === undefined || (typeof typed === "string" && typed.trim() === "") ? undefined : typed;
    const read = parseValue(placeholder, given ?? defaultValue(placeholder, policy));
    if (read.problem) problems[placeholder.name] = read.problem;
    else if (read.value !== undefined) values[placeholder.name] = read.value;
  }
  return { values, problems, ok: Object.keys(problems).length === 0 };
}
