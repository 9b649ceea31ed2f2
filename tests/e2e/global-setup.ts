// Builds the product once and serves it as `npm start` does (vite preview, same headers), on a port
// of its own so a running `npm start` on 3000 is left alone.
import { build, preview, type PreviewServer } from "vite";
import type { TestProject } from "vitest/node";

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

let server: PreviewServer | undefined;

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const port = Number(process.env.SPASER_E2E_PORT ?? 3100);
  await build({ logLevel: "warn" });
  server = await preview({ logLevel: "warn", preview: { port, strictPort: true, host: "127.0.0.1" } });
  project.provide("baseUrl", `http://127.0.0.1:${port}`);
  return async () => {
    await server?.close();
  };
}
