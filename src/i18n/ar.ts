/**
 * The whole Arabic dictionary, for tests and tools. The app loads it in two parts instead
 * (./ar.core.ts and ./ar.later.ts, each only when Arabic is in use): see ./load.ts.
 */
import { mergeWords, type Dictionary } from './types';
import { arCore } from './ar.core';
import { arLater } from './ar.later';

export const ar: Dictionary = mergeWords(arCore, arLater);
