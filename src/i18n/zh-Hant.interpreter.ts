/** 口譯與代碼語言的用語（草稿，尚待專業譯者審閱）。 */
import type { InterpreterWords } from './interpreter-words';

export const zhHantInterpreter = {
  // {language} is the language's ENGLISH name ("Vietnamese"): the person says it on the phone.
  ask: {
    you: '{center}可以免費為您安排口譯員。有人接聽時，請說「{language}」。',
    they: '{center}可以免費為您或您的親人安排口譯員。有人接聽時，請說「{language}」。',
  },
  staff: {
    offer: '以{language}作答：請提供口譯員',
    same: '以{language}作答',
    notRecorded: '作答語言：未記錄（舊版代碼）',
    names: {
      en: '英文',
      es: '西班牙文',
      vi: '越南文',
      ko: '韓文',
      'zh-Hant': '中文（繁體）',
      'zh-Hans': '中文（簡體）',
      fa: '波斯文',
      ar: '阿拉伯文',
    },
  },
} as const satisfies InterpreterWords;
