// The CLI's only contact with the terminal: commands write through this, tests capture it.
export interface CliIo {
  out(line: string): void;
  err(line: string): void;
}

export const processIo: CliIo = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
};

/** A parsed command line: positionals, repeated `--name value` options, boolean flags. */
export interface Args {
  readonly positionals: readonly string[];
  readonly options: ReadonlyMap<string, readonly string[]>;
  readonly flags: ReadonlySet<string>;
}

/** Options that take no value; every other `--name` takes the next word. */
const BOOLEAN_FLAGS = new Set(["json", "help", "all", "print", "dry-run"]);

export function parseArgs(argv: readonly string[]): Args {
  const positionals: string[] = [];
  const options = new Map<string, string[]>();
  const flags = new Set<string>();
  for (let i = 0; i < argv.length; i++) {
    const word = argv[i] as string;
    if (!word.startsWith("--")) {
      positionals.push(word);
      continue;
    }
    const [name, inline] = word.slice(2).split(/=(.*)/s, 2) as [string, string | undefined];
    if (inline !== undefined) {
      options.set(name, [...(options.get(name) ?? []), inline]);
    } else if (BOOLEAN_FLAGS.has(name) || i + 1 >= argv.length) {
      flags.add(name);
    } else {
      options.set(name, [...(options.get(name) ?? []), argv[++i] as string]);
    }
  }
  return { positionals, options, flags };
}

export function option(args: Args, name: string): string | undefined {
  return args.options.get(name)?.at(-1);
}
