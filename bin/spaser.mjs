#!/usr/bin/env node
// The `spaser` command runs the TypeScript sources directly through tsx: the CLI and the add-ins
// execute the very same engine files, with no separate build to forget.
import { register } from "tsx/esm/api";

// `npx spaser referentiel list | head` closes the pipe early: that is the reader's choice, not an error.
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (error) => {
    if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw error;
  });
}

register();
const { main } = await import("../shared/cli/main.ts");
process.exitCode = await main(process.argv.slice(2));
