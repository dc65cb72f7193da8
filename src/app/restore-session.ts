/**
 * Restores a saved session, treating it as untrusted: the snapshot's shape, its age, the answer
 * set (zod, ./answers-schema.ts) and whether the wizard could really be at the saved step.
 * Anything wrong starts fresh with a notice and removes what was saved.
 */
import { answersShape } from '../questions/answers-schema';
import type { Answers } from '../questions/answers';
import { canResumeAt, SCREEN_IDS } from '../machines/wizard/navigation';
import { wizardMachine, type Step } from '../machines/wizard/wizard.machine';
import type { SafeStorage } from '../persistence/storage';
import { clearSnapshot, loadSnapshot } from '../persistence/snapshot';
import type { Session } from './session';

const STEPS = new Set<string>(['start', ...SCREEN_IDS, 'review', 'result', 'crisis']);

export function restoreSession(storage: SafeStorage): Session {
  const loaded = loadSnapshot(storage, (a) => answersShape.safeParse(a).success, {
    isKnownScreen: (id) => STEPS.has(id),
  });
  if (loaded.status === 'none') return { storage, snapshot: undefined, notice: null };
  if (loaded.status === 'restored') {
    const { screen, history } = loaded.snapshot;
    const answers = loaded.snapshot.answers as Answers;
    // Valid JSON of the right shape can still describe an impossible place to resume.
    if (canResumeAt(screen, answers) && screen !== 'start') {
      const snapshot = wizardMachine.resolveState({
        value: screen,
        context: { answers, history: history as Step[], returnToReview: false, askedAtChange: [] },
      });
      return { storage, snapshot, notice: 'restored' };
    }
    if (screen === 'start') return { storage, snapshot: undefined, notice: null };
  }
  clearSnapshot(storage);
  return { storage, snapshot: undefined, notice: 'fresh' };
}
