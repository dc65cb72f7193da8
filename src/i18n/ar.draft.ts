/** The draft line in Arabic (./types.ts DraftWords), beside the same in English. A draft: to be read through by the Arabic translator. */
import type { DraftWords } from './types';

export const arDraft = {
  line: 'لم يراجع مترجم محترف هذه الترجمة بعد. إذا كان هناك أي شيء غير واضح، يُرجى الاتصال بـ {center}.',
  interpreterFree: 'خدمة المترجم الفوري مجانية تمامًا.',
  staff: 'لم يراجع مترجم محترف هذه الترجمة بعد. يُرجى مقارنة أي شيء غير واضح بالنص الإنجليزي.',
} satisfies DraftWords;
