/**
 * What the result shows open and what it folds (issue 19), and where it says the session times:
 * pure decisions, read by the result screen and its tests. docs/clinical-safety.md HAZ-29 gives
 * the reasons: safety is never folded.
 */
import type { NoteCode, WithdrawalManagement } from '../results/levels';
import type { LevelPrograms } from '../programs/match';

/**
 * Notes that keep someone alive or out of danger: never in a fold. An overdose's signs and
 * naloxone, the overdose risk after a break from opioids, and not stopping suddenly while
 * pregnant. (The 988 card, `crisis-resources`, has its own card at the top.)
 */
export const SAFETY_NOTES: ReadonlySet<NoteCode> = new Set<NoteCode>([
  'crisis-resources',
  'tolerance-loss',
  'naloxone',
  'pregnancy',
]);

/**
 * Withdrawal care that needs a doctor or nurse to stop safely: said open, never folded. `none`
 * and `monitor` (mild signs to mention to the care team) fold into "Withdrawal and detox".
 */
export const OPEN_WITHDRAWAL: ReadonlySet<WithdrawalManagement> = new Set<WithdrawalManagement>([
  'ambulatory',
  'inpatient',
]);

/** The notes split into those shown open (safety) and those folded under "Good to know". */
export function splitNotes(notes: readonly NoteCode[]): {
  readonly safety: NoteCode[];
  readonly folded: NoteCode[];
} {
  return {
    safety: notes.filter((n) => SAFETY_NOTES.has(n)),
    folded: notes.filter((n) => !SAFETY_NOTES.has(n)),
  };
}

/**
 * Who says the session times on a result, so they are said once: the programs at the level when
 * they give times (every level but residential, whose programs run day and night); else the
 * level's week line, when it has one; else the schedule note.
 */
export type TimesSaidBy = 'programs' | 'week' | 'note';

export function timesSaidBy(
  main: LevelPrograms | null,
  weekTimes: string | undefined,
): TimesSaidBy {
  if (main?.kind === 'programs' && main.level !== 'residential') return 'programs';
  return weekTimes ? 'week' : 'note';
}
