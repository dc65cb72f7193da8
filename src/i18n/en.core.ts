/**
 * English. Plain language (grade 6–8), short sentences, person-first and never judging.
 * `you` forms speak to the person the assessment is about; `they` forms speak to someone
 * answering about a loved one. Placeholders are filled by `format()` in ./format.ts.
 */
import type { CoreShape } from './types';

export const enCore = {
  lang: 'en',
  languageName: 'English',

  app: {
    title: 'Find the right level of care',
    callCenter: '{center}: call {phone}',
  },

  common: {
    continue: 'Continue',
    back: 'Back',
    change: 'Change',
    startOver: 'Start over',
    print: 'Print',
    questionOfAbout: 'Question {n} of about {total}',
    questionOfTotal: 'Question {n} of {total}',
    errorTitlePrefix: 'Error: ',
    errorSummaryTitle: 'There is a problem',
    leaveSite: 'Leave this site',
    leaveSiteHint: 'Leaves right away and clears your answers.',
    languageMenu: 'Language',
    loading: 'Loading…',
    loadFailed: "We couldn't load the next part",
    loadFailedBody: 'Your answers are safe. Check your connection and try again, or call us.',
    retry: 'Try again',
  },

  help: {
    label: 'Need help now?',
    call911: 'Call 911',
    call988: 'Call 988',
    text988: 'Text 988',
    callCenter: 'Call {center}',
  },

  start: {
    heading: 'What kind of care might help?',
    intro: [
      'Answer some questions about substance use, health and daily life.',
      'You can answer for yourself or for someone you care about.',
      "At the end, you'll see what type of care may fit, and why.",
    ],
    privacy:
      'Your answers stay in this page, on this device. Nothing is sent to anyone. Closing or reloading the page clears them.',
    privacyShared:
      'Your answers stay in this page, on this device. At the end, {partner} will be told which type of care was suggested, never your answers.',
    notDiagnosis:
      'This is not a diagnosis. A free assessment with a clinician decides what care is right.',
    begin: 'Start',
    time: 'About 5–10 minutes',
    haveCode: 'Have a code from before?',
  },

  errors: {
    requiredSingle: 'Select an answer',
    requiredMulti: "Select all that apply, or select 'None of these'",
    exclusive: "'None of these' can't be selected with other answers",
  },

  questions: {
    respondent: {
      label: { you: 'Who are you answering for?', they: 'Who are you answering for?' },
      short: 'Answering for',
      options: {
        self: { label: 'Myself' },
        other: { label: 'Someone I care about', hint: 'A family member or a friend' },
      },
    },
  },

  crisis: {
    heading: 'Get help now',
    intro: {
      you: "Your answers show you may need help right away. Please don't wait. You are not alone.",
      they: "Your answers show your loved one may need help right away. Please don't wait. You are not alone.",
    },
    call911Heading: 'Call 911 for any of these',
    call911Signs: [
      "Signs of an overdose: can't be woken up, slow or no breathing, blue or gray lips or fingertips, choking or gurgling sounds",
      'A seizure',
      'Chest pain or trouble breathing',
      "Severe withdrawal: seeing or hearing things, very confused, or can't keep fluids down",
    ],
    call988Heading: 'Call or text 988 for thoughts of suicide',
    call988Body:
      '988 is the Suicide & Crisis Lifeline. It is free, confidential and open 24 hours a day. You can call or text for yourself or for someone you care about.',
    centerHeading: 'Call the center when you can',
    naloxoneHeading: 'If you think it is an opioid overdose',
    naloxone: [
      'Give naloxone (Narcan) if you have it. Spray it into one nostril.',
      'Call 911, even if they start to wake up.',
      'Stay with them. If they still are not awake after 2 to 3 minutes, give another dose if you have one.',
      'Put them on their side so they do not choke.',
    ],
    changeAnswer: 'Change my answer',
  },
} as const satisfies CoreShape;
