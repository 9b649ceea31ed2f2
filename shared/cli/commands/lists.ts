// `spaser lists …`: the SharePoint lists of the comité agenda. `provision` creates the missing lists
// and columns on a site (idempotent); `--print` shows the requests it sends on an empty site without
// sending any (no tenant needed); `schema` prints the lists and their columns.
import { SpaserError } from "../../errors";
import { createGraphClient, resolveSiteId, type FetchLike } from "../../graph";
import { t } from "../../i18n";
import {
  agendaLists,
  planProvisioning,
  provisionAgendaLists,
  type ColumnSpec,
} from "../../storage/sharepoint-lists";
import { recordKinds } from "../../storage";
import type { Command } from "../command";
import { option, type Args, type CliIo } from "../io";

export interface ListsCommandDeps {
  /** Graph's fetch (tests pass the fake's). */
  readonly fetch?: FetchLike;
  readonly baseUrl?: string;
  readonly env?: Readonly<Record<string, string | undefined>>;
}

const SITE = /^([a-z0-9-]+\.sharepoint\.com):?(\/sites\/[^/?#]+)$/i;

function parseSite(value: string | undefined): { hostname: string; path: string } | undefined {
  const match = SITE.exec(value?.trim() ?? "");
  return match?.[1] && match[2] ? { hostname: match[1], path: match[2] } : undefined;
}

/** The requests `provision` sends on a site where none of the lists exists yet. */
function dryRun(site: { hostname: string; path: string } | undefined): unknown {
  const siteId = "{site-id}";
  const steps = planProvisioning(siteId, new Map());
  return {
    requests: [
      ...(site ? [{ method: "GET", url: `/sites/${site.hostname}:${site.path}`, note: "→ {site-id}" }] : []),
      { method: "GET", url: `/sites/${siteId}/lists?$select=id,displayName` },
      {
        method: "POST",
        url: "/$batch",
        body: {
          requests: steps.map((step, i) => ({
            id: String(i + 1),
            method: step.method,
            url: step.url.replace(encodeURIComponent(siteId), siteId),
            headers: { "Content-Type": "application/json" },
            body: step.body,
          })),
        },
      },
    ],
  };
}

function typeLabel(column: ColumnSpec): string {
  const labels: Record<ColumnSpec["type"], string> = {
    text: "text (single line, 255)",
    note: "text (multiple lines, plain)",
    json: "text (multiple lines, JSON)",
    number: "number",
    boolean: "yes/no",
    date: "dateTime (date only)",
    choice: "choice",
  };
  return labels[column.type];
}

function printSchema(io: CliIo): void {
  for (const kind of recordKinds) {
    const list = agendaLists[kind];
    io.out(`### ${list.displayName}`);
    io.out("| Column (internal name) | Display name | Type | Record field | Indexed | Required |");
    io.out("|---|---|---|---|---|---|");
    io.out("| Title | Titre | text (single line) | (label) | | yes |");
    for (const c of list.columns) {
      const indexed = c.indexed ? (c.unique ? "yes, unique" : "yes") : "";
      io.out(
        `| ${c.name} | ${c.displayName} | ${typeLabel(c)} | ${c.field} | ${indexed} | ${c.required ? "yes" : ""} |`,
      );
    }
    io.out("");
  }
}

async function provision(args: Args, io: CliIo, deps: ListsCommandDeps): Promise<number> {
  const siteOption = option(args, "site");
  const site = parseSite(siteOption);
  if (args.flags.has("print") || args.options.has("print")) {
    if (siteOption !== undefined && !site) throw new SpaserError("LISTS_SITE_INVALID", { site: siteOption });
    io.err(t("lists.provision.dryRun"));
    io.out(JSON.stringify(dryRun(site), null, 2));
    return 0;
  }
  const tokenEnv = option(args, "token-env");
  if (!site || tokenEnv === undefined) {
    io.err(t("lists.cli.usage"));
    if (siteOption !== undefined && !site) throw new SpaserError("LISTS_SITE_INVALID", { site: siteOption });
    return 2;
  }
  const token = (deps.env ?? process.env)[tokenEnv]?.trim();
  if (!token) throw new SpaserError("LISTS_TOKEN_MISSING", { variable: tokenEnv });
  const graph = createGraphClient({
    auth: { getAccessToken: async () => token },
    ...(deps.fetch && { fetch: deps.fetch }),
    ...(deps.baseUrl && { baseUrl: deps.baseUrl }),
  });
  const siteId = await resolveSiteId(graph, site.hostname, site.path);
  const report = await provisionAgendaLists(graph, siteId);
  for (const kind of recordKinds) {
    const list = agendaLists[kind].displayName;
    const created = report.steps.find((s) => s.list === list && s.action === "create-list");
    const added = report.steps.filter((s) => s.list === list && s.action === "add-column");
    if (created) io.out(t("lists.provision.created", { list, columns: created.columns.length }));
    else if (added.length > 0) {
      io.out(
        t("lists.provision.columnsAdded", { list, columns: added.flatMap((s) => s.columns).join(", ") }),
      );
    } else io.out(t("lists.provision.upToDate", { list }));
  }
  io.out(
    t("lists.provision.done", {
      site: `${site.hostname}${site.path}`,
      created: report.createdLists.length,
      added: report.addedColumns.length,
    }),
  );
  if (args.flags.has("json")) io.out(JSON.stringify({ siteId, listIds: report.listIds }, null, 2));
  return 0;
}

export function createListsCommand(deps: ListsCommandDeps = {}): Command {
  return {
    name: "lists",
    summary: "Listes SharePoint de l'agenda des comités (création idempotente, schéma)",
    usage: [
      "lists provision --site <hôte.sharepoint.com:/sites/nom> --token-env SPASER_GRAPH_TOKEN [--json]",
      "lists provision --site <hôte.sharepoint.com:/sites/nom> --print   (simulation, rien n'est envoyé)",
      "lists schema   (listes et colonnes, en tableau Markdown)",
    ],
    async run(args, io) {
      const [sub] = args.positionals;
      if (sub === "provision") return provision(args, io, deps);
      if (sub === "schema") {
        printSchema(io);
        return 0;
      }
      io.err(t("lists.cli.usage"));
      return 2;
    },
  };
}

export const listsCommand = createListsCommand();
