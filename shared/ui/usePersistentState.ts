import { useEffect, useState } from "react";

/**
 * A UI preference (never a token, never user data of record) remembered in sessionStorage so that a
 * reload of the task pane keeps the user's choices.
 */
export function usePersistentState<T>(key: string, initial: T): [T, (value: T) => void] {
  const [value, setValue] = useState<T>(() => {
    try {
      const stored = globalThis.sessionStorage?.getItem(key);
      return stored == null ? initial : (JSON.parse(stored) as T);
    } catch {
      // A corrupted or unavailable storage only loses a preference, never work: start from the default.
      return initial;
    }
  });
  useEffect(() => {
    try {
      globalThis.sessionStorage?.setItem(key, JSON.stringify(value));
    } catch {
      // Storage full or disabled (private mode): the preference simply is not remembered.
    }
  }, [key, value]);
  return [value, setValue];
}
