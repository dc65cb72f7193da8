/** The draft line in Simplified Chinese (./types.ts DraftWords), beside the same in English. A draft: to be read through by the Chinese translator. */
import type { DraftWords } from './types';

export const zhHansDraft = {
  line: '此翻译尚未经过专业翻译人员审阅。如有任何不清楚之处，请致电 {center}。',
  interpreterFree: '口译服务完全免费。',
  staff: '此翻译尚未经过专业翻译人员审阅。如有不清楚之处，请对照英文原文。',
} satisfies DraftWords;
