import { describe, expect, it, vi } from 'vitest';
import { createSafeStorage, memoryStorage } from '../../../src/persistence/storage';

/** A Storage whose chosen methods throw, e.g. Safari's private mode or a full quota. */
function breakingStorage(throwing: Partial<Record<'getItem' | 'setItem' | 'removeItem', Error>>) {
  const data = new Map<string, string>();
  const calls = { getItem: 0, setItem: 0, removeItem: 0 };
  const fail = (name: keyof typeof calls) => {
    calls[name] += 1;
    const error = throwing[name];
    if (error) throw error;
  };
  const storage = {
    getItem: (key: string) => (fail('getItem'), data.get(key) ?? null),
    setItem: (key: string, value: string) => (fail('setItem'), void data.set(key, value)),
    removeItem: (key: string) => (fail('removeItem'), void data.delete(key)),
    clear: () => data.clear(),
    key: () => null,
    get length() {
      return data.size;
    },
  } satisfies Storage;
  return { storage, data, calls };
}

const quota = () => new DOMException('full', 'QuotaExceededError');
const security = () => new DOMException('denied', 'SecurityError');

describe('memoryStorage', () => {
  it('gets, sets and removes', () => {
    const s = memoryStorage();
    expect(s.get('k')).toBeNull();
    s.set('k', 'v');
    expect(s.get('k')).toBe('v');
    s.remove('k');
    expect(s.get('k')).toBeNull();
  });

  it('is private to each instance', () => {
    const a = memoryStorage();
    a.set('k', 'v');
    expect(memoryStorage().get('k')).toBeNull();
  });
});

describe('createSafeStorage', () => {
  it('uses the real storage when it works', () => {
    const s = createSafeStorage(() => window.sessionStorage);
    s.set('k', 'v');
    expect(sessionStorage.getItem('k')).toBe('v');
    expect(s.get('k')).toBe('v');
    s.remove('k');
    expect(sessionStorage.getItem('k')).toBeNull();
  });

  it('looks the storage up once, lazily', () => {
    const getter = vi.fn(() => window.sessionStorage);
    const s = createSafeStorage(getter);
    expect(getter).not.toHaveBeenCalled();
    s.set('a', '1');
    s.get('a');
    expect(getter).toHaveBeenCalledTimes(1);
  });

  it.each([
    [
      'whose getter throws',
      () =>
        createSafeStorage(() => {
          throw security();
        }),
    ],
    ['that is missing', () => createSafeStorage(() => undefined)],
  ])('works in memory with storage %s', (_, make) => {
    const s = make();
    expect(s.get('k')).toBeNull();
    s.set('k', 'v');
    expect(s.get('k')).toBe('v');
    s.remove('k');
    expect(s.get('k')).toBeNull();
  });

  it('falls back to memory when setItem throws, and drops the stale stored copy', () => {
    const { storage, data, calls } = breakingStorage({});
    const s = createSafeStorage(() => storage);
    s.set('k', 'old');
    storage.setItem = () => {
      throw quota();
    };
    expect(() => s.set('k', 'new')).not.toThrow();
    expect(s.get('k')).toBe('new');
    expect(data.has('k')).toBe(false);
    // memory for the rest of the session: the real storage is not touched again
    const before = { ...calls };
    s.set('other', 'x');
    s.get('other');
    expect(calls).toEqual(before);
  });

  it('falls back to memory when getItem throws', () => {
    const { storage } = breakingStorage({ getItem: security() });
    const s = createSafeStorage(() => storage);
    expect(s.get('k')).toBeNull();
    s.set('k', 'v');
    expect(s.get('k')).toBe('v');
  });

  it('never throws when every method throws', () => {
    const { storage } = breakingStorage({
      getItem: security(),
      setItem: quota(),
      removeItem: security(),
    });
    const s = createSafeStorage(() => storage);
    expect(() => {
      s.set('k', 'v');
      s.get('k');
      s.remove('k');
    }).not.toThrow();
    s.set('k', 'v');
    expect(s.get('k')).toBe('v');
    s.remove('k');
    expect(s.get('k')).toBeNull();
  });

  it('survives a removeItem that throws', () => {
    const { storage } = breakingStorage({ removeItem: security() });
    const s = createSafeStorage(() => storage);
    s.set('k', 'v');
    expect(() => s.remove('k')).not.toThrow();
    expect(s.get('k')).toBeNull();
  });
});
