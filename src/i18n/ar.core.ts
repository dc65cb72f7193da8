/**
 * العربية (Arabic). DRAFT machine-assisted translation, not yet reviewed by a qualified human
 * translator (ACA Section 1557): see /work/shared/spec/languages.md §4.
 *
 * Register: plain Modern Standard Arabic (grades 6–8), warm and never judging («تعاطي» /
 * «استخدام», never «إساءة استخدام»).
 *
 * Gender: Arabic marks the gender of "you" in verbs and imperatives. To address any reader
 * without guessing, the text is unvocalized and avoids gender-marked forms: second-person
 * pronoun suffixes (ـك, which read the same for a man or a woman when unvocalized), past-tense
 * verbs (also identical unvocalized), «يمكنك» / «يُرجى» + a verbal noun instead of imperatives,
 * and verbal nouns for answer options (like the Spanish infinitives). Where a present-tense
 * "you" verb could not be avoided, the masculine form is used as the generic form; a reviewer
 * may prefer other choices. The loved one is «الشخص العزيز عليك»; the staff voice says «الشخص».
 * «الشخص» is a grammatically masculine noun, so the verbs that agree with it are masculine:
 * that follows the word, not the person's sex.
 *
 * Phone numbers, 911/988, codes and URLs stay in Western digits (the UI isolates them LTR);
 * other numbers use Western digits too, so a screen never mixes two digit systems.
 * The state program's name (Medicaid) is filled in by the UI as `{program}`.
 */
import type { CoreWords } from './types';

export const arCore = {
  lang: 'ar',
  languageName: 'العربية',

  app: {
    title: 'العثور على مستوى الرعاية المناسب',
    callCenter: '{center}: الاتصال على {phone}',
  },

  common: {
    continue: 'متابعة',
    back: 'رجوع',
    change: 'تغيير',
    startOver: 'البدء من جديد',
    print: 'طباعة',
    questionOfAbout: 'السؤال {n} من حوالي {total}',
    questionOfTotal: 'السؤال {n} من {total}',
    errorTitlePrefix: 'خطأ: ',
    errorSummaryTitle: 'هناك مشكلة',
    leaveSite: 'مغادرة هذا الموقع',
    leaveSiteHint: 'مغادرة فورية تمحو إجاباتك.',
    languageMenu: 'اللغة',
    loading: 'جارٍ التحميل…',
    loadFailed: 'لم نتمكن من تحميل الجزء التالي',
    loadFailedBody:
      'إجاباتك محفوظة. يُرجى التحقق من الاتصال بالإنترنت والمحاولة مرة أخرى، أو الاتصال بنا.',
    retry: 'إعادة المحاولة',
  },

  help: {
    label: 'هل تلزمك مساعدة الآن؟',
    call911: 'الاتصال بـ 911',
    call988: 'الاتصال بـ 988',
    text988: 'إرسال رسالة نصية إلى 988',
    callCenter: 'الاتصال بـ {center}',
  },

  start: {
    heading: 'ما نوع الرعاية التي قد تساعد؟',
    intro: [
      'هنا بعض الأسئلة عن تعاطي المواد والصحة والحياة اليومية.',
      'يمكنك الإجابة عن نفسك أو عن شخص عزيز عليك.',
      'في النهاية، يظهر لك نوع الرعاية الذي قد يكون مناسبًا وسبب ذلك.',
    ],
    privacy:
      'تبقى إجاباتك في هذه الصفحة، على هذا الجهاز. لا تُرسل إلى أي أحد. تُمحى عند إغلاق الصفحة أو إعادة تحميلها.',
    privacyShared:
      'تبقى إجاباتك في هذه الصفحة، على هذا الجهاز. في النهاية، سيُبلَّغ {partner} بنوع الرعاية المقترح فقط، وليس بإجاباتك أبدًا.',
    notDiagnosis: 'هذا ليس تشخيصًا. تقييم مجاني مع مختص سريري هو الذي يحدد الرعاية المناسبة.',
    begin: 'البدء',
    time: 'حوالي 5 إلى 10 دقائق',
    haveCode: 'هل لديك رمز من قبل؟',
  },

  errors: {
    requiredSingle: 'يُرجى اختيار إجابة',
    requiredMulti: 'يُرجى اختيار كل ما ينطبق، أو اختيار «لا شيء مما سبق»',
    exclusive: 'لا يمكن اختيار «لا شيء مما سبق» مع إجابات أخرى',
  },

  questions: {
    respondent: {
      label: { you: 'عمّن هذه الإجابات؟', they: 'عمّن هذه الإجابات؟' },
      short: 'الإجابة عن',
      options: {
        self: { label: 'عن نفسي' },
        other: { label: 'عن شخص عزيز عليّ', hint: 'أحد أفراد العائلة أو صديق' },
      },
    },
  },

  crisis: {
    heading: 'طلب المساعدة الآن',
    intro: {
      you: 'تُظهر إجاباتك أنك ربما بحاجة إلى مساعدة فورًا. يُرجى عدم الانتظار. لست وحدك.',
      they: 'تُظهر إجاباتك أن الشخص العزيز عليك قد يحتاج إلى مساعدة فورًا. يُرجى عدم الانتظار. لست وحدك.',
    },
    call911Heading: 'الاتصال بـ 911 عند أيٍّ من هذه العلامات',
    call911Signs: [
      'علامات الجرعة الزائدة: لا يمكن إيقاظ الشخص، تنفس بطيء أو توقف التنفس، شفاه أو أطراف أصابع زرقاء أو رمادية، أصوات اختناق أو غرغرة',
      'نوبة تشنج',
      'ألم في الصدر أو صعوبة في التنفس',
      'أعراض انسحاب شديدة: رؤية أو سماع أشياء غير موجودة، ارتباك شديد، أو عدم القدرة على إبقاء السوائل في المعدة (تقيؤها)',
    ],
    call988Heading: 'الاتصال أو إرسال رسالة نصية إلى 988 عند وجود أفكار انتحارية',
    call988Body:
      '988 هو خط الانتحار والأزمات (Suicide & Crisis Lifeline). الخدمة مجانية وسرية ومتاحة على مدار 24 ساعة. يمكنك الاتصال أو إرسال رسالة نصية من أجلك أو من أجل شخص عزيز عليك.',
    centerHeading: 'الاتصال بالمركز عندما يمكنك ذلك',
    naloxoneHeading: 'عند الاشتباه بجرعة زائدة من المواد الأفيونية',
    naloxone: [
      'إعطاء النالوكسون (Narcan) إن كان متوفرًا، برشّه في فتحة أنف واحدة.',
      'الاتصال بـ 911، حتى لو بدأ الشخص يستيقظ.',
      'البقاء مع الشخص. إذا لم يستيقظ بعد 2 إلى 3 دقائق، إعطاء جرعة أخرى إن وُجدت.',
      'وضع الشخص على جنبه حتى لا يختنق.',
    ],
    changeAnswer: 'تغيير إجابتي',
  },
} satisfies CoreWords;
