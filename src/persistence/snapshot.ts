/**
 * Reading back the saved state of a self-mode session, so a reload keeps the answers. Whatever
 * is read back is treated as untrusted: anything unexpected is discarded and removed, never
 * half-restored. Loaded only when there is something to read (writing is ./snapshot-store.ts).
 */
import * as z from 'zod/mini';
import type { SafeStorage } from './storage';
import { clearSnapshot, SNAPSHOT_KEY } from './snapshot-store';

export { clearSnapshot, hasSnapshot, saveSnapshot, SNAPSHOT_KEY } from './snapshot-store';
export const SNAPSHOT_MAX_AGE_MS = 24 * 60 * 60 * 1000;
/** Real snapshots are a few kB; a much larger one was not written by the app. */
const MAX_CHARS = 64 * 1024;
const MAX_HISTORY = 200;
const CLOCK_SKEW_MS = 5 * 60 * 1000;

const id = z.string().check(z.minLength(1), z.maxLength(100));

const snapshotSchema = z.strictObject({
  v: z.literal(1),
  contractVersion: z.literal(1),
  savedAt: z.number().check(z.int(), z.nonnegative()),
  screen: id,
  history: z.array(id).check(z.maxLength(MAX_HISTORY)),
  answers: z.unknown(),
});

export type Snapshot = z.infer<typeof snapshotSchema>;
export type { SnapshotData } from './snapshot-store';

export type LoadResult =
  { status: 'none' } | { status: 'restored'; snapshot: Snapshot } | { status: 'discarded' };

export interface LoadOptions {
  /** Rejects screen ids the wizard no longer has. */
  isKnownScreen?: (id: string) => boolean;
  now?: number;
}

function parse(raw: string): unknown {
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    return undefined;
  }
}

function acceptable(
  raw: string,
  validateAnswers: (answers: unknown) => boolean,
  { isKnownScreen = () => true, now = Date.now() }: LoadOptions,
): Snapshot | undefined {
  if (raw.length > MAX_CHARS) return undefined;
  const result = snapshotSchema.safeParse(parse(raw));
  if (!result.success) return undefined;
  const snapshot = result.data;
  const age = now - snapshot.savedAt;
  if (age > SNAPSHOT_MAX_AGE_MS || age < -CLOCK_SKEW_MS) return undefined;
  if (![snapshot.screen, ...snapshot.history].every(isKnownScreen)) return undefined;
  return validateAnswers(snapshot.answers) ? snapshot : undefined;
}

export function loadSnapshot(
  storage: SafeStorage,
  validateAnswers: (answers: unknown) => boolean,
  options: LoadOptions = {},
): LoadResult {
  try {
    const raw = storage.get(SNAPSHOT_KEY);
    if (raw === null) return { status: 'none' };
    const snapshot = acceptable(raw, validateAnswers, options);
    if (snapshot) return { status: 'restored', snapshot };
  } catch {
    // a throwing validator counts as a failed one
  }
  clearSnapshot(storage);
  return { status: 'discarded' };
}
