import JSZip from "jszip";
import { DOMParser, XMLSerializer, type Document, type Element, type Node } from "@xmldom/xmldom";
import { fingerprintKey, isSpaserTag, type RenderedClause, type TaggedControl } from "../dce";
import { SpaserError } from "../errors";
import { clauseSdtXml, escapeXml, W_NS } from "./clause-ooxml";

// The headless side of the Word add-in: the same tagged content controls, written into and read from
// .docx bytes (jszip + xmldom, no file system, so it also runs in the browser for « Télécharger .docx »).
// Every part of the package except word/document.xml is copied untouched.

const DOCUMENT_PART = "word/document.xml";
const ELEMENT_NODE = 1;

export interface DocxControl extends TaggedControl {
  /** The package part holding it: word/document.xml, word/header1.xml… */
  readonly part: string;
}

export interface DocxReading {
  /** Every content control of body, headers and footers (SPASER or not), in document order. */
  readonly controls: readonly DocxControl[];
  /** Text of the paragraphs outside SPASER controls, for clauses pasted without their control. */
  readonly untaggedText: string;
  /** dc:title of docProps/core.xml, when set. */
  readonly title?: string;
}

function children(node: Node, localName?: string): Element[] {
  const found: Element[] = [];
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.nodeType !== ELEMENT_NODE) continue;
    const element = child as Element;
    if (localName === undefined || (element.localName === localName && element.namespaceURI === W_NS)) {
      found.push(element);
    }
  }
  return found;
}

function wAttr(element: Element, name: string): string | undefined {
  return element.getAttributeNS(W_NS, name) ?? element.getAttribute(`w:${name}`) ?? undefined;
}

/** Visible text of a paragraph: w:t, tabs and breaks; deleted text (w:delText) is not visible. */
function paragraphText(paragraph: Element): string {
  let text = "";
  const walk = (node: Node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType !== ELEMENT_NODE) continue;
      const element = child as Element;
      if (element.namespaceURI === W_NS) {
        if (element.localName === "t") text += element.textContent ?? "";
        else if (element.localName === "tab") text += "\t";
        else if (element.localName === "br" || element.localName === "cr") text += "\n";
        else if (element.localName === "del" || element.localName === "p") continue;
      }
      walk(element);
    }
  };
  walk(paragraph);
  return text;
}

function sdtTag(sdt: Element): string | undefined {
  const props = children(sdt, "sdtPr")[0];
  const tag = props && children(props, "tag")[0];
  return tag ? wAttr(tag, "val") : undefined;
}

function sdtTitle(sdt: Element): string | undefined {
  const props = children(sdt, "sdtPr")[0];
  const alias = props && children(props, "alias")[0];
  return alias ? wAttr(alias, "val") : undefined;
}

function paragraphsUnder(node: Element): Element[] {
  return Array.from(node.getElementsByTagNameNS(W_NS, "p"));
}

function parseXml(xml: string, file: string): Document {
  try {
    return new DOMParser().parseFromString(xml, "text/xml");
  } catch (error) {
    throw new SpaserError("DCE_DOCX_INVALID", { file, detail: String(error) }, { cause: error });
  }
}

async function openDocx(bytes: Uint8Array, file: string): Promise<{ zip: JSZip; documentXml: string }> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch (error) {
    throw new SpaserError("DCE_DOCX_INVALID", { file, detail: "archive ZIP illisible" }, { cause: error });
  }
  const documentXml = await zip.file(DOCUMENT_PART)?.async("string");
  if (documentXml === undefined) {
    throw new SpaserError("DCE_DOCX_INVALID", { file, detail: `partie ${DOCUMENT_PART} absente` });
  }
  return { zip, documentXml };
}

/**
 * One walk of a part: each content control with its text, each paragraph outside SPASER controls into
 * `untagged`. (A single pass: 500 controls read in one go, no ancestor lookups.)
 */
function collect(
  node: Element,
  part: string,
  controls: DocxControl[],
  untagged: string[],
  inSpaser: boolean,
): void {
  for (const element of children(node)) {
    if (element.namespaceURI !== W_NS) {
      collect(element, part, controls, untagged, inSpaser);
      continue;
    }
    if (element.localName === "p") {
      if (!inSpaser) untagged.push(paragraphText(element));
      continue;
    }
    if (element.localName === "sdt") {
      const content = children(element, "sdtContent")[0];
      if (!content) continue;
      const tag = sdtTag(element) ?? "";
      const paragraphs = paragraphsUnder(content);
      const text = paragraphs.length > 0 ? paragraphs.map(paragraphText).join("\n") : paragraphText(content);
      const title = sdtTitle(element);
      controls.push({ part, tag, text, ...(title !== undefined ? { title } : {}) });
      collect(content, part, controls, untagged, inSpaser || isSpaserTag(tag));
      continue;
    }
    collect(element, part, controls, untagged, inSpaser);
  }
}

