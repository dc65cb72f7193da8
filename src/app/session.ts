/**
 * Where a session's answers live (integration contract, Privacy): sessionStorage in self mode
 * outside a frame, memory everywhere else, memory too when storage throws.
 */
import { answersShape, type Answers } from '../questions/answers';
import { canResumeAt, SCREEN_IDS } from '../machines/wizard/navigation';
import { wizardMachine, type Step } from '../machines/wizard/wizard.machine';
import { createSafeStorage, memoryStorage, type SafeStorage } from '../persistence/storage';
import { clearSnapshot, loadSnapshot, saveSnapshot } from '../persistence/snapshot';

const STEPS = new Set<string>(['start', ...SCREEN_IDS, 'review', 'result', 'crisis']);

export type StartNotice = 'restored' | 'fresh' | null;

export interface Session {
  readonly storage: SafeStorage;
  readonly snapshot: ReturnType<typeof wizardMachine.resolveState> | undefined;
  readonly notice: StartNotice;
}

export function openSession(persist: boolean): Session {
  const storage = persist ? createSafeStorage(() => window.sessionStorage) : memoryStorage();
  if (!persist) return { storage, snapshot: undefined, notice: null };
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

export function saveSession(
  storage: SafeStorage,
  step: Step,
  history: readonly Step[],
  answers: Answers,
): void {
  saveSnapshot(storage, { screen: step, history, answers });
}

export function forgetSession(storage: SafeStorage): void {
  clearSnapshot(storage);
}
