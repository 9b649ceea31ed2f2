// Public API of the SharePoint lists storage of the comité agenda.
import { SpaserError } from "../../errors";
import { resolveSiteId, type GraphClient } from "../../graph";
import { findAgendaLists, provisionAgendaLists, type ProvisionReport } from "./provision";
import { SharePointListsAgendaRepository } from "./provider";

export { SharePointListsAgendaRepository, type SharePointListsOptions } from "./provider";
export {
  provisionAgendaLists,
  planProvisioning,
  readAgendaLists,
  findAgendaLists,
  type ProvisionReport,
  type ProvisionStep,
  type ExistingList,
} from "./provision";
export {
  agendaLists,
  columnDefinition,
  defaultListIds,
  filterColumns,
  TEXT_COLUMN_MAX,
  type AgendaListIds,
  type ColumnSpec,
  type ColumnType,
  type ListSpec,
} from "./schema";
export { recordToFields, fieldsToRecord, dateFromColumn } from "./mapping";

export interface ConnectAgendaListsOptions {
  /** `createGraphClient({ auth: signInService, scopes: [SITES_SELECTED] })` (shared/graph, shared/auth). */
  readonly graph: GraphClient;
  /** The configured site (`TenantConfig.sharePoint`), or its Graph id when already resolved. */
  readonly site: { readonly hostname: string; readonly path: string } | { readonly siteId: string };
  /** First-run step: create the missing lists and columns (needs the right to create lists). */
  readonly provision?: boolean;
  readonly pageSize?: number;
}

export interface ConnectedAgendaLists {
  readonly repository: SharePointListsAgendaRepository;
  readonly siteId: string;
  /** What provisioning did, when it was asked. */
  readonly provisioned?: ProvisionReport;
}

/**
 * The Teams tab's entry point: resolves the site (1 request), finds the four lists (1 request) or
 * provisions them, and returns the repository to put behind the write queue. Throws
 * LISTS_NOT_PROVISIONED when the lists are missing and `provision` was not asked.
 */
export async function connectAgendaLists(options: ConnectAgendaListsOptions): Promise<ConnectedAgendaLists> {
  const { graph, site } = options;
  const siteId = "siteId" in site ? site.siteId : await resolveSiteId(graph, site.hostname, site.path);
  const siteLabel = "siteId" in site ? site.siteId : `${site.hostname}${site.path}`;
  let provisioned: ProvisionReport | undefined;
  let lists = options.provision ? undefined : await findAgendaLists(graph, siteId);
  if (options.provision) {
    provisioned = await provisionAgendaLists(graph, siteId);
    lists = provisioned.listIds;
  }
  if (!lists) throw new SpaserError("LISTS_NOT_PROVISIONED", { site: siteLabel });
  const repository = new SharePointListsAgendaRepository({
    graph,
    siteId,
    lists,
    ...(options.pageSize !== undefined && { pageSize: options.pageSize }),
  });
  return { repository, siteId, ...(provisioned && { provisioned }) };
}
