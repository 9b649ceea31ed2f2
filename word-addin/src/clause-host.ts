import type { RenderedClause, TaggedControl } from "../../shared/dce";

// What the task pane's views may ask of where they run. The Word host (host.ts) does everything; the
// standalone host (plain browser) has no open document: it copies and builds a .docx instead.

export interface DocumentClauses {
  /** Every content control of the document (body, headers, footers), SPASER or not. */
  readonly controls: readonly TaggedControl[];
  /** Body text outside SPASER controls, where pasted clauses (tag lost) are looked for. */
  readonly untaggedText: string;
  readonly title?: string;
  /** Known only on WordApi 1.4+ (change-tracking mode). */
  readonly trackChanges?: boolean;
}

export interface WordCapabilities {
  /** Insert, tag, audit, update (the product's baseline: Office 2019/2021, Word on the web). */
  readonly wordApi13: boolean;
  /** Change-tracking mode can be read (shown in the audit). */
  readonly wordApi14: boolean;
}

export interface ClauseHost {
  readonly kind: "word" | "standalone";
  readonly capabilities: WordCapabilities;
  /** Inserts at the selection as a tagged content control; returns the control's id. */
  insertClause?(rendered: RenderedClause): Promise<number>;
  readClauses?(): Promise<DocumentClauses>;
  selectClause?(controlId: number): Promise<void>;
  /** Replaces a control's content and tag by a new rendering, keeping the control. */
  updateClause?(controlId: number, rendered: RenderedClause): Promise<void>;
  documentTitle?(): Promise<string | undefined>;
}
