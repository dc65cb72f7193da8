/** The draft line in Traditional Chinese (./types.ts DraftWords), beside the same in English. A draft: to be read through by the Chinese translator. */
import type { DraftWords } from './types';

export const zhHantDraft = {
  line: '此翻譯尚未經過專業翻譯人員審閱。如有任何不清楚之處，請致電 {center}。',
  interpreterFree: '口譯服務完全免費。',
  staff: '此翻譯尚未經過專業翻譯人員審閱。如有不清楚之處，請對照英文原文。',
} satisfies DraftWords;
