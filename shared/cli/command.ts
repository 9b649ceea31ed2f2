import type { Args, CliIo } from "./io";

/** One `spaser <name> …` command group. `run` returns the process exit code. */
export interface Command {
  readonly name: string;
  readonly summary: string;
  readonly usage: readonly string[];
  run(args: Args, io: CliIo): Promise<number> | number;
}
