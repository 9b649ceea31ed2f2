// Inline markup of a clause body (référentiel schema): **bold**, *italic*, {{placeholder}}. Nothing
// else is interpreted, so a clause, and even more a filled value, can never inject markup.

export type InlineToken =
  | { readonly kind: "text"; readonly text: string; readonly bold: boolean; readonly italic: boolean }
  | { readonly kind: "placeholder"; readonly name: string; readonly bold: boolean; readonly italic: boolean };

export function tokenizeInline(source: string): InlineToken[] {
  const tokens: InlineToken[] = [];
  let bold = false;
  let italic = false;
  let buffer = "";
  const flush = () => {
    if (buffer) tokens.push({ kind: "text", text: buffer, bold, italic });
    buffer = "";
  };
  for (let i = 0; i < source.length;) {
    if (source.startsWith("{{", i)) {
      const end = source.indexOf("}}", i + 2);
      const name = end > 0 ? source.slice(i + 2, end).trim() : "";
      if (end > 0 && /^[a-z][a-zA-Z0-9]*$/.test(name)) {
        flush();
        tokens.push({ kind: "placeholder", name, bold, italic });
        i = end + 2;
        continue;
      }
    }
    if (source.startsWith("**", i)) {
      flush();
      bold = !bold;
      i += 2;
      continue;
    }
    if (source[i] === "*") {
      flush();
      italic = !italic;
      i += 1;
      continue;
    }
    buffer += source[i];
    i += 1;
  }
  flush();
  return tokens;
}
