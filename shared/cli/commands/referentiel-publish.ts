// `spaser referentiel bundle|publish`: the référentiel team's path from files to SharePoint. `bundle`
// writes the one publishable JSON file (`{ segments, legalTexts, clauses }`) from a référentiel folder
// (default: the référentiel embedded in the product), checked first; `publish` uploads it to the site's
// default document library (`PUT …/drive/root:/{path}:/content`), where the apps load it. `--dry-run`
// prints the requests without a token. Wraps the `referentiel` command group (check, list, show).
import { readFileSync, writeFileSync } from "node:fs";
import { SpaserError } from "../../errors";
import {
  createGraphClient,
  publishReferentiel,
  resolveSiteId,
  DEFAULT_REFERENTIEL_PATH,
  type FetchLike,
} from "../../graph";
import { t } from "../../i18n";
import {
  bundleFiles,
  embeddedBundle,
  validateReferentielBundle,
  type ReferentielBundle,
} from "../../ui/platform/referentiel-bundle";
import type { Command } from "../command";
import { option, type Args, type CliIo } from "../io";
import { readReferentielFolder } from "./referentiel";

export interface ReferentielPublishDeps {
  readonly fetch?: FetchLike;
  readonly baseUrl?: string;
  readonly env?: Readonly<Record<string, string | undefined>>;
}

const SITE = /^([a-z0-9-]+\.sharepoint\.com):?(\/sites\/[^/?#]+)$/i;

const PUBLISH_USAGE = [
  "referentiel bundle [dossier] --out referentiel.json",
  'referentiel publish --site <hôte.sharepoint.com:/sites/nom> --token-env SPASER_GRAPH_TOKEN [--file referentiel.json] [--path "Référentiel SPASER/referentiel.json"] [--dry-run]',
];

/** The bundle to publish: `--file` (a bundle), else a référentiel folder, else the embedded one. */
function loadBundle(args: Args, folder: string | undefined): ReferentielBundle {
  const file = option(args, "file");
  if (file !== undefined) {
    let data: unknown;
    try {
      data = JSON.parse(readFileSync(file, "utf8")) as unknown;
    } catch (error) {
      throw new SpaserError("REFERENTIEL_FOLDER_UNREADABLE", {
        path: file,
        detail: error instanceof Error ? error.message : String(error),
      });
    }
    validateReferentielBundle(data);
    return data as ReferentielBundle;
  }
  if (folder === undefined) return embeddedBundle();
  const { files, problems } = readReferentielFolder(folder);
  if (problems.length > 0) {
    throw new SpaserError("REFERENTIEL_BUNDLE_INVALID", {
      count: problems.length,
      problems: problems
        .slice(0, 20)
        .map((p) => `${p.file} › ${p.path} : ${p.message}`)
        .join(" ; "),
    });
  }
  const bundle = bundleFiles(files);
  validateReferentielBundle(bundle);
  return bundle;
}

function bundle(args: Args, io: CliIo): number {
  const out = option(args, "out");
  if (out === undefined) return usage(io);
  const data = loadBundle(args, args.positionals[1]);
  writeFileSync(out, `${JSON.stringify(data, null, 2)}\n`);
  io.out(
    t("platform.cli.bundleWritten", {
      file: out,
      segments: data.segments.length,
      legalTexts: data.legalTexts.length,
      clauses: data.clauses.length,
    }),
  );
  return 0;
}

function contentUrl(siteId: string, path: string): string {
  const encoded = path
    .split("/")
    .map((segment) => encodeURIComponent(segment))
    .join("/");
  return `/sites/${siteId}/drive/root:/${encoded}:/content`;
}

async function publish(args: Args, io: CliIo, deps: ReferentielPublishDeps): Promise<number> {
  const siteOption = option(args, "site");
  const match = SITE.exec(siteOption?.trim() ?? "");
  const hostname = match?.[1];
  const sitePath = match?.[2];
  if (!hostname || !sitePath) {
    if (siteOption !== undefined) throw new SpaserError("LISTS_SITE_INVALID", { site: siteOption });
    return usage(io);
  }
  const path = (option(args, "path") ?? DEFAULT_REFERENTIEL_PATH).replace(/^\/+/, "");
  const data = loadBundle(args, args.positionals[1]);
  if (args.flags.has("dry-run") || args.options.has("dry-run")) {
    io.err(t("platform.cli.dryRun"));
    const bytes = new TextEncoder().encode(JSON.stringify(data, null, 2)).byteLength;
    io.out(
      JSON.stringify(
        {
          requests: [
            { method: "GET", url: `/sites/${hostname}:${sitePath}`, note: "→ {site-id}" },
            {
              method: "PUT",
              url: contentUrl("{site-id}", path),
              headers: { "Content-Type": "application/json" },
              body: `référentiel (${data.segments.length} segments, ${data.legalTexts.length} textes, ${data.clauses.length} clauses, ${bytes} octets)`,
            },
          ],
        },
        null,
        2,
      ),
    );
    return 0;
  }
  const tokenEnv = option(args, "token-env");
  if (tokenEnv === undefined) return usage(io);
  const token = (deps.env ?? process.env)[tokenEnv]?.trim();
  if (!token) throw new SpaserError("REFERENTIEL_TOKEN_MISSING", { variable: tokenEnv });
  const graph = createGraphClient({
    auth: { getAccessToken: async () => token },
    ...(deps.fetch && { fetch: deps.fetch }),
    ...(deps.baseUrl && { baseUrl: deps.baseUrl }),
  });
  const siteId = await resolveSiteId(graph, hostname, sitePath);
  const result = await publishReferentiel(graph, siteId, data, { path, validate: validateReferentielBundle });
  io.out(
    t("platform.cli.published", {
      site: `${hostname}${sitePath}`,
      path,
      url: result.webUrl ? ` (${result.webUrl})` : "",
    }),
  );
  return 0;
}

function usage(io: CliIo): number {
  io.err("Usage :");
  for (const line of PUBLISH_USAGE) io.err(`  npx spaser ${line}`);
  return 2;
}

/** The `referentiel` group with `bundle` and `publish` added; other verbs go to `base`. */
export function withPublishing(base: Command, deps: ReferentielPublishDeps = {}): Command {
  return {
    name: base.name,
    summary: `${base.summary}, paquet publiable et publication sur SharePoint`,
    usage: [...base.usage, ...PUBLISH_USAGE],
    run(args, io) {
      const verb = args.positionals[0];
      if (verb === "bundle") return bundle(args, io);
      if (verb === "publish") return publish(args, io, deps);
      return base.run(args, io);
    },
  };
}
