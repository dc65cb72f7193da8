/**
 * The draft line in English (./types.ts DraftWords): shown beside a draft language's own line,
 * never alone (English is the source and shows none).
 */
import type { DraftShape } from './types';

export const enDraft = {
  line: 'This translation has not yet been checked by a professional translator. If anything is unclear, call {center}.',
  interpreterFree: 'An interpreter costs nothing.',
  staff:
    'This translation has not yet been checked by a professional translator. Check anything unclear against the English.',
} as const satisfies DraftShape;