/** Reads every content control (tag, title, text) and the untagged text of a .docx. */
export async function readDocxControls(bytes: Uint8Array, file = "document.docx"): Promise<DocxReading> {
  const { zip, documentXml } = await openDocx(bytes, file);
  const parts = [
    DOCUMENT_PART,
    ...Object.keys(zip.files)
      .filter((name) => /^word\/(header|footer)\d*\.xml$/.test(name))
      .sort(),
  ];
  const controls: DocxControl[] = [];
  const untagged: string[] = [];
  for (const part of parts) {
    const xml = part === DOCUMENT_PART ? documentXml : await zip.file(part)?.async("string");
    if (xml === undefined) continue;
    const root = parseXml(xml, file).documentElement;
    if (root) collect(root, part, controls, untagged, false);
  }
  const core = await zip.file("docProps/core.xml")?.async("string");
  const title = core ? /<dc:title>([^<]*)<\/dc:title>/.exec(core)?.[1] : undefined;
  return {
    controls,
    untaggedText: untagged.join("\n"),
    ...(title ? { title: decodeEntities(title) } : {}),
  };
}

function decodeEntities(text: string): string {
  return text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");
}

function nextSdtId(doc: Document): number {
  let max = 0;
  for (const id of Array.from(doc.getElementsByTagNameNS(W_NS, "id"))) {
    const value = Number(wAttr(id, "val"));
    if (Number.isFinite(value)) max = Math.max(max, Math.abs(value));
  }
  return (max % 2_000_000_000) + 1;
}

export interface InsertOptions {
  /** Insert after the first body paragraph whose text is (or else contains) this text. */
  readonly after?: string;
  /** For error messages. */
  readonly file?: string;
}

/**
 * Inserts the clause as a tagged block content control, after the paragraph matching `after` or at
 * the end of the body (before its final section properties). Returns the new .docx bytes.
 */
export async function insertClauseIntoDocx(
  bytes: Uint8Array,
  rendered: RenderedClause,
  options: InsertOptions = {},
): Promise<Uint8Array> {
  const file = options.file ?? "document.docx";
  const { zip, documentXml } = await openDocx(bytes, file);
  const doc = parseXml(documentXml, file);
  const body = doc.documentElement && children(doc.documentElement, "body")[0];
  if (!body) throw new SpaserError("DCE_DOCX_INVALID", { file, detail: "corps du document (w:body) absent" });
  const fragment = parseXml(
    `<w:fragment xmlns:w="${W_NS}">${clauseSdtXml(rendered, nextSdtId(doc))}</w:fragment>`,
    file,
  );
  const sdt = fragment.documentElement && children(fragment.documentElement, "sdt")[0];
  if (!sdt) throw new SpaserError("DCE_DOCX_INVALID", { file, detail: "clause OOXML invalide" });
  const node = doc.importNode(sdt, true);

  let reference: Node | null;
  if (options.after !== undefined) {
    const wanted = fingerprintKey(options.after);
    const paragraphs = children(body, "p");
    const keyed = paragraphs.map((p) => fingerprintKey(paragraphText(p)));
    const index = wanted ? keyed.indexOf(wanted) : -1;
    const found = index >= 0 ? index : wanted ? keyed.findIndex((k) => k.includes(wanted)) : -1;
    const anchor = paragraphs[found];
    if (!anchor) throw new SpaserError("DCE_DOCX_ANCHOR_NOT_FOUND", { file, text: options.after });
    reference = anchor.nextSibling;
  } else {
    reference = children(body, "sectPr").at(-1) ?? null;
  }
  body.insertBefore(node, reference);
  zip.file(DOCUMENT_PART, new XMLSerializer().serializeToString(doc), { createFolders: false });
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

/**
 * A new .docx holding the selected clauses, one tagged content control each, exactly as the add-in
 * inserts them (« Télécharger .docx » of the standalone task pane).
 */
export async function buildClausesDocx(
  clauses: readonly RenderedClause[],
  options: { title: string },
): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file(
    "[Content_Types].xml",
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
      '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      '<Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>' +
      '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>' +
      '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>' +
      "</Types>",
  );
  zip.file(
    "_rels/.rels",
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>' +
      '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>' +
      "</Relationships>",
  );
  zip.file(
    "word/_rels/document.xml.rels",
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>' +
      "</Relationships>",
  );
  zip.file(
    "word/styles.xml",
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
      `<w:styles xmlns:w="${W_NS}"><w:docDefaults><w:rPrDefault><w:rPr>` +
      '<w:rFonts w:ascii="Calibri" w:hAnsi="Calibri" w:cs="Calibri"/><w:sz w:val="22"/><w:szCs w:val="22"/><w:lang w:val="fr-FR"/>' +
      "</w:rPr></w:rPrDefault></w:docDefaults>" +
      '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>' +
      "</w:styles>",
  );
  zip.file(
    "docProps/core.xml",
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
      '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/">' +
      `<dc:title>${escapeXml(options.title)}</dc:title><dc:language>fr-FR</dc:language></cp:coreProperties>`,
  );
  const titleXml = `<w:p><w:pPr><w:spacing w:after="240"/></w:pPr><w:r><w:rPr><w:b/><w:sz w:val="32"/></w:rPr><w:t xml:space="preserve">${escapeXml(options.title)}</w:t></w:r></w:p>`;
  const body = clauses.map((rendered, index) => clauseSdtXml(rendered, index + 1)).join("");
  zip.file(
    DOCUMENT_PART,
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
      `<w:document xmlns:w="${W_NS}"><w:body>${titleXml}${body}` +
      '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1417" w:right="1417" w:bottom="1417" w:left="1417" w:header="708" w:footer="708" w:gutter="0"/></w:sectPr>' +
      "</w:body></w:document>",
  );
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}
