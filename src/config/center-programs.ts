/**
 * The center's programs, insurance verification and licensing body, for the result's code only. Read them here,
 * never as `centerConfig.programs`: the build (vite.config.ts) writes this module from the
 * configuration it validated and leaves them out of `centerConfig`, so the programs travel with
 * the result's lazily loaded code, not the first load. In the tests this file reads the
 * configuration itself, so both see the same data.
 */
import type { CenterPrograms } from '../programs/match';
import { centerConfig } from './center';

export const centerPrograms: CenterPrograms = Object.freeze({
  programs: centerConfig.programs,
  insuranceVerification: centerConfig.insuranceVerification,
  licensingBody: centerConfig.licensingBody ?? null,
});
