/**
 * Storage that never throws. Browsers block or break Web Storage in many ways (privacy modes,
 * sandboxed frames, full quota); the wizard then carries on in memory for the session.
 */
export interface SafeStorage {
  get(key: string): string | null;
  set(key: string, value: string): void;
  remove(key: string): void;
}

export function memoryStorage(): SafeStorage {
  const map = new Map<string, string>();
  return {
    get: (key) => map.get(key) ?? null,
    set: (key, value) => void map.set(key, value),
    remove: (key) => void map.delete(key),
  };
}

/** `getStorage` is called once, on first use; e.g. `() => window.sessionStorage`. */
export function createSafeStorage(getStorage: () => Storage | undefined): SafeStorage {
  const memory = memoryStorage();
  let real: Storage | undefined | null = null; // null: not looked up yet

  function storage(): Storage | undefined {
    if (real === null) {
      try {
        real = getStorage() ?? undefined;
      } catch {
        real = undefined;
      }
    }
    return real;
  }

  /** Switches to memory for the rest of the session, forgetting what the real one holds. */
  function fallBack(key: string): void {
    const broken = real;
    real = undefined;
    try {
      broken?.removeItem(key); // don't leave a stale copy to be restored on reload
    } catch {
      // nothing more to do
    }
  }

  return {
    get(key) {
      const s = storage();
      if (!s) return memory.get(key);
      try {
        return s.getItem(key);
      } catch {
        fallBack(key);
        return memory.get(key);
      }
    },
    set(key, value) {
      const s = storage();
      if (s) {
        try {
          s.setItem(key, value);
          return;
        } catch {
          fallBack(key);
        }
      }
      memory.set(key, value);
    },
    remove(key) {
      memory.remove(key);
      try {
        storage()?.removeItem(key);
      } catch {
        fallBack(key);
      }
    },
  };
}
