/** كلمات المترجم الفوري ولغة الرمز (مسودة، بانتظار مراجعة مترجم محترف). */
import type { InterpreterWords } from './interpreter-words';

export const arInterpreter = {
  // {language} is the language's ENGLISH name ("Vietnamese"): the person says it on the phone.
  ask: {
    you: 'يمكن لـ {center} توفير مترجم فوري لك دون أي تكلفة. عندما يرد أحد، قل «{language}».',
    they: 'يمكن لـ {center} توفير مترجم فوري لك أو للشخص العزيز عليك دون أي تكلفة. عندما يرد أحد، قل «{language}».',
  },
  staff: {
    offer: 'أُجيب عن الأسئلة بـ{language}: اعرض مترجمًا فوريًا',
    same: 'أُجيب عن الأسئلة بـ{language}',
    notRecorded: 'لغة الإجابات: غير مسجلة (رمز قديم)',
    names: {
      en: 'الإنجليزية',
      es: 'الإسبانية',
      vi: 'الفيتنامية',
      ko: 'الكورية',
      'zh-Hant': 'الصينية (التقليدية)',
      'zh-Hans': 'الصينية (المبسطة)',
      fa: 'الفارسية',
      ar: 'العربية',
    },
  },
} as const satisfies InterpreterWords;
