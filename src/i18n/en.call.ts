/** English words for the call card's hours, text link and reminder (./call-words.ts). */
import type { CallWords } from './call-words';

export const enCall = {
  always: {
    you: 'Someone answers 24 hours a day, 7 days a week.',
    they: 'Someone answers 24 hours a day, 7 days a week.',
    staff: 'Admissions is open 24 hours a day, 7 days a week.',
  },
  openNow: {
    you: 'Admissions is open now. Someone will answer.',
    they: 'Admissions is open now. Someone will answer.',
    staff: 'Admissions is open now.',
  },
  closedNow: {
    you: 'Admissions is closed now. It opens {day} at {time} ({zone}).',
    they: 'Admissions is closed now. It opens {day} at {time} ({zone}).',
    staff: 'Admissions is closed now. It opens {day} at {time} ({zone}).',
  },
  closedNoOpening: {
    you: 'Admissions is closed now.',
    they: 'Admissions is closed now.',
    staff: 'Admissions is closed now.',
  },
  meanwhile: {
    you: 'Need to talk to someone now? 988 and the SAMHSA National Helpline are free and answer 24/7.',
    they: 'Need to talk to someone now? 988 and the SAMHSA National Helpline are free and answer 24/7, for you or your loved one.',
    staff:
      'Until then, the person can call or text 988, or call the SAMHSA National Helpline at {phone}. Both are free and answer 24/7.',
  },
  callHelpline: 'Call the Helpline: {phone}',
  text: {
    prompt: 'Prefer to text?',
    link: 'Text {center} at {phone}',
    hint: {
      you: 'The message holds only your answers code.',
      they: 'The message holds only your answers code.',
    },
    body: 'My code: {code}',
  },
  reminder: {
    open: 'Remind me to call',
    intro:
      'This saves a calendar file on this device. It holds only the name and number of {center}.',
    date: 'Date',
    time: 'Time',
    timeHint: 'The date and time are in your own time zone.',
    save: 'Save the reminder',
    saved: 'Reminder saved. Open the file to add it to your calendar.',
    missing: 'Enter a date and a time.',
    past: "Pick a time that hasn't passed yet.",
    title: 'Call {center}',
    description: 'Call {center} at {phone}.',
    fileName: 'call-reminder',
  },
} as const satisfies CallWords;
