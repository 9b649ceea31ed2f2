import type { Clause } from "../referentiel";
import { formatValue } from "./values";
import { tokenizeInline } from "./inline";
import { fingerprintText } from "./fingerprint";
import { formatTag, type FilledValue, type FilledValues } from "./tag";

// A clause + its values → a neutral document model that every writer turns into its own format:
// OOXML (shared/docx), HTML for the clipboard and the preview, plain text for fingerprints.
// Lists carry their marker as text (« 1. », « – »): it renders the same in Word, Word on the web and
// LibreOffice, survives copy/paste as text, and needs no numbering part in the target document.

export interface DocRun {
  readonly text: string;
  readonly bold?: boolean;
  readonly italic?: boolean;
  /** Set on the runs that hold a filled value (or the blank of a missing one). */
  readonly placeholder?: string;
  /** True when the placeholder had no value: shown as « [libellé] » to be completed. */
  readonly missing?: boolean;
}

export type DocBlock =
  | { readonly kind: "heading"; readonly runs: readonly DocRun[] }
  | { readonly kind: "paragraph"; readonly runs: readonly DocRun[] }
  | { readonly kind: "list-item"; readonly marker: string; readonly runs: readonly DocRun[] };

export interface RenderedClause {
  readonly clauseId: string;
  readonly version: number;
  readonly title: string;
  readonly blocks: readonly DocBlock[];
  /** Paragraphs joined by « \n », list markers included: what a reader of the document sees. */
  readonly text: string;
  readonly fingerprint: string;
  readonly tag: string;
  /** False when the values were too long to be kept in the tag (tag.ts). */
  readonly valuesKept: boolean;
  readonly values: FilledValues;
}

export const BULLET = "\u2013";

function renderInline(clause: Clause, source: string, values: FilledValues): DocRun[] {
  return tokenizeInline(source).map((token) => {
    const style = { ...(token.bold ? { bold: true } : {}), ...(token.italic ? { italic: true } : {}) };
    if (token.kind === "text") return { text: token.text, ...style };
    const placeholder = clause.placeholders.find((p) => p.name === token.name);
    const value = values[token.name];
    if (!placeholder || value === undefined) {
      return {
        text: `[${placeholder?.label ?? token.name}]`,
        placeholder: token.name,
        missing: true,
        ...style,
      };
    }
    return { text: formatValue(placeholder, value), placeholder: token.name, ...style };
  });
}

export function blockText(block: DocBlock): string {
  const text = block.runs.map((r) => r.text).join("");
  return block.kind === "list-item" ? `${block.marker} ${text}` : text;
}

export function renderClause(clause: Clause, values: FilledValues = {}): RenderedClause {
  const blocks: DocBlock[] = [];
  for (const block of clause.body) {
    switch (block.type) {
      case "heading":
      case "paragraph":
        blocks.push({ kind: block.type, runs: renderInline(clause, block.text, values) });
        break;
      case "list":
        block.items.forEach((item, index) =>
          blocks.push({
            kind: "list-item",
            marker: block.ordered ? `${index + 1}.` : BULLET,
            runs: renderInline(clause, item, values),
          }),
        );
        break;
    }
  }
  const text = blocks.map(blockText).join("\n");
  const fingerprint = fingerprintText(text);
  const kept = Object.fromEntries(
    Object.entries(values).filter(([name]) => clause.placeholders.some((p) => p.name === name)),
  );
  const { tag, valuesKept } = formatTag({
    clauseId: clause.id,
    version: clause.version,
    fingerprint,
    ...(clause.placeholders.length > 0 ? { values: compactValues(clause, kept) } : {}),
  });
  return {
    clauseId: clause.id,
    version: clause.version,
    title: clause.title,
    blocks,
    text,
    fingerprint,
    tag,
    valuesKept,
    values: kept,
  };
}

/** The values worth storing in the tag: those that differ from the clause version's own defaults. */
export function compactValues(clause: Clause, values: FilledValues): FilledValues {
  return Object.fromEntries(
    Object.entries(values).filter(
      ([name, value]) => clause.placeholders.find((p) => p.name === name)?.default !== value,
    ),
  );
}

/** Values read from a tag, completed with the defaults of the clause version it was written for. */
export function expandValues(clause: Clause, stored: FilledValues): FilledValues {
  const values: Record<string, FilledValue> = {};
  for (const placeholder of clause.placeholders) {
    if (placeholder.default !== undefined) values[placeholder.name] = placeholder.default;
  }
  return { ...values, ...stored };
}

/** Word shows 64 characters of a content control's title. */
export const TITLE_MAX_LENGTH = 64;
export function controlTitle(title: string): string {
  return title.length <= TITLE_MAX_LENGTH ? title : `${title.slice(0, TITLE_MAX_LENGTH - 1)}…`;
}

const escapeHtml = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

function runsHtml(runs: readonly DocRun[]): string {
  return runs
    .map((run) => {
      let html = escapeHtml(run.text);
      if (run.italic) html = `<em>${html}</em>`;
      if (run.bold) html = `<strong>${html}</strong>`;
      return html;
    })
    .join("");
}

/** HTML for the clipboard (« Copier ») and previews: every text escaped, lists as real HTML lists. */
export function renderHtml(rendered: RenderedClause): string {
  const parts: string[] = [];
  let openList: "ol" | "ul" | undefined;
  const close = () => {
    if (openList) parts.push(`</${openList}>`);
    openList = undefined;
  };
  for (const block of rendered.blocks) {
    if (block.kind === "list-item") {
      const kind = block.marker === BULLET ? "ul" : "ol";
      if (openList !== kind) {
        close();
        parts.push(`<${kind}>`);
        openList = kind;
      }
      parts.push(`<li>${runsHtml(block.runs)}</li>`);
      continue;
    }
    close();
    parts.push(
      block.kind === "heading" ? `<h3>${runsHtml(block.runs)}</h3>` : `<p>${runsHtml(block.runs)}</p>`,
    );
  }
  close();
  return parts.join("");
}
