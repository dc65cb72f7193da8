/**
 * فارسی (Farsi/Persian). DRAFT machine-assisted translation, not yet reviewed by a qualified
 * human translator (ACA Section 1557): see /work/shared/spec/languages.md §4.
 *
 * Register: plain language (grades 6–8), polite «شما» forms throughout, warm and never
 * judging («مصرف», never «سوءمصرف»). Farsi has no grammatical gender, so no gendered forms
 * are needed; the `they` voice names the person as «عزیزتان» (your loved one) so each
 * sentence says who it is about, and the staff voice uses «این فرد» (the person).
 * Phone numbers, 911/988, codes and URLs stay in Western digits (the UI isolates them LTR).
 * The state program's name (Medicaid) is filled in by the UI as `{program}`.
 */
import type { CoreWords } from './types';

export const faCore = {
  lang: 'fa',
  languageName: 'فارسی',

  app: {
    title: 'سطح مناسب مراقبت را پیدا کنید',
    callCenter: '{center}: با {phone} تماس بگیرید',
  },

  common: {
    continue: 'ادامه',
    back: 'بازگشت',
    change: 'تغییر',
    startOver: 'شروع دوباره',
    print: 'چاپ',
    questionOfAbout: 'سؤال {n} از حدود {total}',
    questionOfTotal: 'سؤال {n} از {total}',
    errorTitlePrefix: 'خطا: ',
    errorSummaryTitle: 'مشکلی وجود دارد',
    leaveSite: 'خروج از این سایت',
    leaveSiteHint: 'فوراً خارج می‌شود و پاسخ‌های شما را پاک می‌کند.',
    languageMenu: 'زبان',
    loading: 'در حال بارگیری…',
    loadFailed: 'نتوانستیم بخش بعدی را بارگیری کنیم',
    loadFailedBody:
      'پاسخ‌های شما محفوظ است. اتصال اینترنت خود را بررسی کنید و دوباره امتحان کنید، یا با ما تماس بگیرید.',
    retry: 'دوباره امتحان کنید',
  },

  help: {
    label: 'همین حالا به کمک نیاز دارید؟',
    call911: 'تماس با 911',
    call988: 'تماس با 988',
    text988: 'ارسال پیامک به 988',
    callCenter: 'تماس با {center}',
  },

  start: {
    heading: 'چه نوع مراقبتی ممکن است کمک کند؟',
    intro: [
      'به چند سؤال درباره مصرف مواد، سلامت و زندگی روزمره پاسخ دهید.',
      'می‌توانید برای خودتان یا برای یکی از عزیزانتان پاسخ دهید.',
      'در پایان می‌بینید چه نوع مراقبتی ممکن است مناسب باشد و چرا.',
    ],
    privacy:
      'پاسخ‌های شما در همین صفحه و روی همین دستگاه می‌ماند. برای هیچ‌کس فرستاده نمی‌شود. وقتی صفحه را ببندید یا دوباره بارگیری کنید، پاک می‌شود.',
    privacyShared:
      'پاسخ‌های شما در همین صفحه و روی همین دستگاه می‌ماند. در پایان، فقط نوع مراقبت پیشنهادشده به {partner} گفته می‌شود، هرگز پاسخ‌های شما.',
    notDiagnosis:
      'این یک تشخیص نیست. یک ارزیابی رایگان با یک متخصص بالینی تعیین می‌کند چه مراقبتی مناسب است.',
    begin: 'شروع',
    time: 'حدود 5 تا 10 دقیقه',
    haveCode: 'از قبل کدی دارید؟',
  },

  errors: {
    requiredSingle: 'یک پاسخ را انتخاب کنید',
    requiredMulti: 'همه موارد درست را انتخاب کنید، یا «هیچ‌کدام از این‌ها» را انتخاب کنید',
    exclusive: '«هیچ‌کدام از این‌ها» را نمی‌توان همراه با پاسخ‌های دیگر انتخاب کرد',
  },

  questions: {
    respondent: {
      label: { you: 'برای چه کسی پاسخ می‌دهید؟', they: 'برای چه کسی پاسخ می‌دهید؟' },
      short: 'پاسخ برای',
      options: {
        self: { label: 'برای خودم' },
        other: { label: 'برای یکی از عزیزانم', hint: 'یکی از اعضای خانواده یا یک دوست' },
      },
    },
  },

  crisis: {
    heading: 'همین حالا کمک بگیرید',
    intro: {
      you: 'پاسخ‌های شما نشان می‌دهد که شاید همین حالا به کمک نیاز داشته باشید. لطفاً صبر نکنید. شما تنها نیستید.',
      they: 'پاسخ‌های شما نشان می‌دهد که شاید عزیزتان همین حالا به کمک نیاز داشته باشد. لطفاً صبر نکنید. شما تنها نیستید.',
    },
    call911Heading: 'برای هر یک از این موارد با 911 تماس بگیرید',
    call911Signs: [
      'نشانه‌های اوردوز (مصرف بیش از حد): نمی‌شود فرد را بیدار کرد، تنفس آهسته یا قطع تنفس، لب‌ها یا نوک انگشتان آبی یا خاکستری، صدای خفگی یا خِرخِر',
      'تشنج',
      'درد قفسه سینه یا مشکل در تنفس',
      'علائم شدید ترک: دیدن یا شنیدن چیزهایی که وجود ندارند، گیجی شدید، یا بالا آوردن هر مایعی که نوشیده می‌شود',
    ],
    call988Heading: 'برای افکار خودکشی با 988 تماس بگیرید یا پیامک بفرستید',
    call988Body:
      '988 خط امداد خودکشی و بحران (Suicide & Crisis Lifeline) است. رایگان و محرمانه است و 24 ساعته پاسخ می‌دهد. می‌توانید برای خودتان یا برای یکی از عزیزانتان تماس بگیرید یا پیامک بفرستید.',
    centerHeading: 'هر وقت توانستید با مرکز تماس بگیرید',
    naloxoneHeading: 'اگر فکر می‌کنید اوردوز مواد افیونی است',
    naloxone: [
      'اگر نالوکسان (Narcan) دارید، آن را بدهید. آن را در یک سوراخ بینی اسپری کنید.',
      'با 911 تماس بگیرید، حتی اگر فرد کم‌کم به هوش بیاید.',
      'کنار فرد بمانید. اگر بعد از 2 تا 3 دقیقه هنوز بیدار نشد، اگر دوز دیگری دارید آن را هم بدهید.',
      'فرد را به پهلو بخوابانید تا خفه نشود.',
    ],
    changeAnswer: 'تغییر پاسخم',
  },
} satisfies CoreWords;
