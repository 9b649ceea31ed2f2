#!/usr/bin/env node
// The `spaser` command runs the TypeScript sources directly through tsx: the CLI and the add-ins
// execute the very same engine files, with no separate build to forget.
import { register } from "tsx/esm/api";

register();
const { main } = await import("../shared/cli/main.ts");
process.exitCode = await main(process.argv.slice(2));
