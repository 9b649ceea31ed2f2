import { parseInline } from "../referentiel";

// Inline markup of a clause body (**bold**, *italic*, {{placeholder}}) as the référentiel parses it,
// flattened to the two flags a writer needs. Nothing else is interpreted, so neither a clause nor a
// filled value can inject markup.

export type InlineToken =
  | { readonly kind: "text"; readonly text: string; readonly bold: boolean; readonly italic: boolean }
  | { readonly kind: "placeholder"; readonly name: string; readonly bold: boolean; readonly italic: boolean };

export function tokenizeInline(source: string): InlineToken[] {
  return parseInline(source).map((run) => {
    switch (run.kind) {
      case "placeholder":
        return {
          kind: "placeholder",
          name: run.name,
          bold: run.emphasis === "bold",
          italic: run.emphasis === "italic",
        };
      case "text":
      case "bold":
      case "italic":
        return { kind: "text", text: run.text, bold: run.kind === "bold", italic: run.kind === "italic" };
    }
  });
}
