/** 口译与代码语言的用语（草稿，尚待专业译者审阅）。 */
import type { InterpreterWords } from './interpreter-words';

export const zhHansInterpreter = {
  // {language} is the language's ENGLISH name ("Vietnamese"): the person says it on the phone.
  ask: {
    you: '{center}可以免费为您安排口译员。有人接听时，请说“{language}”。',
    they: '{center}可以免费为您或您的亲人安排口译员。有人接听时，请说“{language}”。',
  },
  staff: {
    offer: '以{language}作答：请提供口译员',
    same: '以{language}作答',
    notRecorded: '作答语言：未记录（旧版代码）',
    names: {
      en: '英语',
      es: '西班牙语',
      vi: '越南语',
      ko: '韩语',
      'zh-Hant': '中文（繁体）',
      'zh-Hans': '中文（简体）',
      fa: '波斯语',
      ar: '阿拉伯语',
    },
  },
} as const satisfies InterpreterWords;
