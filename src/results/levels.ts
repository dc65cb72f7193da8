/** The result vocabulary of assessment contract v1, §0 and §3. */
export const CONTRACT_VERSION = 1 as const;

/** Least to most intensive; `emergency` stands outside this order. */
export const LEVEL_ORDER = [
  'early-intervention',
  'outpatient',
  'iop',
  'php',
  'residential',
] as const;
export const LEVELS = [...LEVEL_ORDER, 'emergency'] as const;
export type Level = (typeof LEVELS)[number];
export type CareLevel = (typeof LEVEL_ORDER)[number];

// Plain lists, not zod enums: the engine ships with the result screen and never parses these.
// Their zod schemas (./result-schema.ts) are built from the same lists.
export const ASAM_LEVELS = ['3.7', '3.5', '2.5', '2.1', '1', '0.5'] as const;
export type AsamLevel = (typeof ASAM_LEVELS)[number];

export const SEVERITIES = ['none', 'mild', 'moderate', 'severe'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const WITHDRAWAL_MANAGEMENT = ['none', 'monitor', 'ambulatory', 'inpatient'] as const;
export type WithdrawalManagement = (typeof WITHDRAWAL_MANAGEMENT)[number];

export const URGENCIES = ['emergency', 'today', 'soon'] as const;
export type Urgency = (typeof URGENCIES)[number];

export const DIMENSIONS = ['d1', 'd2', 'd3', 'd4', 'd5', 'd6'] as const;
export type Dimension = (typeof DIMENSIONS)[number];
export type Dimensions = Record<Dimension, number>;

export const NOTE_CODES = [
  'readiness',
  'transport',
  'schedule',
  'pregnancy',
  'insurance',
  'crisis-resources',
  'naloxone',
  'tolerance-loss',
  'moud',
  'aud-meds',
  'adolescent',
  'mental-health-referral',
] as const;
export type NoteCode = (typeof NOTE_CODES)[number];

export const levelRank = (level: CareLevel): number => LEVEL_ORDER.indexOf(level);
export const moreIntensive = (a: CareLevel, b: CareLevel): CareLevel =>
  levelRank(a) >= levelRank(b) ? a : b;
