// Builds the product once and serves it as `npm start` does (vite preview, same headers), on a free
// port of its own so a running `npm start` on 3000 is left alone.
import { build, preview, type PreviewServer } from "vite";
import { createServer } from "node:net";
import type { TestProject } from "vitest/node";

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

let server: PreviewServer | undefined;

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const port = process.env.SPASER_E2E_PORT ? Number(process.env.SPASER_E2E_PORT) : await freePort();
  await build({ logLevel: "warn" });
  server = await preview({ logLevel: "warn", preview: { port, strictPort: true, host: "127.0.0.1" } });
  project.provide("baseUrl", `http://127.0.0.1:${port}`);
  return async () => {
    await server?.close();
  };
}

/** A port nobody listens on, so parallel checkouts (or a running `npm start`) never collide. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      const port = typeof address === "object" && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}
