import type { DocBlock, DocRun, RenderedClause } from "../dce";
import { controlTitle } from "../dce";

// A rendered clause → WordprocessingML. Used both by the Word host (insertOoxml of a flat package
// inside a content control) and by the .docx writer (a w:sdt in word/document.xml), so the clause looks
// the same wherever it was inserted. Formatting is direct (bold, size, indent), never a style name, so
// it survives in a document whose styles we do not know.

export const W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

// XML 1.0 forbids C0 controls (except tab and line feeds) and lone surrogates: a pasted value holding
// them would make the file unreadable, so they become spaces; everything else is escaped and stays literal.
const INVALID_XML =
  // eslint-disable-next-line no-control-regex -- reason: these control characters are exactly what XML 1.0 forbids
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function escapeXml(text: string): string {
  return text
    .replace(INVALID_XML, " ")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

function runXml(run: DocRun, extraProps = ""): string {
  const props = `${run.bold ? "<w:b/>" : ""}${run.italic ? "<w:i/>" : ""}${run.missing ? '<w:highlight w:val="yellow"/>' : ""}${extraProps}`;
  const rPr = props ? `<w:rPr>${props}</w:rPr>` : "";
  // Line breaks and tabs typed in a value stay visible as such, never as raw characters in w:t.
  return run.text
    .split(/(\r\n|\n|\r|\t)/)
    .map((part) => {
      if (part === "\t") return `<w:r>${rPr}<w:tab/></w:r>`;
      if (/^(\r\n|\n|\r)$/.test(part)) return `<w:r>${rPr}<w:br/></w:r>`;
      return part ? `<w:r>${rPr}<w:t xml:space="preserve">${escapeXml(part)}</w:t></w:r>` : "";
    })
    .join("");
}

export function blockXml(block: DocBlock): string {
  switch (block.kind) {
    case "heading":
      return `<w:p><w:pPr><w:keepNext/><w:spacing w:before="240" w:after="120"/></w:pPr>${block.runs
        .map((run) => runXml({ ...run, bold: true }, '<w:sz w:val="26"/><w:szCs w:val="26"/>'))
        .join("")}</w:p>`;
    case "paragraph":
      return `<w:p><w:pPr><w:spacing w:after="120"/><w:jc w:val="both"/></w:pPr>${block.runs
        .map((run) => runXml(run))
        .join("")}</w:p>`;
    case "list-item":
      // The marker is text followed by a tab on a hanging indent: same look in Word and LibreOffice,
      // no numbering definition needed in the target document.
      return `<w:p><w:pPr><w:spacing w:after="60"/><w:ind w:left="567" w:hanging="425"/></w:pPr>${runXml({
        text: block.marker,
      })}<w:r><w:tab/></w:r>${block.runs.map((run) => runXml(run)).join("")}</w:p>`;
  }
}

/** The clause's paragraphs, without any container. */
export function clauseParagraphsXml(rendered: RenderedClause): string {
  return rendered.blocks.map(blockXml).join("");
}

/** A block-level content control (w:sdt) holding the clause, tagged and titled as the add-in does. */
export function clauseSdtXml(rendered: RenderedClause, id: number): string {
  return (
    `<w:sdt><w:sdtPr><w:alias w:val="${escapeXml(controlTitle(rendered.title))}"/>` +
    `<w:tag w:val="${escapeXml(rendered.tag)}"/><w:id w:val="${id}"/></w:sdtPr>` +
    `<w:sdtContent>${clauseParagraphsXml(rendered)}</w:sdtContent></w:sdt>`
  );
}

/**
 * The flat-OPC package Word's `insertOoxml` expects, holding only a main document part with `bodyXml`.
 * The Word host inserts it into a content control it created, then sets tag and title itself.
 */
export function flatOpcPackage(bodyXml: string): string {
  return (
    '<pkg:package xmlns:pkg="http://schemas.microsoft.com/office/2006/xmlPackage">' +
    '<pkg:part pkg:name="/_rels/.rels" pkg:contentType="application/vnd.openxmlformats-package.relationships+xml">' +
    '<pkg:xmlData><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>' +
    "</Relationships></pkg:xmlData></pkg:part>" +
    '<pkg:part pkg:name="/word/document.xml" pkg:contentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml">' +
    `<pkg:xmlData><w:document xmlns:w="${W_NS}"><w:body>${bodyXml}</w:body></w:document></pkg:xmlData></pkg:part>` +
    "</pkg:package>"
  );
}

/** What the Word host inserts for a clause: its paragraphs as a flat-OPC package. */
export function clauseOoxmlPackage(rendered: RenderedClause): string {
  return flatOpcPackage(clauseParagraphsXml(rendered));
}
