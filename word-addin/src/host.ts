// The ONLY file of the Word add-in that talks to Word (STYLE.md): everything else receives these
// functions (ClauseHost) and can run against a fake or the standalone .docx host.
// WordApi 1.3 is the baseline (Office 2019/2021); every call below exists there. Each action is one
// Word.run with one context.sync(), whatever the number of controls (PLATFORM-NOTES: batch).
import { controlTitle, isSpaserTag, type RenderedClause, type TaggedControl } from "../../shared/dce";
import { clauseOoxmlPackage } from "../../shared/docx/clause-ooxml";
import { SpaserError, toSpaserError } from "../../shared/errors";
import { detectOfficeHost, type OfficeHostInfo } from "../../shared/ui";
import type { ClauseHost, DocumentClauses, WordCapabilities } from "./clause-host";

export function detectWordHost(): Promise<OfficeHostInfo> {
  return detectOfficeHost("Word");
}

export function wordCapabilities(): WordCapabilities {
  const requirements = (globalThis as { Office?: typeof Office }).Office?.context?.requirements;
  const supports = (version: string) => requirements?.isSetSupported("WordApi", version) ?? false;
  return { wordApi13: supports("1.3"), wordApi14: supports("1.4") };
}

async function run<T>(batch: (context: Word.RequestContext) => Promise<T>): Promise<T> {
  try {
    return await Word.run(batch);
  } catch (error) {
    if (error instanceof SpaserError) throw error;
    const code = (error as { code?: string } | undefined)?.code;
    if (code === "ItemNotFound") throw new SpaserError("DCE_CONTROL_NOT_FOUND", {}, { cause: error });
    throw new SpaserError(
      "DCE_HOST_FAILED",
      { detail: toSpaserError(error).params.detail ?? "" },
      {
        cause: error,
      },
    );
  }
}

/**
 * Inserts the clause after the selection, inside a new block content control tagged and titled as
 * the .docx writer does. The document's track-changes mode applies by itself: it is never changed.
 */
export function insertClause(rendered: RenderedClause): Promise<number> {
  return run(async (context) => {
    const paragraph = context.document.getSelection().insertParagraph("", "After");
    const control = paragraph.insertContentControl();
    control.tag = rendered.tag;
    control.title = controlTitle(rendered.title);
    control.appearance = "BoundingBox";
    control.insertOoxml(clauseOoxmlPackage(rendered), "Replace");
    control.load("id");
    await context.sync();
    return control.id;
  });
}

/** Every content control (tag, title, text) and the untagged body text, in one sync. */
export function readClauses(capabilities: WordCapabilities = wordCapabilities()): Promise<DocumentClauses> {
  return run(async (context) => {
    const controls = context.document.contentControls.load("items/id,items/tag,items/title,items/text");
    const body = context.document.body.load("text");
    const properties = context.document.properties.load("title");
    if (capabilities.wordApi14) context.document.load("changeTrackingMode");
    await context.sync();
    const read: TaggedControl[] = controls.items.map((c) => ({
      tag: c.tag ?? "",
      text: c.text ?? "",
      title: c.title ?? "",
      controlId: c.id,
    }));
    // Pasted clauses are looked for in the text outside our controls.
    let untaggedText = body.text ?? "";
    for (const control of read) {
      if (isSpaserTag(control.tag) && control.text) untaggedText = untaggedText.replace(control.text, "\n");
    }
    return {
      controls: read,
      untaggedText,
      ...(properties.title ? { title: properties.title } : {}),
      ...(capabilities.wordApi14 ? { trackChanges: context.document.changeTrackingMode !== "Off" } : {}),
    };
  });
}

export function selectClause(controlId: number): Promise<void> {
  return run(async (context) => {
    context.document.contentControls.getById(controlId).select("Select");
    await context.sync();
  });
}

/** New content and tag in the same control: its place, its id and the document's tracking stay. */
export function updateClause(controlId: number, rendered: RenderedClause): Promise<void> {
  return run(async (context) => {
    const control = context.document.contentControls.getById(controlId);
    control.insertOoxml(clauseOoxmlPackage(rendered), "Replace");
    control.tag = rendered.tag;
    control.title = controlTitle(rendered.title);
    await context.sync();
  });
}

/** The document's title property, from which the Find view guesses CCAP / CCTP / RC. */
export function documentTitle(): Promise<string | undefined> {
  return run(async (context) => {
    const properties = context.document.properties.load("title");
    await context.sync();
    return properties.title || undefined;
  });
}

export function wordClauseHost(capabilities: WordCapabilities = wordCapabilities()): ClauseHost {
  return {
    kind: "word",
    capabilities,
    insertClause,
    readClauses: () => readClauses(capabilities),
    selectClause,
    updateClause,
    documentTitle,
  };
}
