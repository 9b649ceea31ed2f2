// The apps' référentiel cache: one record in IndexedDB (the database survives restarts of Word, Excel
// and Teams; localStorage is kept for tokens-free UI preferences only, and is too small anyway).
import { openDB } from "idb";
import type { CachedReferentiel, ReferentielCacheStore } from "./referentiel-store";

const DB = "spaser-365";
const STORE = "referentiel-cache";

export function indexedDbReferentielCache(key = "published"): ReferentielCacheStore {
  const db = () =>
    openDB(DB, 1, {
      upgrade(database) {
        if (!database.objectStoreNames.contains(STORE)) database.createObjectStore(STORE);
      },
    });
  return {
    async get() {
      return (await (await db()).get(STORE, key)) as CachedReferentiel | undefined;
    },
    async put(entry) {
      await (await db()).put(STORE, entry, key);
    },
  };
}
