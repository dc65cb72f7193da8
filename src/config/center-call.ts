/**
 * The center's admissions hours and text number, for the result's call card only (issue 19).
 * Read them here, never as `centerConfig.admissions`: like the programs
 * (./center-programs.ts), the build (vite.config.ts) leaves them out of `centerConfig` and
 * writes this module from the configuration it validated, so they travel with the result's
 * lazily loaded code, not the first load. In the tests this file reads the configuration itself.
 */
import type { Admissions } from '../results/admissions-hours';
import { centerConfig } from './center';

export interface CenterCall {
  readonly admissions: Admissions;
  readonly textNumber: string | null;
}

export const centerCall: CenterCall = Object.freeze({
  admissions: centerConfig.admissions ?? null,
  textNumber: centerConfig.textNumber ?? null,
});
