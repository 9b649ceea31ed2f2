import type { MessageKey } from "../i18n";
import type { Block, Clause } from "./schema";

// The inline markup of clause bodies: **bold**, *italic* and {{placeholder}}, nothing else. Renderers
// (Word, .docx, Teams) turn the runs into their own formatting; no text is ever interpreted as HTML.

export type Emphasis = "bold" | "italic";

export type InlineRun =
  | { readonly kind: "text"; readonly text: string }
  | { readonly kind: "bold"; readonly text: string }
  | { readonly kind: "italic"; readonly text: string }
  /** `emphasis` is set when the placeholder sits inside **…** or *…*. */
  | { readonly kind: "placeholder"; readonly name: string; readonly emphasis?: Emphasis };

export interface MarkupProblem {
  readonly key: MessageKey;
  readonly params: Readonly<Record<string, string>>;
}

const PLACEHOLDER_NAME = /^[a-z][a-zA-Z0-9]*$/;

interface Scan {
  readonly runs: InlineRun[];
  readonly problems: MarkupProblem[];
}

/**
 * Splits inline text into runs and reports malformed markup. Lenient: a marker that is not closed
 * is kept as literal text, so a renderer never loses words.
 */
export function scanInline(text: string): Scan {
  const runs: InlineRun[] = [];
  const problems: MarkupProblem[] = [];
  let open: { emphasis: Emphasis; runIndex: number; marker: string; empty: boolean } | undefined;
  let buffer = "";

  const flush = () => {
    if (buffer.length === 0) return;
    const kind = open?.emphasis ?? "text";
    const last = runs.at(-1);
    const mayMerge = open === undefined || runs.length > open.runIndex;
    if (mayMerge && last !== undefined && last.kind === kind && "text" in last) {
      runs[runs.length - 1] = { kind, text: last.text + buffer };
    } else {
      runs.push({ kind, text: buffer });
    }
    if (open) open.empty = false;
    buffer = "";
  };

  let i = 0;
  while (i < text.length) {
    if (text.startsWith("{{", i)) {
      const end = text.indexOf("}}", i + 2);
      if (end < 0) {
        problems.push({ key: "referentiel.problem.markup.unclosedPlaceholder", params: {} });
        buffer += text.slice(i);
        break;
      }
      const name = text.slice(i + 2, end).trim();
      if (!PLACEHOLDER_NAME.test(name)) {
        problems.push({ key: "referentiel.problem.markup.badName", params: { name } });
        buffer += text.slice(i, end + 2);
      } else {
        flush();
        runs.push(
          open ? { kind: "placeholder", name, emphasis: open.emphasis } : { kind: "placeholder", name },
        );
        if (open) open.empty = false;
      }
      i = end + 2;
      continue;
    }
    if (text.startsWith("}}", i)) {
      problems.push({ key: "referentiel.problem.markup.strayClose", params: {} });
      buffer += "}}";
      i += 2;
      continue;
    }
    if (text[i] === "*") {
      const marker = text.startsWith("**", i) ? "**" : "*";
      const emphasis: Emphasis = marker === "**" ? "bold" : "italic";
      flush();
      if (!open) {
        open = { emphasis, runIndex: runs.length, marker, empty: true };
      } else if (open.emphasis === emphasis) {
        if (open.empty) problems.push({ key: "referentiel.problem.markup.empty", params: {} });
        open = undefined;
      } else {
        problems.push({ key: "referentiel.problem.markup.nested", params: {} });
        buffer += marker;
      }
      i += marker.length;
      continue;
    }
    buffer += text[i];
    i++;
  }
  flush();
  if (open) {
    problems.push({
      key:
        open.emphasis === "bold"
          ? "referentiel.problem.markup.unclosedBold"
          : "referentiel.problem.markup.unclosedItalic",
      params: {},
    });
    // Give the unclosed marker back as text and the emphasised runs back as plain runs.
    const tail = runs.splice(open.runIndex);
    const literal: InlineRun[] = [{ kind: "text", text: open.marker }];
    for (const run of tail) {
      literal.push(
        run.kind === "placeholder"
          ? { kind: "placeholder", name: run.name }
          : { kind: "text", text: run.text },
      );
    }
    for (const run of literal) appendRun(runs, run);
  }
  return { runs, problems };
}

function appendRun(runs: InlineRun[], run: InlineRun): void {
  const last = runs.at(-1);
  if (last && last.kind === "text" && run.kind === "text")
    runs[runs.length - 1] = { kind: "text", text: last.text + run.text };
  else runs.push(run);
}

/** Runs of an inline text: « Le titulaire réalise **{{heures}} heures** d'insertion » → text, placeholder (bold), bold, text. */
export function parseInline(text: string): InlineRun[] {
  return scanInline(text).runs;
}

/** The inline texts of a block, in reading order. */
export function blockTexts(block: Block): readonly string[] {
  return block.type === "list" ? block.items : [block.text];
}

/** Placeholder names used in a clause body, in order of first appearance, each once. */
export function placeholdersIn(clause: Pick<Clause, "body">): string[] {
  const names: string[] = [];
  for (const block of clause.body) {
    for (const text of blockTexts(block)) {
      for (const run of parseInline(text)) {
        if (run.kind === "placeholder" && !names.includes(run.name)) names.push(run.name);
      }
    }
  }
  return names;
}

/** The text of runs with placeholders shown as « [name] » or filled by `value`: for plain-text previews. */
export function plainText(text: string, value: (name: string) => string = (name) => `[${name}]`): string {
  return parseInline(text)
    .map((run) => (run.kind === "placeholder" ? value(run.name) : run.text))
    .join("");
}
