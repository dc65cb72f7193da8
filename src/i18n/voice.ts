/**
 * Which voice the result side speaks in (contract §2, v1.1): staff mode always uses the staff
 * form, a neutral third person, whoever is calling (the reader is the staff member); otherwise
 * "they" when someone answers about a loved one, else "you" (also before that is answered).
 * Questions keep `voice()` in ./format.ts: staff read them out to the caller.
 */
import type { Mode } from '../config/params';
import type { ResultVoiced } from './types';

export type VoiceKey = keyof ResultVoiced;

export function voiceOf(mode: Mode, respondent: 'self' | 'other' | undefined): VoiceKey {
  if (mode === 'staff') return 'staff';
  return respondent === 'other' ? 'they' : 'you';
}
