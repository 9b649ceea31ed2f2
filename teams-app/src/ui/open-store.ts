import { IndexedDbAgendaRepository, InMemoryAgendaRepository } from "../../../shared/storage";
import { toSpaserError } from "../../../shared/errors";
import { AgendaStore } from "../state/agenda-store";

/**
 * The embedded store: IndexedDB in this browser profile, its outbox keeping unsaved writes across
 * reloads. When IndexedDB is refused (some private modes), the tab still works in memory and says so.
 */
export async function openStore(): Promise<{ store: AgendaStore; warning?: string }> {
  try {
    const repository = await IndexedDbAgendaRepository.open();
    const store = new AgendaStore(repository, repository.outbox());
    await store.load();
    return { store };
  } catch (error) {
    const store = new AgendaStore(new InMemoryAgendaRepository());
    await store.load();
    return { store, warning: toSpaserError(error).message };
  }
}
