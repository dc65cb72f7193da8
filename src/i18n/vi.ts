/**
 * The whole Vietnamese dictionary (draft), for tests and tools. The app loads it in two parts
 * instead (./vi.core.ts and ./vi.later.ts, each only when Vietnamese is in use): see ./load.ts.
 */
import { mergeWords, type Dictionary } from './types';
import { viCore } from './vi.core';
import { viLater } from './vi.later';

export const vi: Dictionary = mergeWords(viCore, viLater);
