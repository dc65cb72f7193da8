/** 통역 안내와 코드의 언어 (초안: 전문 번역가의 검토 전). */
import type { InterpreterWords } from './interpreter-words';

export const koInterpreter = {
  // {language} is the language's ENGLISH name ("Vietnamese"): the person says it on the phone.
  ask: {
    you: '{center}에서 무료로 통역사를 연결해 드려요. 전화를 받으면 “{language}”라고 말하세요.',
    they: '{center}에서 본인이나 소중한 사람을 위해 무료로 통역사를 연결해 드려요. 전화를 받으면 “{language}”라고 말하세요.',
  },
  staff: {
    offer: '{language}로 답함: 통역사를 제안하세요',
    same: '{language}로 답함',
    notRecorded: '답한 언어: 기록 없음 (이전 코드)',
    names: {
      en: '영어',
      es: '스페인어',
      vi: '베트남어',
      ko: '한국어',
      'zh-Hant': '중국어(번체)',
      'zh-Hans': '중국어(간체)',
      fa: '페르시아어',
      ar: '아랍어',
    },
  },
} as const satisfies InterpreterWords;
