/**
 * Writing the saved state of a self-mode session (and knowing whether there is one), without
 * zod: every session writes, few ever read back (./snapshot.ts validates what is read).
 */
import type { SafeStorage } from './storage';

export const SNAPSHOT_KEY = 'loc-wizard:v1';

export interface SnapshotData {
  readonly screen: string;
  readonly history: readonly string[];
  readonly answers: unknown;
}

export function hasSnapshot(storage: SafeStorage): boolean {
  try {
    return storage.get(SNAPSHOT_KEY) !== null;
  } catch {
    return false; // SafeStorage doesn't throw; a caller-supplied one might
  }
}

export function saveSnapshot(storage: SafeStorage, data: SnapshotData, now = Date.now()): void {
  const snapshot = {
    v: 1,
    contractVersion: 1,
    savedAt: now,
    screen: data.screen,
    history: [...data.history],
    answers: data.answers,
  };
  try {
    storage.set(SNAPSHOT_KEY, JSON.stringify(snapshot));
  } catch {
    // unserialisable answers: keep the session going without a saved copy
    clearSnapshot(storage);
  }
}

export function clearSnapshot(storage: SafeStorage): void {
  try {
    storage.remove(SNAPSHOT_KEY);
  } catch {
    // SafeStorage doesn't throw; a caller-supplied one might
  }
}
