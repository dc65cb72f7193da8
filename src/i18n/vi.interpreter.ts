/** Từ của người thông dịch và ngôn ngữ của mã (bản nháp, chờ người dịch chuyên nghiệp xem lại). */
import type { InterpreterWords } from './interpreter-words';

export const viInterpreter = {
  // {language} is the language's ENGLISH name ("Vietnamese"): the person says it on the phone.
  ask: {
    you: '{center} có thể mời người thông dịch miễn phí cho quý vị. Khi có người trả lời, hãy nói “{language}”.',
    they: '{center} có thể mời người thông dịch miễn phí cho quý vị hoặc người thân của quý vị. Khi có người trả lời, hãy nói “{language}”.',
  },
  staff: {
    offer: 'Đã trả lời bằng {language}: hãy đề nghị người thông dịch',
    same: 'Đã trả lời bằng {language}',
    notRecorded: 'Ngôn ngữ của bài trả lời: không ghi lại (mã cũ)',
    names: {
      en: 'tiếng Anh',
      es: 'tiếng Tây Ban Nha',
      vi: 'tiếng Việt',
      ko: 'tiếng Hàn',
      'zh-Hant': 'tiếng Trung (phồn thể)',
      'zh-Hans': 'tiếng Trung (giản thể)',
      fa: 'tiếng Ba Tư',
      ar: 'tiếng Ả Rập',
    },
  },
} as const satisfies InterpreterWords;
