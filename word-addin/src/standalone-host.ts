// Outside Word (plain browser): no open document, so the pane copies a clause to the clipboard and
// builds a .docx of the selected clauses, tagged exactly as Word tags them (shared/docx).
import { renderHtml, type RenderedClause } from "../../shared/dce";
import type { ClauseHost } from "./clause-host";

export const standaloneClauseHost: ClauseHost = {
  kind: "standalone",
  capabilities: { wordApi13: false, wordApi14: false },
};

/** Puts the formatted clause (HTML, pasted with its formatting into Word) and its plain text on the clipboard. */
export async function copyClause(rendered: RenderedClause): Promise<void> {
  const html = `<div>${renderHtml(rendered)}</div>`;
  const clipboard = globalThis.navigator?.clipboard;
  if (clipboard?.write && typeof ClipboardItem !== "undefined") {
    await clipboard.write([
      new ClipboardItem({
        "text/html": new Blob([html], { type: "text/html" }),
        "text/plain": new Blob([rendered.text], { type: "text/plain" }),
      }),
    ]);
    return;
  }
  await clipboard?.writeText(rendered.text);
}

/** Builds the .docx (jszip is loaded only now) and hands it to the browser as a download. */
export async function downloadClausesDocx(clauses: readonly RenderedClause[], title: string): Promise<void> {
  const { buildClausesDocx } = await import("../../shared/docx/dce-package");
  const bytes = await buildClausesDocx(clauses, { title });
  const blob = new Blob([bytes as BlobPart], {
    type: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  });
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = "clauses-spaser.docx";
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
