/** واژه‌های مترجم شفاهی و زبانِ کد (پیش‌نویس، در انتظار بازبینی مترجم حرفه‌ای). */
import type { InterpreterWords } from './interpreter-words';

export const faInterpreter = {
  // {language} is the language's ENGLISH name ("Vietnamese"): the person says it on the phone.
  ask: {
    you: '{center} می‌تواند بدون هزینه برای شما مترجم شفاهی بیاورد. وقتی کسی جواب داد، بگویید «{language}».',
    they: '{center} می‌تواند بدون هزینه برای شما یا عزیزتان مترجم شفاهی بیاورد. وقتی کسی جواب داد، بگویید «{language}».',
  },
  staff: {
    offer: 'پاسخ‌ها به {language} داده شد: مترجم شفاهی پیشنهاد دهید',
    same: 'پاسخ‌ها به {language} داده شد',
    notRecorded: 'زبان پاسخ‌ها: ثبت نشده (کد قدیمی)',
    names: {
      en: 'انگلیسی',
      es: 'اسپانیایی',
      vi: 'ویتنامی',
      ko: 'کره‌ای',
      'zh-Hant': 'چینی (سنتی)',
      'zh-Hans': 'چینی (ساده‌شده)',
      fa: 'فارسی',
      ar: 'عربی',
    },
  },
} as const satisfies InterpreterWords;
