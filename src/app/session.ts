/**
 * Where a session's answers live (integration contract, Privacy): sessionStorage in self mode
 * outside a frame, memory everywhere else, memory too when storage throws.
 */
import type { Answers } from '../questions/answers';
import type { Step, WizardSnapshot } from '../machines/wizard/wizard.machine';
import { createSafeStorage, memoryStorage, type SafeStorage } from '../persistence/storage';
import { clearSnapshot, hasSnapshot, saveSnapshot } from '../persistence/snapshot-store';

export type StartNotice = 'restored' | 'fresh' | null;

export interface Session {
  readonly storage: SafeStorage;
  readonly snapshot: WizardSnapshot | undefined;
  readonly notice: StartNotice;
}

/**
 * Opens the session. Checking saved answers needs the validation code, fetched only when
 * there is something saved: a first visit never downloads it.
 */
export async function openSession(persist: boolean): Promise<Session> {
  const storage = persist ? createSafeStorage(() => window.sessionStorage) : memoryStorage();
  if (!persist || !hasSnapshot(storage)) return { storage, snapshot: undefined, notice: null };
  try {
    const { restoreSession } = await import('./restore-session');
    return restoreSession(storage);
  } catch {
    // Offline: start without the saved answers, but leave them for the next load to restore.
    return { storage, snapshot: undefined, notice: null };
  }
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
