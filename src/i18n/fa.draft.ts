/** The draft line in Farsi (./types.ts DraftWords), beside the same in English. A draft: to be read through by the Farsi translator. */
import type { DraftWords } from './types';

export const faDraft = {
  line: 'این ترجمه هنوز توسط یک مترجم حرفه‌ای بررسی نشده است. اگر چیزی روشن نیست، با {center} تماس بگیرید.',
  interpreterFree: 'مترجم شفاهی هیچ هزینه‌ای ندارد.',
  staff:
    'این ترجمه هنوز توسط یک مترجم حرفه‌ای بررسی نشده است. هر چیزی را که روشن نیست با متن انگلیسی مقایسه کنید.',
} satisfies DraftWords;
