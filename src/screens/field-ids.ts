/** DOM ids for a question's inputs: "use.frequency" + "daily" → "use-frequency-daily". */
export const fieldId = (questionId: string, value?: string): string =>
  [questionId.replace(/\./g, '-'), value].filter(Boolean).join('-');
