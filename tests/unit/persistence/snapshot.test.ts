import { describe, expect, it } from 'vitest';
import { answersShape } from '../../../src/questions/answers-schema';
import {
  SNAPSHOT_KEY,
  SNAPSHOT_MAX_AGE_MS,
  clearSnapshot,
  loadSnapshot,
  saveSnapshot,
  type Snapshot,
} from '../../../src/persistence/snapshot';
import {
  createSafeStorage,
  memoryStorage,
  type SafeStorage,
} from '../../../src/persistence/storage';

const NOW = 1_750_000_000_000;
const validAnswers = (a: unknown) => answersShape.safeParse(a).success;
const answers = { respondent: 'self', about: { age: '18-64' } };

const good: Snapshot = {
  v: 1,
  contractVersion: 1,
  savedAt: NOW - 60_000,
  screen: 'danger',
  history: ['respondent', 'age'],
  answers,
};

function storageWith(raw: string): SafeStorage {
  const s = memoryStorage();
  s.set(SNAPSHOT_KEY, raw);
  return s;
}

const load = (s: SafeStorage, options = {}) =>
  loadSnapshot(s, validAnswers, { now: NOW, ...options });

describe('saveSnapshot and loadSnapshot', () => {
  it('round-trips through sessionStorage', () => {
    const s = createSafeStorage(() => window.sessionStorage);
    saveSnapshot(s, { screen: 'danger', history: ['respondent', 'age'], answers }, NOW);
    expect(JSON.parse(sessionStorage.getItem(SNAPSHOT_KEY)!)).toEqual({ ...good, savedAt: NOW });
    expect(load(s)).toEqual({ status: 'restored', snapshot: { ...good, savedAt: NOW } });
  });

  it('reports none when nothing is saved', () => {
    expect(load(memoryStorage())).toEqual({ status: 'none' });
  });

  it('restores a snapshot just under 24 hours old', () => {
    const s = storageWith(JSON.stringify({ ...good, savedAt: NOW - SNAPSHOT_MAX_AGE_MS }));
    expect(load(s).status).toBe('restored');
  });

  it('clearSnapshot removes it', () => {
    const s = storageWith(JSON.stringify(good));
    clearSnapshot(s);
    expect(s.get(SNAPSHOT_KEY)).toBeNull();
    expect(load(s)).toEqual({ status: 'none' });
  });

  it('does not throw on answers JSON cannot hold, and leaves no stale copy', () => {
    const s = storageWith(JSON.stringify(good));
    const circular: Record<string, unknown> = {};
    circular.self = circular;
    expect(() => saveSnapshot(s, { screen: 'x', history: [], answers: circular })).not.toThrow();
    expect(s.get(SNAPSHOT_KEY)).toBeNull();
    expect(() => saveSnapshot(s, { screen: 'x', history: [], answers: 1n })).not.toThrow();
  });

  it('works on storage that throws', () => {
    const broken = {
      getItem: () => {
        throw new DOMException('denied', 'SecurityError');
      },
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
      removeItem: () => {
        throw new DOMException('denied', 'SecurityError');
      },
    } as unknown as Storage;
    const s = createSafeStorage(() => broken);
    expect(load(s)).toEqual({ status: 'none' });
    saveSnapshot(s, good, NOW);
    expect(load(s).status).toBe('restored');
  });
});

describe('loadSnapshot discards and removes tampered snapshots', () => {
  const cases: [string, string][] = [
    ['bad JSON', '{"v":1,'],
    ['not JSON at all', '<script>alert(1)</script>'],
    ['JSON null', 'null'],
    ['an array', '[]'],
    ['v: 2', JSON.stringify({ ...good, v: 2 })],
    ['v as a string', JSON.stringify({ ...good, v: '1' })],
    ['another contract version', JSON.stringify({ ...good, contractVersion: 2 })],
    ['a missing field', JSON.stringify({ ...good, history: undefined })],
    ['an extra field', JSON.stringify({ ...good, admin: true })],
    ['a numeric screen', JSON.stringify({ ...good, screen: 3 })],
    ['an empty screen', JSON.stringify({ ...good, screen: '' })],
    ['a non-string history id', JSON.stringify({ ...good, history: ['respondent', {}] })],
    ['history not a list', JSON.stringify({ ...good, history: 'respondent' })],
    ['answers failing validation', JSON.stringify({ ...good, answers: { respondent: 'robot' } })],
    ['answers with unknown keys', JSON.stringify({ ...good, answers: { __proto__x: 1 } })],
    ['no answers', JSON.stringify({ ...good, answers: undefined })],
    ['older than 24 hours', JSON.stringify({ ...good, savedAt: NOW - SNAPSHOT_MAX_AGE_MS - 1 })],
    ['from the future', JSON.stringify({ ...good, savedAt: NOW + 60 * 60 * 1000 })],
    ['a savedAt string', JSON.stringify({ ...good, savedAt: String(NOW) })],
    ['a fractional savedAt', JSON.stringify({ ...good, savedAt: NOW - 0.5 })],
    ['a huge history', JSON.stringify({ ...good, history: Array(1000).fill('age') })],
    ['a huge screen id', JSON.stringify({ ...good, screen: 'x'.repeat(1000) })],
    ['a huge payload', JSON.stringify(good) + ' '.repeat(100_000)],
  ];

  it.each(cases)('%s', (_, raw) => {
    const s = storageWith(raw);
    expect(load(s)).toEqual({ status: 'discarded' });
    expect(s.get(SNAPSHOT_KEY)).toBeNull();
  });

  it('an unknown screen id, when the caller checks them', () => {
    const known = new Set(['respondent', 'age', 'danger']);
    const isKnownScreen = (id: string) => known.has(id);
    expect(load(storageWith(JSON.stringify(good)), { isKnownScreen }).status).toBe('restored');
    const s = storageWith(JSON.stringify({ ...good, history: ['respondent', 'gone'] }));
    expect(load(s, { isKnownScreen })).toEqual({ status: 'discarded' });
    expect(s.get(SNAPSHOT_KEY)).toBeNull();
  });

  it('a validator that throws', () => {
    const s = storageWith(JSON.stringify(good));
    const result = loadSnapshot(
      s,
      () => {
        throw new Error('boom');
      },
      { now: NOW },
    );
    expect(result).toEqual({ status: 'discarded' });
    expect(s.get(SNAPSHOT_KEY)).toBeNull();
  });
});
