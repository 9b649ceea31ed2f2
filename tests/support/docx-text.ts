// The text of a .docx as a reader sees it, for assertions on downloaded files: the paragraphs of
// word/document.xml, one per line, tags removed and XML entities decoded.
import { readFileSync } from "node:fs";
import JSZip from "jszip";

export async function docxText(path: string): Promise<string> {
  const zip = await JSZip.loadAsync(readFileSync(path));
  const xml = (await zip.file("word/document.xml")?.async("string")) ?? "";
  return xml
    .replace(/<\/w:p>/g, "\n")
    .replace(/<[^>]+>/g, "")
    .replace(/&apos;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&");
}
