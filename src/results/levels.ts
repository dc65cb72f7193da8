/** The result vocabulary of assessment contract v1, §0 and §3. */
import * as z from 'zod/mini';

export const CONTRACT_VERSION = 1 as const;

/** Least to most intensive; `emergency` stands outside this order. */
export const LEVEL_ORDER = [
  'early-intervention',
  'outpatient',
  'iop',
  'php',
  'residential',
] as const;
export const levelSchema = z.enum([...LEVEL_ORDER, 'emergency']);
export type Level = z.infer<typeof levelSchema>;
export type CareLevel = (typeof LEVEL_ORDER)[number];

export const asamLevelSchema = z.enum(['3.7', '3.5', '2.5', '2.1', '1', '0.5']);
export type AsamLevel = z.infer<typeof asamLevelSchema>;

export const severitySchema = z.enum(['none', 'mild', 'moderate', 'severe']);
export type Severity = z.infer<typeof severitySchema>;

export const withdrawalSchema = z.enum(['none', 'monitor', 'ambulatory', 'inpatient']);
export type WithdrawalManagement = z.infer<typeof withdrawalSchema>;

export const urgencySchema = z.enum(['emergency', 'today', 'soon']);
export type Urgency = z.infer<typeof urgencySchema>;

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
