// `npm run bench`: runs every bench/*.bench.ts in turn; each prints its own figures.
import { readdirSync } from "node:fs";
import { join } from "node:path";

const only = process.argv[2];
const files = readdirSync(import.meta.dirname)
  .filter((file) => file.endsWith(".bench.ts"))
  .filter((file) => !only || file.includes(only))
  .sort();
for (const file of files) {
  console.log(`\n=== ${file} ===`);
  const module = (await import(join(import.meta.dirname, file))) as { run: () => Promise<void> };
  await module.run();
}
