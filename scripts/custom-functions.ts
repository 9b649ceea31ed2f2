// Custom-function metadata (functions.json) generated from the JSDoc of excel-addin/src/functions.ts with
// Microsoft's custom-functions-metadata, at build time: never edited by hand (STYLE.md). The Vite plugin
// emits it as dist/excel-addin/functions.json and serves it in dev; `tsx scripts/custom-functions.ts`
// prints it.
import { resolve } from "node:path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import type { Plugin } from "vite";

export const FUNCTIONS_SOURCE = resolve(import.meta.dirname, "..", "excel-addin", "src", "functions.ts");
export const FUNCTIONS_JSON = "excel-addin/functions.json";

/** The metadata JSON; throws with the generator's messages when a JSDoc tag is wrong. */
export async function functionsMetadata(source = FUNCTIONS_SOURCE): Promise<string> {
  const result = await generateCustomFunctionsMetadata(source, false);
  if (result.errors.length > 0) {
    throw new Error(`Métadonnées des fonctions personnalisées invalides :\n${result.errors.join("\n")}`);
  }
  return `${result.metadataJson}\n`;
}

export function customFunctionsMetadata(): Plugin {
  return {
    name: "spaser-custom-functions",
    async generateBundle() {
      this.addWatchFile(FUNCTIONS_SOURCE);
      this.emitFile({ type: "asset", fileName: FUNCTIONS_JSON, source: await functionsMetadata() });
    },
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        if ((req.url ?? "").split("?")[0] !== `/${FUNCTIONS_JSON}`) return next();
        functionsMetadata().then(
          (json) => {
            res.setHeader("Content-Type", "application/json; charset=utf-8");
            res.end(json);
          },
          (error: unknown) => next(error),
        );
      });
    },
  };
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  process.stdout.write(await functionsMetadata());
}
