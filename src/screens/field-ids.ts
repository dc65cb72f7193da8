/** DOM ids for a question's inputs: "use.frequency" + "daily" → "use-frequency-daily". */
export const fieldId = (questionId: string, value?: string): string =>
  [questionId.replace(/\./g, '-'), value].filter(Boolean).join('-');

/** The "Question 5 of about 17" line: the description of each question screen's heading. */
export const STEP_COUNTER_ID = 'step-counter';
