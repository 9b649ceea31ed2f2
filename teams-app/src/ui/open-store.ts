import {
  openAgendaStorage,
  pagePlatform,
  type AgendaStorage,
  type OpenAgendaOptions,
} from "../../../shared/ui/platform";
import { AgendaStore } from "../state/agenda-store";

export interface OpenedStore {
  readonly store: AgendaStore;
  readonly storage: AgendaStorage;
  readonly warning?: string;
}

/**
 * The agenda store on the storage the sign-in state allows: the committee's SharePoint lists when
 * signed in with a configured site, else IndexedDB in this browser profile (its outbox keeping unsaved
 * writes across reloads), else memory when the browser refuses IndexedDB — and it says which.
 */
export async function openStore(options: OpenAgendaOptions = {}): Promise<OpenedStore> {
  const storage = await openAgendaStorage(pagePlatform(), options);
  const store = new AgendaStore(storage.repository, storage.outbox);
  await store.load();
  // Only the memory fallback is the « not kept » warning; a SharePoint problem is shown by the App.
  const warning = storage.location === "memory" ? storage.problem?.message : undefined;
  return { store, storage, ...(warning !== undefined && { warning }) };
}
