import { createContext, useContext, useSyncExternalStore } from "react";
import type { AgendaSnapshot, AgendaStore } from "../state/agenda-store";

export const StoreContext = createContext<AgendaStore | undefined>(undefined);

/** The store the views read and write (provided by App once IndexedDB is open). */
export function useStore(): AgendaStore {
  const store = useContext(StoreContext);
  if (!store) throw new Error("StoreContext absent : la vue doit être rendue sous <App>");
  return store;
}

/** The current records and write states; re-renders on every change. */
export function useAgenda(): AgendaSnapshot {
  const store = useStore();
  return useSyncExternalStore(store.subscribe, store.getSnapshot);
}
