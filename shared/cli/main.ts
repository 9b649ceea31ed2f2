import { toSpaserError } from "../errors";
import { commands } from "./commands";
import { parseArgs, processIo, type CliIo } from "./io";

function printHelp(io: CliIo): void {
  io.out("spaser — outils en ligne de commande de SPASER 365");
  io.out("");
  for (const command of commands) {
    io.out(`  ${command.name.padEnd(12)} ${command.summary}`);
    for (const line of command.usage) io.out(`      npx spaser ${line}`);
  }
}

/** Runs `spaser argv…` and returns the exit code: 0 success, 1 failed check or error, 2 misuse. */
export async function main(argv: readonly string[], io: CliIo = processIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === "help" || name === "--help") {
    printHelp(io);
    return name === undefined ? 2 : 0;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    io.err(`Commande inconnue : « ${name} ». Tapez « npx spaser help ».`);
    return 2;
  }
  try {
    return await command.run(parseArgs(rest), io);
  } catch (error) {
    io.err(`Erreur : ${toSpaserError(error).message}`);
    return 1;
  }
}
