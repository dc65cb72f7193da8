/** English words for the center's programs (./program-words.ts). Part of the later words. */
import type { ProgramWords } from './program-words';

export const enPrograms = {
  heading: 'Programs at {center} that may fit',
  intro: {
    you: 'Times and places can change. Call to confirm and to start.',
    they: 'Times and places can change. Call to confirm and to start.',
    staff: 'Times and places can change: confirm them before booking.',
  },
  freeVerification: {
    you: '{center} checks your insurance for free before treatment starts.',
    they: "{center} checks your loved one's insurance for free before treatment starts.",
    staff: '{center} checks the person’s insurance for free before treatment starts.',
  },
  alternativeHeading: 'Programs for {level} at {center}',
  when: 'When',
  where: 'Where',
  whyItFits: 'Why it may fit',
  insurance: 'Insurance',
  timesOfDay: { morning: 'Mornings', afternoon: 'Afternoons', evening: 'Evenings' },
  spans: { daytime: 'Daytime', afternoonEvening: 'Afternoon and evening', allDay: 'All day' },
  days: { mon: 'Mon', tue: 'Tue', wed: 'Wed', thu: 'Thu', fri: 'Fri', sat: 'Sat', sun: 'Sun' },
  dayRange: '{from}–{to}',
  session: '{start} to {end}',
  sessionWithDays: '{days}, {start} to {end}',
  residential: 'Day and night, with staff always there',
  byVideo: 'By video, from home',
  placeOrVideo: '{place}, or by video',
  fit: {
    schedule: {
      you: '{time} sessions, which you said work best',
      they: '{time} sessions, which you said work best for your loved one',
      staff: '{time} sessions, which the person said work best',
    },
    scheduleTimes: { morning: 'Morning', afternoon: 'Afternoon', evening: 'Evening' },
    video: {
      you: 'You can join by video, so you don’t need a ride',
      they: 'Your loved one can join by video, so they don’t need a ride',
      staff: 'The person can join by video, so they don’t need a ride',
    },
    insurance: {
      commercial: {
        you: 'Takes private insurance: call to confirm your plan',
        they: 'Takes private insurance: call to confirm their plan',
        staff: 'Takes private insurance: confirm their plan',
      },
      medicaid: {
        you: 'Takes {program}: call to confirm your plan',
        they: 'Takes {program}: call to confirm their plan',
        staff: 'Takes {program}: confirm their plan',
      },
      medicare: {
        you: 'Takes Medicare: call to confirm your plan',
        they: 'Takes Medicare: call to confirm their plan',
        staff: 'Takes Medicare: confirm their plan',
      },
      none: {
        you: 'You can pay for it yourself: call to ask about the cost',
        they: 'You can pay for it yourself: call to ask about the cost',
        staff: 'Self-pay is accepted: go over the cost with the person',
      },
    },
    language: { en: 'Sessions in English', es: 'Sessions in Spanish' },
  },
  takes: {
    you: 'Takes {list}. Call to confirm your plan.',
    they: 'Takes {list}. Call to confirm their plan.',
    staff: 'Takes {list}. Confirm the person’s plan.',
  },
  paidBy: {
    commercial: 'private insurance',
    medicaid: '{program}',
    medicare: 'Medicare',
    none: 'self-pay',
  },
  askInsurance: {
    you: 'Call to ask which insurance it takes.',
    they: 'Call to ask which insurance it takes.',
    staff: 'Check which insurance it takes.',
  },
  sessionsIn: 'Sessions in {languages}',
  languageNames: { en: 'English', es: 'Spanish' },
  and: '{a} and {b}',
  referral: {
    heading: 'Where to find this care',
    noneAtLevel: '{center} doesn’t list a program for {level}.',
    noneForAge: '{center} doesn’t list a program for {level} for this age group.',
    callAnyway: {
      you: 'Call {center} anyway: they can help you find one.',
      they: 'Call {center} anyway: they can help you find one for your loved one.',
      staff: 'Help the person find one: offer the helpline below and FindTreatment.gov.',
    },
    helpline: {
      you: 'The SAMHSA National Helpline is free and confidential. It is open 24 hours a day, 7 days a week, in English and Spanish, and can help you find care near you.',
      they: 'The SAMHSA National Helpline is free and confidential. It is open 24 hours a day, 7 days a week, in English and Spanish, and can help you find care near your loved one.',
      staff:
        'The SAMHSA National Helpline is free and confidential. It is open 24 hours a day, 7 days a week, in English and Spanish, and can help the person find care near them.',
    },
    callHelpline: 'Call the helpline:',
    search: {
      you: 'You can also search for treatment near you at',
      they: 'You can also search for treatment near your loved one at',
      staff: 'The person can also search for treatment near them at',
    },
    infoHeading: 'Where to learn more',
    infoCall: {
      you: 'Call {center} with any questions: they can tell you what is near you.',
      they: 'Call {center} with any questions: they can tell you what is near your loved one.',
      staff: 'Offer to answer the person’s questions, and the helpline below.',
    },
    infoHelpline:
      'The SAMHSA National Helpline answers questions too. It is free and confidential, and open 24 hours a day, 7 days a week, in English and Spanish.',
  },
  questions: {
    heading: 'Questions to ask any program',
    intro: {
      you: 'Ask these of any program you are thinking about, {center} included.',
      they: 'Ask these of any program you are thinking about for your loved one, {center} included.',
      staff: 'Questions the person can ask any program, this one included. Answer them plainly.',
    },
    licensedBy: 'Is it licensed by the state ({licensingBody})?',
    licensedByState: 'Is it licensed by the state?',
    items: [
      'Are the counselors and therapists licensed?',
      'Which treatment methods does it use, and do studies show they work?',
      'How many people are in a group session?',
      'What happens if someone uses during treatment?',
      'How many people finish the program, and what support is there after it ends?',
      'Does it offer medicines for alcohol or opioid use, or help people get them?',
      'What will it cost after insurance?',
    ],
  },
  staff: {
    firstProgram: 'First program',
    noProgram: 'No program at this level',
    noteHeading: 'Programs that may fit',
    noteAlternative: 'Option to ask about',
    noteReferral:
      'No program listed at this level (or for this age). Refer: SAMHSA National Helpline 1-800-662-4357 (free, 24/7, English and Spanish); FindTreatment.gov.',
    noteQuestions:
      'Next step: offer the questions to ask any program (state license, licensed clinicians, methods, group size, use during treatment, how many finish and aftercare, medicines, cost after insurance).',
  },
} as const satisfies ProgramWords;
