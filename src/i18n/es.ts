/**
 * The whole Spanish dictionary, for tests and tools. The app loads it in two parts instead
 * (./es.core.ts and ./es.later.ts, each only when Spanish is in use): see ./load.ts.
 */
import { mergeWords, type Dictionary } from './types';
import { esCore } from './es.core';
import { esLater } from './es.later';

export const es: Dictionary = mergeWords(esCore, esLater);
