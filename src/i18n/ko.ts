/**
 * The whole Korean dictionary (draft), for tests and tools. The app loads it in two parts
 * instead (./ko.core.ts and ./ko.later.ts, each only when Korean is in use): see ./load.ts.
 */
import { mergeWords, type Dictionary } from './types';
import { koCore } from './ko.core';
import { koLater } from './ko.later';

export const ko: Dictionary = mergeWords(koCore, koLater);
