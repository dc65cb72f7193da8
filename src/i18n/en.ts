/**
 * The whole English dictionary, for tests and tools. The app loads it in two parts instead
 * (./en.core.ts at once, ./en.later.ts once the first question shows): see ./load.ts.
 */
import type { DictionaryShape } from './types';
import { enCore } from './en.core';
import { enLater } from './en.later';

export const en = {
  ...enCore,
  ...enLater,
  questions: { ...enCore.questions, ...enLater.questions },
} satisfies DictionaryShape;
