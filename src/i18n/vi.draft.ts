/** The draft line in Vietnamese (./types.ts DraftWords), beside the same in English. A draft: to be read through by the Vietnamese translator. */
import type { DraftWords } from './types';

export const viDraft = {
  line: 'Bản dịch này chưa được một người dịch chuyên nghiệp kiểm tra. Nếu có điều gì chưa rõ, xin gọi {center}.',
  interpreterFree: 'Quý vị không phải trả tiền cho thông dịch viên.',
  staff:
    'Bản dịch này chưa được một người dịch chuyên nghiệp kiểm tra. Điều gì chưa rõ, hãy đối chiếu với bản tiếng Anh.',
} satisfies DraftWords;
