/**
 * English words for the review, the result, the notes and staff mode: loaded once the
 * person is answering (see src/app/deferred.ts), so the first screens download less.
 * Same voice as ./en.core.ts.
 */
import type { LaterShape } from './types';
import { enPrograms } from './en.programs';
import { enCall } from './en.call';
import { enInterpreter } from './en.interpreter';

const selectAll = { you: 'Select all that apply.', they: 'Select all that apply.' };
const yesNo = { yes: { label: 'Yes' }, no: { label: 'No' } };
const asqOptions = {
  yes: { label: 'Yes' },
  no: { label: 'No' },
  decline: { label: "I'd rather not say" },
};
const noneOfThese = { label: 'None of these' };

export const enLater = {
  screens: {
    respondent: { you: 'Who is this for?', they: 'Who is this for?' },
    age: { you: 'About you', they: 'About your loved one' },
    danger: { you: 'Safety right now', they: 'Safety right now' },
    substances: { you: 'Substance use', they: 'Substance use' },
    frequency: { you: 'How often you use', they: 'How often your loved one uses' },
    criteria: { you: 'How use affects your life', they: "How use affects your loved one's life" },
    withdrawal: { you: 'Stopping or cutting back', they: 'Stopping or cutting back' },
    medical: { you: 'Your health', they: "Your loved one's health" },
    asq: {
      you: 'Questions we ask everyone, so you get the right support',
      they: 'Questions we ask everyone, so your loved one gets the right support',
    },
    'asq-now': { you: 'Your safety right now', they: "Your loved one's safety right now" },
    mental: { you: 'Your mental health', they: "Your loved one's mental health" },
    readiness: { you: 'Making a change', they: 'Making a change' },
    treatment: { you: 'Past treatment', they: 'Past treatment' },
    home: { you: 'Where you live', they: 'Where your loved one lives' },
    'home-safety': { you: 'Safety at home', they: 'Safety at home' },
    support: { you: 'Support and getting around', they: 'Support and getting around' },
    obligations: { you: 'Work, school and family', they: 'Work, school and family' },
    schedule: { you: 'Best time for sessions', they: 'Best time for sessions' },
    insurance: { you: 'Insurance', they: 'Insurance' },
  },

  questions: {
    'about.age': {
      label: { you: 'How old are you?', they: 'How old is your loved one?' },
      short: 'Age',
      options: {
        'under-18': { label: 'Under 18' },
        '18-64': { label: '18 to 64' },
        '65-plus': { label: '65 or older' },
      },
    },
    'safety.emergencyNow': {
      label: {
        you: 'Are you, or is anyone with you, in danger right now?',
        they: 'Is your loved one, or anyone else, in danger right now?',
      },
      hint: {
        you: "This means signs of an overdose (like slow or no breathing, or blue lips), a seizure, chest pain, trouble breathing, or someone who can't be woken up.",
        they: "This means signs of an overdose (like slow or no breathing, or blue lips), a seizure, chest pain, trouble breathing, or someone who can't be woken up.",
      },
      short: 'Danger right now',
      options: yesNo,
    },
    'use.substances': {
      label: {
        you: 'In the past 12 months, which of these have you used?',
        they: 'In the past 12 months, which of these has your loved one used?',
      },
      hint: selectAll,
      short: 'Substances used',
      options: {
        alcohol: { label: 'Alcohol' },
        opioids: { label: 'Opioids', hint: 'Like heroin, fentanyl or pain pills' },
        benzodiazepines: {
          label: 'Benzodiazepines or other sedatives',
          hint: 'Like Xanax, Valium, Klonopin, or other pills for anxiety or sleep',
        },
        stimulants: { label: 'Stimulants', hint: 'Like meth, cocaine or stimulant pills' },
        cannabis: { label: 'Cannabis', hint: 'Like marijuana, weed, edibles or vapes' },
        other: { label: 'Other drugs', hint: 'Any drug not listed here' },
        none: noneOfThese,
      },
    },
    'use.frequency': {
      label: {
        you: 'In the past 30 days, how often did you use any of the substances you chose?',
        they: 'In the past 30 days, how often did your loved one use any of the substances you chose?',
      },
      short: 'How often (past 30 days)',
      options: {
        daily: { label: 'Every day or nearly every day' },
        weekly: { label: 'At least once a week, but not every day' },
        monthly: { label: 'Less than once a week' },
        'not-recent': { label: 'Not at all in the past 30 days' },
      },
    },
    'use.lastUse': {
      label: { you: 'When did you last use?', they: 'When did your loved one last use?' },
      short: 'Last use',
      options: {
        today: { label: 'In the past 24 hours' },
        days: { label: '1 to 7 days ago' },
        weeks: { label: '8 to 30 days ago' },
      },
    },
    'use.criteria': {
      label: {
        you: 'In the past 12 months, which of these have been true for you?',
        they: 'In the past 12 months, which of these have been true for your loved one?',
      },
      hint: {
        you: 'Select all that apply. Do not count tolerance (needing more) or withdrawal from a medicine you take as your doctor prescribed.',
        they: 'Select all that apply. Do not count tolerance (needing more) or withdrawal from a medicine they take as their doctor prescribed.',
      },
      short: 'Signs in the past 12 months',
      options: {
        'larger-amounts': { label: 'Used more, or for longer, than meant to' },
        'cut-down': { label: "Wanted to cut down or stop, or tried and couldn't" },
        'time-spent': {
          label: 'Spent a lot of time getting it, using it, or getting over the effects',
        },
        craving: { label: 'Had strong urges or cravings to use' },
        'role-failure': {
          label: 'Fell behind at work, school or home because of use',
        },
        'social-problems': {
          label: 'Kept using even though it caused problems with family or friends',
        },
        'activities-given-up': {
          label: 'Gave up or cut back on important or fun activities because of use',
        },
        'hazardous-use': {
          label: 'Used when it was physically unsafe, like before driving',
        },
        'physical-psych-problems': {
          label: 'Kept using while knowing it caused or worsened a health or mental health problem',
        },
        tolerance: {
          label: 'Needed more to get the same effect, or the same amount did less',
        },
        withdrawal: {
          label: 'Felt sick when the effects wore off (withdrawal), or used to avoid that',
          hint: 'Like shaking, sweating, an upset stomach, feeling anxious or not sleeping',
        },
        none: noneOfThese,
      },
    },
    'withdrawal.history': {
      label: {
        you: 'After stopping or cutting back, have you ever had any of these?',
        they: 'After stopping or cutting back, has your loved one ever had any of these?',
      },
      hint: selectAll,
      short: 'Past withdrawal',
      options: {
        seizures: { label: 'A seizure' },
        dts: {
          label: 'Seeing or hearing things, or severe confusion',
          hint: 'Sometimes called the DTs',
        },
        'medical-detox': {
          label: 'Needed medical detox',
          hint: 'Care from a doctor or nurse to stop safely',
        },
        none: noneOfThese,
      },
    },
    'withdrawal.current': {
      label: {
        you: 'Right now, do you have signs of withdrawal?',
        they: 'Right now, does your loved one have signs of withdrawal?',
      },
      hint: {
        you: 'Withdrawal is how the body reacts when someone cuts back or stops.',
        they: 'Withdrawal is how the body reacts when someone cuts back or stops.',
      },
      short: 'Withdrawal now',
      options: {
        none: { label: 'No signs' },
        mild: {
          label: 'Mild signs',
          hint: "Shaky, sweaty, anxious, sick to the stomach, or can't sleep",
        },
        severe: {
          label: 'Severe signs',
          hint: "A seizure, seeing or hearing things, confused, or can't keep fluids down",
        },
      },
    },
    'medical.condition': {
      label: {
        you: 'Do you have an ongoing physical health condition?',
        they: 'Does your loved one have an ongoing physical health condition?',
      },
      hint: {
        you: 'For example: diabetes, heart disease, liver disease, lung disease or high blood pressure.',
        they: 'For example: diabetes, heart disease, liver disease, lung disease or high blood pressure.',
      },
      short: 'Health condition',
      options: {
        none: { label: 'No' },
        stable: { label: "Yes, and it's under control" },
        unstable: {
          label: "Yes, and it's not under control",
          hint: 'Or it needs medical care often',
        },
      },
    },
    'medical.pregnant': {
      label: { you: 'Are you pregnant?', they: 'Is your loved one pregnant?' },
      hint: {
        you: 'Many programs see pregnant people first.',
        they: 'Many programs see pregnant people first.',
      },
      short: 'Pregnant',
      options: {
        yes: { label: 'Yes' },
        no: { label: 'No' },
        'not-applicable': { label: "Doesn't apply" },
        'prefer-not': { label: "I'd rather not say" },
      },
    },
    // The ASQ (NIMH's Ask Suicide-Screening Questions, a validated instrument; issue 18, HAZ-33).
    // The "you" labels are NIMH's English wording, word for word: never edit them to "simplify".
    // Source: NIMH ASQ Toolkit, https://www.nimh.nih.gov/research/research-conducted-at-nimh/asq-toolkit-materials
    // (the ASQ tool; items 1-2 as in NIMH's toolkit PDF, e.g. the copy at
    // https://www.scribd.com/document/487904290/ASQ-pdf; items 4-5 as in the NIMH tool quoted at
    // https://www.chop.edu/clinical-pathway/behavioral-health-issues-ask-suicide-screening-questions-asq;
    // item 3 as issue 18 quotes NIMH: "have you been having thoughts about killing yourself?"
    // (CHOP's copy reads "thoughts of"; NIMH's current tool reads "about").
    // The "they" labels are this project's faithful adaptation for someone answering about a
    // loved one (contract §2: what the person has said or shown), not NIMH's wording. Staff read
    // the same labels out (no separate staff wording); the "short" names are ours.
    // Translators: use the official NIMH translation of the ASQ where one exists, and say so.
    'suicide.wishedDead': {
      label: {
        you: 'In the past few weeks, have you wished you were dead?',
        they: 'In the past few weeks, has your loved one said or shown that they wished they were dead?',
      },
      short: 'Wished to be dead (past few weeks)',
      options: asqOptions,
    },
    'suicide.betterOff': {
      label: {
        you: 'In the past few weeks, have you felt that you or your family would be better off if you were dead?',
        they: 'In the past few weeks, has your loved one said or shown that they feel they or their family would be better off if they were dead?',
      },
      short: 'Felt better off dead (past few weeks)',
      options: asqOptions,
    },
    'suicide.thoughts': {
      label: {
        you: 'In the past week, have you been having thoughts about killing yourself?',
        they: 'In the past week, has your loved one said or shown that they have been having thoughts about killing themselves?',
      },
      short: 'Thoughts of suicide (past week)',
      options: asqOptions,
    },
    'suicide.attempt': {
      label: {
        you: 'Have you ever tried to kill yourself?',
        they: 'As far as you know, has your loved one ever tried to kill themselves?',
      },
      short: 'Past suicide attempt',
      options: asqOptions,
    },
    'suicide.now': {
      label: {
        you: 'Are you having thoughts of killing yourself right now?',
        they: 'Is your loved one talking about or showing signs of ending their life right now?',
      },
      short: 'Thoughts of suicide now',
      options: asqOptions,
    },
    'mental.symptoms': {
      label: {
        you: 'How is your mental health lately?',
        they: "How is your loved one's mental health lately?",
      },
      hint: {
        you: 'For example: feeling very sad, worried, on edge, or not like yourself.',
        they: 'For example: feeling very sad, worried, on edge, or not like themselves.',
      },
      short: 'Mental health',
      options: {
        none: { label: 'No problems' },
        mild: { label: 'Some problems, but manageable' },
        interfering: { label: 'Problems that make it hard to work, sleep or get through the day' },
        severe: {
          label: 'Severe problems',
          hint: "Seeing or hearing things others don't, not able to take care of basic needs, or feeling out of control",
        },
      },
    },
    'readiness.stage': {
      label: {
        you: 'How do you feel about making a change?',
        they: 'How does your loved one feel about making a change?',
      },
      short: 'Readiness for change',
      options: {
        ready: { label: 'Ready to make a change' },
        unsure: { label: 'Not sure yet' },
        pressured: {
          label: 'Others want the change more',
          hint: 'Like family, a partner, work or a court',
        },
      },
    },
    'history.treatment': {
      label: {
        you: 'Have you had any of these kinds of treatment before?',
        they: 'Has your loved one had any of these kinds of treatment before?',
      },
      hint: selectAll,
      short: 'Past treatment',
      options: {
        detox: { label: 'Detox (withdrawal care)' },
        outpatient: { label: 'Outpatient counseling' },
        iop: { label: 'Intensive outpatient (IOP)' },
        php: { label: 'Partial hospitalization or day program (PHP)' },
        residential: { label: 'Residential (live-in) treatment' },
        none: noneOfThese,
      },
    },
    'history.relapsedAfter': {
      label: {
        you: 'After that treatment, did you start using again?',
        they: 'After that treatment, did your loved one start using again?',
      },
      hint: {
        you: 'This is common in recovery. It helps us suggest the right support.',
        they: 'This is common in recovery. It helps us suggest the right support.',
      },
      short: 'Used again after treatment',
      options: yesNo,
    },
    'history.recentDischarge': {
      label: {
        you: 'Did you finish a residential program or PHP in the past 30 days?',
        they: 'Did your loved one finish a residential program or PHP in the past 30 days?',
      },
      short: 'Finished residential or PHP (past 30 days)',
      options: yesNo,
    },
    'living.situation': {
      label: { you: 'Where are you living now?', they: 'Where is your loved one living now?' },
      short: 'Living situation',
      options: {
        stable: { label: "Own home or a family member's home" },
        'sober-living': { label: 'Sober living or recovery housing' },
        unstable: {
          label: 'A temporary place',
          hint: 'Like couch surfing or staying with friends for now',
        },
        homeless: {
          label: 'No place to stay',
          hint: 'Like living on the street, in a car or in a shelter',
        },
      },
    },
    'living.othersUse': {
      label: {
        you: 'Does anyone you live with drink or use drugs heavily?',
        they: 'Does anyone your loved one lives with drink or use drugs heavily?',
      },
      short: 'Someone at home uses heavily',
      options: yesNo,
    },
    'living.safe': {
      label: {
        you: 'Do you feel safe where you live?',
        they: 'Does your loved one feel safe where they live?',
      },
      hint: {
        you: 'Safe means no one there hurts or threatens you.',
        they: 'Safe means no one there hurts or threatens them.',
      },
      short: 'Feels safe at home',
      options: yesNo,
    },
    'living.support': {
      label: {
        you: 'Do you have people in your life who support your recovery?',
        they: 'Does your loved one have people in their life who support their recovery?',
      },
      short: 'Support for recovery',
      options: {
        strong: { label: 'Yes, strong support' },
        some: { label: 'Some support' },
        none: { label: 'No support right now' },
      },
    },
    'living.transport': {
      label: {
        you: 'Do you have a reliable way to get to appointments several times a week?',
        they: 'Does your loved one have a reliable way to get to appointments several times a week?',
      },
      short: 'Reliable way to get to care',
      options: yesNo,
    },
    'obligations.roles': {
      label: {
        you: 'Which of these are part of your life right now?',
        they: "Which of these are part of your loved one's life right now?",
      },
      hint: selectAll,
      short: 'Work, school and caregiving',
      options: {
        'work-full': { label: 'Full-time work' },
        'work-part': { label: 'Part-time work' },
        school: { label: 'School or classes' },
        children: { label: 'Caring for children' },
        caregiver: {
          label: 'Caring for another person',
          hint: 'Like an older parent or a family member who is ill',
        },
        none: noneOfThese,
      },
    },
    'obligations.canStepAway': {
      label: {
        you: 'Could you take time away from daily life for treatment?',
        they: 'Could your loved one take time away from daily life for treatment?',
      },
      short: 'Time away for treatment',
      options: {
        yes: { label: 'Yes, could stay at a program for several weeks' },
        daytime: {
          label: 'Could go to a full-day program on weekdays, but not stay overnight',
        },
        no: { label: 'No, treatment has to fit around work, school or caregiving' },
        unsure: { label: 'Not sure' },
      },
    },
    'obligations.schedule': {
      label: {
        you: 'If you went to sessions, what time of day would work best?',
        they: 'If your loved one went to sessions, what time of day would work best?',
      },
      short: 'Best time for sessions',
      options: {
        morning: { label: 'Morning', hint: 'About 9 a.m. to noon' },
        afternoon: { label: 'Afternoon', hint: 'About 1 to 4 p.m.' },
        evening: { label: 'Evening', hint: 'About 6 to 9 p.m.' },
        any: { label: 'Any time' },
      },
    },
    'insurance.type': {
      label: {
        you: 'What kind of health insurance do you have?',
        they: 'What kind of health insurance does your loved one have?',
      },
      hint: {
        you: 'Treatment centers can check your coverage for free.',
        they: 'Treatment centers can check their coverage for free.',
      },
      short: 'Insurance',
      options: {
        commercial: {
          label: 'Private insurance',
          hint: 'Through a job, the Marketplace, or bought directly',
        },
        medicaid: { label: 'Medicaid', hint: 'Free or low-cost health coverage from the state' },
        medicare: {
          label: 'Medicare',
          hint: 'Federal coverage for people 65 or older, or with certain disabilities',
        },
        none: { label: 'No insurance' },
        unsure: { label: 'Not sure' },
      },
    },
  },

  review: {
    heading: 'Check your answers',
    intro: 'Look over your answers. You can change any of them before you see the result.',
    submit: 'See the result',
    changeHidden: 'your answer for {question}',
  },

  levels: {
    residential: {
      name: 'Residential treatment',
      inSentence: 'residential treatment',
      summary:
        'Living at a treatment center for a while, with staff there day and night for support, structure and care.',
      week: [
        'Live at the center, with support 24 hours a day',
        'Each day has a set schedule: group and one-on-one counseling, classes and rest',
        'Stays are often 30 to 90 days',
      ],
    },
    php: {
      name: 'Partial hospitalization (PHP)',
      inSentence: 'partial hospitalization (PHP)',
      summary: 'A full-day treatment program on most days of the week, with nights at home.',
      week: [
        '5 to 7 days a week, about 6 hours a day',
        '20 or more hours of treatment each week',
        'Go home each night',
      ],
    },
    iop: {
      name: 'Intensive outpatient (IOP)',
      inSentence: 'intensive outpatient (IOP)',
      summary:
        'A few hours of treatment on several days a week, while living at home and keeping up with work or school.',
      week: [
        '3 to 5 days a week, about 3 hours each time (9 to 19 hours a week)',
        'Live at home and keep working or going to school',
      ],
      weekTimes: 'Morning (9 to 12), afternoon (1 to 4) or evening (6 to 9) sessions',
    },
    outpatient: {
      name: 'Outpatient counseling',
      inSentence: 'outpatient counseling',
      summary: 'Regular counseling, one-on-one or in a group, that fits around daily life.',
      week: ['1 or 2 sessions a week', 'Less than 9 hours a week in all', 'Live at home'],
    },
    'early-intervention': {
      name: 'Early intervention',
      inSentence: 'early intervention',
      summary:
        'Learning about substance use and its risks, with a few short counseling sessions, to stop problems before they grow.',
      week: [
        'Learn how alcohol and drugs affect health',
        'A few short counseling sessions',
        'Check-ins to see how things are going',
      ],
    },
  },

  result: {
    heading: {
      you: 'Care that may fit you',
      they: 'Care that may fit your loved one',
      staff: 'Care that may fit the person',
    },
    oftenCalled: 'Often called ASAM Level {asam}',
    whyHeading: 'Why we suggest this',
    weekHeading: 'What a week looks like',
    alternativeHeading: 'Another option to ask about',
    alternativeBody: {
      you: 'If {level} is hard for you right now, {alternative} is an option to ask about.',
      they: 'If {level} is hard for your loved one right now, {alternative} is an option to ask about.',
      staff: 'If {level} is hard for the person right now, {alternative} is an option to discuss.',
    },
    withdrawalHeading: 'Withdrawal and detox',
    withdrawal: {
      none: {
        you: "Your answers don't point to a need for withdrawal care. If you feel sick when you cut back, tell the care team.",
        they: "Your answers don't point to a need for withdrawal care. If your loved one feels sick when they cut back, tell the care team.",
        staff:
          "The answers don't point to a need for withdrawal care. If the person feels sick when cutting back, the care team should know.",
      },
      monitor: {
        you: 'Withdrawal is possible. Watch for signs like shaking, sweating, feeling anxious, an upset stomach or trouble sleeping, and tell your care team.',
        they: 'Withdrawal is possible. Watch for signs like shaking, sweating, feeling anxious, an upset stomach or trouble sleeping, and tell the care team.',
        staff:
          'Withdrawal is possible. Signs to watch for: shaking, sweating, feeling anxious, an upset stomach or trouble sleeping. The care team should hear about them.',
      },
      ambulatory: {
        you: 'Medically supervised detox may be needed at the start. A doctor or nurse can help you stop safely, often without staying overnight.',
        they: 'Medically supervised detox may be needed at the start. A doctor or nurse can help your loved one stop safely, often without staying overnight.',
        staff:
          'Medically supervised detox may be needed at the start. A doctor or nurse can help the person stop safely, often without staying overnight.',
      },
      inpatient: {
        you: 'Stopping could be dangerous. Medically monitored withdrawal care, in a facility with staff there day and night, is the safest way to start. Please do not stop suddenly on your own.',
        they: 'Stopping could be dangerous for your loved one. Medically monitored withdrawal care, in a facility with staff there day and night, is the safest way to start. They should not stop suddenly on their own.',
        staff:
          'Stopping could be dangerous for the person. Medically monitored withdrawal care, in a facility with staff there day and night, is the safest way to start. The person should not stop suddenly without medical help.',
      },
    },
    urgency: {
      today: {
        title: 'Call today',
        body: {
          you: "Please call today. Your answers show it's best not to wait. You don't need to have everything figured out.",
          they: "Please call today. Your answers show it's best for your loved one not to wait. You can call for them, or with them.",
        },
      },
      soon: {
        title: 'Call soon',
        body: {
          you: 'Try to call in the next few days. The sooner you call, the sooner you can get support.',
          they: 'Try to call in the next few days. The sooner you call, the sooner your loved one can get support.',
        },
      },
    },
    callHeading: 'Talk to someone',
    callBody:
      'Call {center} at {phone} for a free, confidential assessment. A clinician will help decide what care is right.',
    sharedWithPartner: '{partner} was told which type of care was suggested, never your answers.',
    notesHeading: 'Good to know',
    safetyHeading: {
      you: 'To stay safe',
      they: 'To keep your loved one safe',
      staff: 'Safety',
    },
    scheduleAsk: {
      you: 'Ask for the session time that fits you best.',
      they: 'Ask for the session time that fits your loved one best.',
      staff: 'Ask which session time fits the person best.',
    },
    notDiagnosis: {
      you: 'This is not a diagnosis. It is based only on your answers. A clinician makes the final decision about care.',
      they: 'This is not a diagnosis. It is based only on your answers. A clinician makes the final decision about care.',
      staff:
        'This is not a diagnosis. It is based only on the answers given during the call. A clinician makes the final decision about care.',
    },
    printHint: 'Print this page, or save it, to have it with you when you call.',
    crisisResourcesTitle: 'Talk to someone today: call or text 988',
    urgentPrefix: 'Urgent advice: ',
    scheduleChosen: {
      you: 'You chose: {time}.',
      they: 'You chose: {time}.',
      staff: 'Preferred time: {time}.',
    },
    medicaidFallback: 'Medicaid',
  },

  reasons: {
    // Emergency (Step 0)
    'emergency-danger-now': {
      you: 'You said someone is in danger right now, like signs of an overdose, a seizure, chest pain, trouble breathing or not waking up.',
      they: 'You said your loved one or someone else is in danger right now, like signs of an overdose, a seizure, chest pain, trouble breathing or not waking up.',
      staff:
        'The caller said someone is in danger right now, like signs of an overdose, a seizure, chest pain, trouble breathing or not waking up.',
    },
    'emergency-suicide-now': {
      you: 'You said you are having thoughts of killing yourself right now, or you chose not to say.',
      they: 'You said your loved one is talking about or showing signs of ending their life right now, or you chose not to say.',
      staff:
        'The answers say the person has thoughts of ending their life right now, or the caller chose not to say.',
    },
    'emergency-severe-withdrawal': {
      you: 'You said you have severe withdrawal signs, like a seizure, seeing or hearing things, confusion or not keeping fluids down. This needs medical help now.',
      they: 'You said your loved one has severe withdrawal signs, like a seizure, seeing or hearing things, confusion or not keeping fluids down. This needs medical help now.',
      staff:
        'The person has severe withdrawal signs, like a seizure, seeing or hearing things, confusion or not keeping fluids down. This needs medical help now.',
    },

    // Base level (Step 3)
    'no-substance-use': {
      you: "You said you haven't used alcohol or drugs in the past 12 months.",
      they: "You said your loved one hasn't used alcohol or drugs in the past 12 months.",
      staff: "The person hasn't used alcohol or drugs in the past 12 months.",
    },
    'few-signs-of-use-disorder': {
      you: 'You chose no more than one of the signs of a substance use problem. On its own, that points to learning more and a few short talks with a counselor.',
      they: 'You chose no more than one of the signs of a substance use problem for your loved one. On its own, that points to learning more and a few short talks with a counselor.',
      staff:
        'The answers show no more than one of the signs of a substance use problem. On its own, that points to learning more and a few short talks with a counselor.',
    },
    'not-using-past-month': {
      you: "You said you haven't used in the past 30 days. Regular counseling can help you keep going.",
      they: "You said your loved one hasn't used in the past 30 days. Regular counseling can help them keep going.",
      staff:
        "The person hasn't used in the past 30 days. Regular counseling can help them keep going.",
    },
    'mild-use-disorder': {
      you: 'You chose 2 or 3 of the signs of a substance use problem. On its own, that often fits counseling once or twice a week.',
      they: 'You chose 2 or 3 of the signs of a substance use problem for your loved one. On its own, that often fits counseling once or twice a week.',
      staff:
        'The answers show 2 or 3 of the signs of a substance use problem. On its own, that often fits counseling once or twice a week.',
    },
    'moderate-use-disorder': {
      you: 'You chose 4 or 5 of the signs of a substance use problem. On its own, that often fits a few hours of treatment on several days a week.',
      they: 'You chose 4 or 5 of the signs of a substance use problem for your loved one. On its own, that often fits a few hours of treatment on several days a week.',
      staff:
        'The answers show 4 or 5 of the signs of a substance use problem. On its own, that often fits a few hours of treatment on several days a week.',
    },
    'severe-use-disorder': {
      you: 'You chose 6 or more of the signs of a substance use problem. On its own, that often fits a full-day program on most days.',
      they: 'You chose 6 or more of the signs of a substance use problem for your loved one. On its own, that often fits a full-day program on most days.',
      staff:
        'The answers show 6 or more of the signs of a substance use problem. On its own, that often fits a full-day program on most days.',
    },

    // Floors (Step 3)
    'withdrawal-can-be-dangerous': {
      you: 'You drink or take sedatives often, and your answers show that stopping could cause dangerous withdrawal, like seizures. Stopping is safest with 24-hour medical care.',
      they: 'Your loved one drinks or takes sedatives often, and your answers show that stopping could cause dangerous withdrawal, like seizures. Stopping is safest with 24-hour medical care.',
      staff:
        'The person drinks or takes sedatives often, and the answers show that stopping could cause dangerous withdrawal, like seizures. Stopping is safest with 24-hour medical care.',
    },
    'medical-needs-care': {
      you: 'You said you have a health condition that is not under control or needs medical care often. Care with medical staff close by can help.',
      they: 'You said your loved one has a health condition that is not under control or needs medical care often. Care with medical staff close by can help.',
      staff:
        'The person has a health condition that is not under control or needs medical care often. Care with medical staff close by can help.',
    },
    'mental-health-needs-close-care': {
      you: 'Your answers about mental health or thoughts of suicide show that care with more support each day would help keep you safe.',
      they: 'Your answers about mental health or thoughts of suicide show that care with more support each day would help keep your loved one safe.',
      staff:
        'The answers about mental health or thoughts of suicide show that care with more support each day would help keep the person safe.',
    },
    'mental-health-needs-support': {
      you: 'Your answers about how you have been feeling show you could use more support than a weekly session.',
      they: 'Your answers about how your loved one has been feeling show they could use more support than a weekly session.',
      staff:
        'The answers about how the person has been feeling show they could use more support than a weekly session.',
    },
    'returned-to-use-after-intensive-care': {
      you: 'You said you started using again after intensive treatment (IOP, PHP or residential). More hours of support may help this time.',
      they: 'You said your loved one started using again after intensive treatment (IOP, PHP or residential). More hours of support may help this time.',
      staff:
        'The person started using again after intensive treatment (IOP, PHP or residential). More hours of support may help this time.',
    },
    'high-chance-of-continued-use': {
      you: 'You said you started using again after treatment, or you use nearly every day and chose many signs of a use problem. More support can help you stop or cut back.',
      they: 'You said your loved one started using again after treatment, or they use nearly every day and you chose many signs of a use problem. More support can help them stop or cut back.',
      staff:
        'The person started using again after treatment, or uses nearly every day with many signs of a use problem. More support can help them stop or cut back.',
    },
    'no-safe-place-to-live': {
      you: "You said you don't have a stable place to live, or you don't feel safe where you live.",
      they: "You said your loved one doesn't have a stable place to live, or doesn't feel safe where they live.",
      staff:
        "The person doesn't have a stable place to live, or doesn't feel safe where they live.",
    },
    'home-makes-recovery-hard': {
      you: 'You said your housing is not steady, or someone at home drinks or uses heavily and no one is supporting your recovery. That can make recovery at home hard.',
      they: "You said your loved one's housing is not steady, or someone at home drinks or uses heavily and no one is supporting their recovery. That can make recovery at home hard.",
      staff:
        "The person's housing is not steady, or someone at home drinks or uses heavily and no one is supporting their recovery. That can make recovery at home hard.",
    },
    'home-needs-more-support': {
      you: "You said someone at home drinks or uses heavily, or you don't have people who support your recovery. More time in treatment can add that support.",
      they: "You said someone at your loved one's home drinks or uses heavily, or they don't have people who support their recovery. More time in treatment can add that support.",
      staff:
        "Someone in the person's home drinks or uses heavily, or they don't have people who support their recovery. More time in treatment can add that support.",
    },
    'recently-finished-intensive-care': {
      you: 'You said you finished a residential program or PHP in the past 30 days. Continuing care after that helps keep your progress going.',
      they: 'You said your loved one finished a residential program or PHP in the past 30 days. Continuing care after that helps keep their progress going.',
      staff:
        'The person finished a residential program or PHP in the past 30 days. Continuing care after that helps keep their progress going.',
    },

    // Withdrawal management (Step 4)
    'withdrawal-inpatient': {
      you: 'Because withdrawal could be dangerous, stopping is safest in a facility with medical staff there day and night.',
      they: 'Because withdrawal could be dangerous for your loved one, stopping is safest in a facility with medical staff there day and night.',
      staff:
        'Because withdrawal could be dangerous for the person, stopping is safest in a facility with medical staff there day and night.',
    },
    'withdrawal-ambulatory': {
      you: 'Your answers show you have, or may get, withdrawal when you cut back or stop. A doctor or nurse may need to help at the start.',
      they: 'Your answers show your loved one has, or may get, withdrawal when they cut back or stop. A doctor or nurse may need to help at the start.',
      staff:
        'The answers show the person has, or may get, withdrawal when they cut back or stop. A doctor or nurse may need to help at the start.',
    },
    'withdrawal-monitor': {
      you: 'You use alcohol, sedatives or opioids often, so withdrawal is possible. Watch for signs and tell your care team.',
      they: 'Your loved one uses alcohol, sedatives or opioids often, so withdrawal is possible. Watch for signs and tell the care team.',
      staff:
        'The person uses alcohol, sedatives or opioids often, so withdrawal is possible. The care team should watch for signs.',
    },

    // Urgency (Step 5)
    'call-today-withdrawal': {
      you: 'Your answers show withdrawal may be part of the picture, and it can get worse quickly. Calling today means help can start safely.',
      they: 'Your answers show withdrawal may be part of the picture for your loved one, and it can get worse quickly. Calling today means help can start safely.',
      staff:
        'The answers show withdrawal may be part of the picture, and it can get worse quickly. An assessment today means help can start safely.',
    },
    'call-today-medical': {
      you: "You said you have a health condition that isn't under control, or you're pregnant. It's best for care to start without delay.",
      they: "You said your loved one has a health condition that isn't under control, or they're pregnant. It's best for care to start without delay.",
      staff:
        "The person has a health condition that isn't under control, or is pregnant. It's best for care to start without delay.",
    },
    'call-today-mental-health': {
      you: "Your answers about mental health or thoughts of suicide mean it's important to talk with someone today.",
      they: "Your answers about your loved one's mental health or thoughts of suicide mean it's important for them to talk with someone today.",
      staff:
        "The answers about the person's mental health or thoughts of suicide mean it's important for them to talk with someone today.",
    },
    'call-today-safe-place': {
      you: "You don't have a safe, stable place to live right now. The center can talk with you about options today.",
      they: "Your loved one doesn't have a safe, stable place to live right now. The center can talk with you about options today.",
      staff:
        "The person doesn't have a safe, stable place to live right now. Options are worth discussing today.",
    },
    'call-today-suicide-screen': {
      you: "Your answers to the questions about suicide mean it's important to talk with someone today.",
      they: "Your answers to the questions about suicide mean it's important for your loved one to talk with someone today.",
      staff:
        "The answers to the suicide screening questions mean it's important for the person to talk with someone today.",
    },
    'call-today-tolerance-loss': {
      you: "After a break from opioids, the body can't handle the usual amount. Getting care today lowers the risk of an overdose.",
      they: "After a break from opioids, the body can't handle the usual amount. Getting care today lowers your loved one's risk of an overdose.",
      staff:
        "After a break from opioids, the body can't handle the usual amount. Care today lowers the person's risk of an overdose.",
    },

    // Alternative (Step 6)
    'alternative-day-program': {
      you: "You said you could go to a full-day program on weekdays but can't stay overnight. A day program (PHP) is an option to ask about.",
      they: "You said your loved one could go to a full-day program on weekdays but can't stay overnight. A day program (PHP) is an option to ask about.",
      staff:
        "The person could go to a full-day program on weekdays but can't stay overnight. A day program (PHP) is an option to discuss.",
    },
    'alternative-fits-around-life': {
      you: 'You said treatment has to fit around work, school or caregiving. Intensive outpatient (IOP), a few hours a day, is an option to ask about.',
      they: "You said treatment has to fit around your loved one's work, school or caregiving. Intensive outpatient (IOP), a few hours a day, is an option to ask about.",
      staff:
        "Treatment has to fit around the person's work, school or caregiving. Intensive outpatient (IOP), a few hours a day, is an option to discuss.",
    },
  },

  notes: {
    readiness: {
      you: "It's normal to feel unsure about making a change. A first call is just a talk. It doesn't commit you to anything.",
      they: "It's normal for your loved one to feel unsure about making a change. A first call is just a talk. It doesn't commit anyone to anything, and you can ask how to help.",
      staff:
        'Feeling unsure about making a change is normal. A first assessment is just a talk and commits the person to nothing.',
    },
    transport: {
      you: 'Getting to sessions several times a week can be hard. Ask the center about help with rides, or about telehealth (sessions by video).',
      they: 'Getting to sessions several times a week can be hard. Ask the center about help with rides for your loved one, or about telehealth (sessions by video).',
      staff:
        'Getting to sessions several times a week may be hard for the person. Help with rides, or telehealth (sessions by video), is worth offering.',
    },
    schedule: {
      you: 'Sessions often run in the morning (about 9 to 12), afternoon (about 1 to 4) or evening (about 6 to 9). Ask for the time that fits you best.',
      they: 'Sessions often run in the morning (about 9 to 12), afternoon (about 1 to 4) or evening (about 6 to 9). Ask for the time that fits your loved one best.',
      staff:
        'Sessions often run in the morning (about 9 to 12), afternoon (about 1 to 4) or evening (about 6 to 9).',
    },
    pregnancy: {
      you: "When you call, say first that you're pregnant. Many programs see pregnant people first. Don't stop opioids, alcohol or sedatives suddenly without medical advice. It can be risky for you and the baby.",
      they: 'When you call, say first that your loved one is pregnant. Many programs see pregnant people first. They should not stop opioids, alcohol or sedatives suddenly without medical advice. It can be risky for them and the baby.',
      staff:
        'The person is pregnant. Many programs admit pregnant people first, so mention it first when referring. The person should not stop opioids, alcohol or sedatives suddenly without medical advice: it can be risky for them and the baby.',
    },
    insurance: {
      commercial: {
        you: "Most insurance plans cover these kinds of care when they are medically necessary. A federal law (called parity) says limits on this care can't be stricter than for other medical care.",
        they: "Most insurance plans cover these kinds of care when they are medically necessary. A federal law (called parity) says limits on this care can't be stricter than for other medical care.",
        staff:
          "Most insurance plans cover these kinds of care when they are medically necessary. A federal law (called parity) says limits on this care can't be stricter than for other medical care.",
      },
      medicaid: {
        you: "{program} covers many of these kinds of care. What's covered can be different by state or county. The center can help you check.",
        they: "{program} covers many of these kinds of care. What's covered can be different by state or county. The center can help you check your loved one's coverage.",
        staff:
          "{program} covers many of these kinds of care. What's covered can be different by state or county, so the person's coverage is worth checking.",
      },
      medicare: {
        you: 'Medicare covers outpatient counseling, intensive outpatient (IOP) and partial hospitalization (PHP). Coverage for residential treatment is limited. Ask the center what your plan covers.',
        they: "Medicare covers outpatient counseling, intensive outpatient (IOP) and partial hospitalization (PHP). Coverage for residential treatment is limited. Ask the center what your loved one's plan covers.",
        staff:
          "Medicare covers outpatient counseling, intensive outpatient (IOP) and partial hospitalization (PHP). Coverage for residential treatment is limited: the person's plan decides.",
      },
      none: {
        you: 'You can still get care. Ask about state-funded programs and sliding-scale fees (costs based on income). You can also call the free SAMHSA National Helpline at 1-800-662-4357.',
        they: 'Your loved one can still get care. Ask about state-funded programs and sliding-scale fees (costs based on income). You can also call the free SAMHSA National Helpline at 1-800-662-4357.',
        staff:
          'The person has no insurance and can still get care: state-funded programs, sliding-scale fees (costs based on income), or the free SAMHSA National Helpline at 1-800-662-4357.',
      },
      unsure: {
        you: "That's okay. Treatment centers can check your coverage for free when you call.",
        they: "That's okay. Treatment centers can check your loved one's coverage for free when you call.",
        staff: 'The person is not sure about insurance. Coverage can be checked for free.',
      },
    },
    'crisis-resources': {
      you: 'Please talk to someone today. You can call or text 988, the Suicide & Crisis Lifeline, any time, day or night. It is free and confidential.',
      they: 'Please help your loved one talk to someone today. You or they can call or text 988, the Suicide & Crisis Lifeline, any time, day or night. It is free and confidential, and you can call to ask how to help.',
      staff:
        'The suicide screening is positive. The person should talk to someone today: 988, the Suicide & Crisis Lifeline, is free and confidential, by call or text, day or night.',
    },
    naloxone: {
      you: "Naloxone (Narcan) can reverse an opioid overdose. Many pharmacies sell it without a prescription. Keep it with you and tell people where it is. Signs of an overdose: can't be woken up, slow or no breathing, blue or gray lips. Stimulants and fake pills are often mixed with fentanyl, so this matters even if you don't use opioids.",
      they: "Naloxone (Narcan) can reverse an opioid overdose. Many pharmacies sell it without a prescription. Keep it where you and your loved one can reach it. Signs of an overdose: can't be woken up, slow or no breathing, blue or gray lips. Stimulants and fake pills are often mixed with fentanyl, so this matters even if your loved one doesn't use opioids.",
      staff:
        "Naloxone (Narcan) can reverse an opioid overdose, and many pharmacies sell it without a prescription. The person and the people around them should keep it close. Signs of an overdose: can't be woken up, slow or no breathing, blue or gray lips. Stimulants and fake pills are often mixed with fentanyl, so this matters even without opioid use.",
    },
    'tolerance-loss': {
      you: "After a break from opioids, like detox, treatment or time without using, your body can't handle as much. A dose that used to be usual can now be fatal. Keep naloxone close.",
      they: "After a break from opioids, like detox, treatment or time without using, your loved one's body can't handle as much. A dose that used to be usual can now be fatal. Keep naloxone close.",
      staff:
        "After a break from opioids, like detox, treatment or time without using, the person's body can't handle as much. A dose that used to be usual can now be fatal. Naloxone should be close.",
    },
    moud: {
      you: 'Medicines for opioid use disorder (buprenorphine, methadone and naltrexone) work at every level of care. Ask the center about them.',
      they: 'Medicines for opioid use disorder (buprenorphine, methadone and naltrexone) work at every level of care. Ask the center about them for your loved one.',
      staff:
        'Medicines for opioid use disorder (buprenorphine, methadone and naltrexone) work at every level of care, and are worth discussing with the person.',
    },
    'aud-meds': {
      you: 'Medicines like naltrexone and acamprosate can help people cut down or stop drinking. Ask the center about them.',
      they: 'Medicines like naltrexone and acamprosate can help people cut down or stop drinking. Ask the center about them for your loved one.',
      staff:
        'Medicines like naltrexone and acamprosate can help people cut down or stop drinking, and are worth discussing with the person.',
    },
    adolescent: {
      you: 'Programs for young people are different. Hours, school and family involvement are set up for teens. The center will tell you if it serves people under 18, or help you find a program that does.',
      they: 'Programs for young people are different. Hours, school and family involvement are set up for teens. The center will tell you if it serves people under 18, or help you find a program that does.',
      staff:
        'The person is under 18. Programs for young people are different: hours, school and family involvement are set up for teens. Check that the program serves people under 18, or refer to one that does.',
    },
    'mental-health-referral': {
      you: 'How you have been feeling matters. Talking with a mental health provider, like a counselor or doctor, can help too.',
      they: 'How your loved one has been feeling matters. Talking with a mental health provider, like a counselor or doctor, can help them too.',
      staff:
        'How the person has been feeling matters. A mental health provider, like a counselor or doctor, can help too.',
    },
  },

  handoff: {
    heading: 'Your answers code',
    body: {
      you: "Read this code when you call, and you won't have to answer again. Anyone with this code can see your answers: share it only with the center.",
      they: "Read this code when you call, and you won't have to answer again. Anyone with this code can see your answers about your loved one: share it only with the center.",
    },
    keep: 'To come back later, here or on another device, write it down or take a screenshot, then choose “{question}”.',
    copy: 'Copy the code',
    copied: 'Code copied.',
    copyFailed: "We couldn't copy it. You can read it out or write it down instead.",
    staffHeading: 'Caller has a code?',
    staffHint:
      'If the caller did the assessment, type the code they read out. Dashes and spaces are optional.',
    label: 'Code from the caller',
    open: 'Open their answers',
    errors: {
      empty: 'Type the code the caller reads out.',
      character: 'A code can\'t have "{character}" in it. Ask the caller to read that part again.',
      tooShort: 'This code is too short. Ask the caller to read all of it.',
      tooLong: 'This code is too long. Ask the caller to read it again.',
      mistake: 'This code has a mistake. Ask the caller to read it again.',
      version: 'This code is from another version of the assessment. Ask the questions instead.',
    },
    self: {
      label: 'The code from your result',
      hint: 'Type the code you wrote down or saved. Dashes and spaces are optional. You will see the answers again before the result.',
      open: 'Open the answers',
      errors: {
        empty: 'Type the code from your result.',
        character: 'A code can\'t have "{character}" in it. Check that part of the code.',
        tooShort: 'This code is too short. Check that you typed all of it.',
        tooLong: 'This code is too long. Check it and try again.',
        mistake: 'This code has a mistake. Check each letter and number, and try again.',
        version:
          'This code is from another version of this check. Please answer the questions again.',
      },
    },
  },
  staff: {
    start: {
      intro: [
        'Read each question to the caller and choose their answer. They may be calling for themselves or about someone they care about.',
        "At the end, you'll see a suggested level of care and an intake note to copy.",
      ],
      time: 'About 5–10 minutes on the call',
      privacy:
        'Tell the caller: the answers stay in this browser. Nothing is sent to anyone. Pressing “{newCaller}” clears them.',
      privacyShared:
        'Tell the caller: the answers stay in this browser. At the end, {partner} will be told which type of care was suggested, never the answers. Pressing “{newCaller}” clears them.',
      notDiagnosis:
        "Tell the caller this is not a diagnosis. A clinician's assessment decides what care is right.",
    },
    review: {
      heading: "Check the caller's answers",
      intro:
        'Read the answers back to the caller. Change any that are different today, then see the result.',
    },
    ui: {
      ask: 'Ask:',
      panelTitle: 'Live ratings',
      panelNote: 'Questions not reached yet count as lowest risk.',
      rating: '{n} of 4',
      severity: 'Severity',
      criteria: '{n} of 11 criteria',
      provisionalLevel: 'Provisional level',
      emergency: 'Emergency',
      shortcutsTitle: 'Keyboard shortcuts',
      shortcutNumbers: '1–9: choose that answer in the question you are on',
      shortcutEnter: 'Enter: continue',
      shortcutBack: 'Alt + Left arrow: go back',
      shortcutToggle: 'Use number keys to choose answers',
      noteHeading: 'Intake note',
      copyNote: 'Copy intake note',
      copied: 'Copied',
      copyFailed: 'Copying was blocked. The note is selected below: press Ctrl+C to copy it.',
      newCaller: 'New caller',
      newCallerConfirm: 'Clear all answers for a new caller? This cannot be undone.',
      newCallerYes: 'Yes, clear everything',
      cancel: 'Cancel',
      crisisHeading: 'Staff: stay with the caller',
      crisisSteps: [
        'Stay on the line. Do not hang up.',
        'If anyone is in danger right now, call 911 or have the caller call 911.',
        'For thoughts of suicide, warm transfer to 988: stay on while you connect them.',
        'Follow your center’s crisis protocol and tell your supervisor.',
      ],
    },
    result: {
      nextStep: {
        today: {
          title: 'Next step: offer an assessment today',
          body: 'The answers point to care without delay. Offer a clinical assessment today. If none is free today, book the first one, and make sure the person has the crisis numbers.',
        },
        soon: {
          title: 'Next step: offer an assessment in the next few days',
          body: 'Offer a clinical assessment within the next few days, or schedule one at a time that fits the person’s day.',
        },
      },
      crisisResourcesTitle: 'Suicide screen positive: connect the person with 988 today',
    },
    dimensions: {
      d1: 'Acute intoxication and/or withdrawal potential',
      d2: 'Biomedical conditions and complications',
      d3: 'Emotional, behavioral or cognitive conditions and complications',
      d4: 'Readiness to change',
      d5: 'Relapse, continued use or continued problem potential',
      d6: 'Recovery/living environment',
    },
    severity: { none: 'None', mild: 'Mild', moderate: 'Moderate', severe: 'Severe' },
    note: {
      title: 'Level-of-care screening: intake note',
      notDiagnosis: 'Self-reported screening, not a diagnosis.',
      dateTime: 'Date and time',
      center: 'Center',
      appVersion: 'App version',
      contractVersion: 'Contract version',
      answersHeading: 'Answers',
      sections: {
        respondent: 'Respondent',
        about: 'About the person',
        safety: 'Safety right now',
        use: 'Substance use',
        withdrawal: 'Withdrawal',
        medical: 'Physical health',
        suicide: 'Suicide risk screening (ASQ)',
        mental: 'Mental health',
        readiness: 'Readiness for change',
        history: 'Treatment history',
        living: 'Living situation and support',
        obligations: 'Work, school and family',
        insurance: 'Insurance',
      },
      dimensionsHeading: 'Dimension ratings (0-4)',
      resultHeading: 'Result',
      severity: 'Severity',
      criteriaCount: 'Criteria count',
      level: 'Level of care',
      emergency: 'Emergency',
      withdrawal: 'Withdrawal management',
      withdrawalValues: {
        none: 'None indicated',
        monitor: 'Monitor for withdrawal signs',
        ambulatory: 'Ambulatory (medically supervised detox may be needed at the start)',
        inpatient: 'Inpatient (medically monitored withdrawal, 3.7-WM)',
      },
      urgency: 'Urgency',
      urgencyValues: {
        emergency: 'Emergency: 911 or 988 before anything else',
        today: 'Call today',
        soon: 'Soon (in the next few days)',
      },
      alternative: 'Alternative to discuss',
      none: 'None',
      reasonsHeading: 'Reasons',
      notesHeading: 'Notes',
    },
  },

  programs: enPrograms,
  call: enCall,
  interpreter: enInterpreter,
} as const satisfies LaterShape;
