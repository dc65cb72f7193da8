/** The draft line in Korean (./types.ts DraftWords), beside the same in English. A draft: to be read through by the Korean translator. */
import type { DraftWords } from './types';

export const koDraft = {
  line: '이 번역은 아직 전문 번역가의 검토를 받지 않았어요. 이해가 잘 안 되는 부분이 있으면 {center}에 전화하세요.',
  interpreterFree: '통역 서비스는 무료예요.',
  staff:
    '이 번역은 아직 전문 번역가의 검토를 받지 않았어요. 분명하지 않은 부분은 영어 원문과 비교해 확인하세요.',
} satisfies DraftWords;
