/**
 * The whole Farsi dictionary, for tests and tools. The app loads it in two parts instead
 * (./fa.core.ts and ./fa.later.ts, each only when Farsi is in use): see ./load.ts.
 */
import { mergeWords, type Dictionary } from './types';
import { faCore } from './fa.core';
import { faLater } from './fa.later';

export const fa: Dictionary = mergeWords(faCore, faLater);
