// Where the comité agenda is stored: the SharePoint lists of the configured site when the user is
// signed in (shared with the other members of the committee), else IndexedDB in this browser profile
// (private to this browser), else memory when the browser refuses IndexedDB. The outbox of the write
// queue always stays in IndexedDB, so a write not yet sent to SharePoint survives a reload.
import type { SpaserError } from "../../errors";
import { toSpaserError } from "../../errors";
import { t } from "../../i18n";
import type { AgendaRepository, QueuePersistence } from "../../storage";
import type { PlatformController } from "./controller";

export type AgendaLocation = "sharepoint" | "browser" | "memory";

export interface AgendaStorage {
  readonly repository: AgendaRepository;
  readonly location: AgendaLocation;
  /** French sentence of where decisions are stored, for the save state. */
  readonly label: string;
  /** The write queue's outbox (IndexedDB), when the browser allows it. */
  readonly outbox?: QueuePersistence;
  /** Set when SharePoint was expected but the lists do not exist yet: offer « Créer les listes ». */
  readonly notProvisioned?: SpaserError;
  /** Why the shared storage (or IndexedDB) could not be used: shown, never thrown. */
  readonly problem?: SpaserError;
}

export interface OpenAgendaOptions {
  /** From the « Créer les listes » click: create the missing lists and columns first. */
  readonly provision?: boolean;
  /** Tests: the IndexedDB database name. */
  readonly databaseName?: string;
}

async function localStorageOf(databaseName: string | undefined): Promise<AgendaStorage> {
  // Imported on use: Word and Excel, which never open the agenda, do not carry IndexedDB code.
  const { IndexedDbAgendaRepository, InMemoryAgendaRepository } = await import("../../storage");
  try {
    const repository = await IndexedDbAgendaRepository.open(databaseName);
    return {
      repository,
      location: "browser",
      label: t("platform.agenda.browser"),
      outbox: repository.outbox(),
    };
  } catch (error) {
    return {
      repository: new InMemoryAgendaRepository(),
      location: "memory",
      label: t("platform.agenda.memory"),
      problem: toSpaserError(error),
    };
  }
}

/**
 * Opens the agenda storage for the current sign-in state. Never throws, except when `provision` was
 * asked and provisioning failed (the « Créer les listes » click shows that error).
 */
export async function openAgendaStorage(
  controller: PlatformController,
  options: OpenAgendaOptions = {},
): Promise<AgendaStorage> {
  const connection = await controller.start();
  const local = await localStorageOf(options.databaseName);
  const sharePoint = connection?.sharePoint;
  if (!sharePoint || connection.auth.state !== "signedIn") return local;
  try {
    const { connectAgendaLists } = await import("../../storage/sharepoint-lists");
    const connected = await connectAgendaLists({
      graph: sharePoint.client,
      site: { siteId: await sharePoint.siteId() },
      ...(options.provision && { provision: true }),
    });
    const site = controller.getSnapshot().config;
    const siteLabel = site.signedOutOnly
      ? connected.siteId
      : `${site.sharePoint?.hostname ?? ""}${site.sharePoint?.path ?? ""}`;
    return {
      repository: connected.repository,
      location: "sharepoint",
      label: t("platform.agenda.sharepoint", { site: siteLabel }),
      ...(local.outbox && { outbox: local.outbox }),
    };
  } catch (error) {
    if (options.provision) throw toSpaserError(error);
    const problem = toSpaserError(error);
    return problem.code === "LISTS_NOT_PROVISIONED"
      ? { ...local, notProvisioned: problem }
      : { ...local, problem };
  }
}
