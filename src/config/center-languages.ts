/**
 * The center's interpreters and record language (issue 18), for the result's, the crisis
 * screen's and staff mode's later code only. Read them here, never as
 * `centerConfig.interpreters`: like the programs (./center-programs.ts), the build
 * (vite.config.ts) leaves them out of `centerConfig` and writes this module from the
 * configuration it validated, so they travel with the lazily loaded code, not the first load.
 * In the tests this file reads the configuration itself.
 */
import type { Lang } from '../i18n/types';
import { centerConfig } from './center';

export interface CenterLanguages {
  /** 'free': the center brings in an interpreter at no cost; null: say nothing. */
  readonly interpreters: 'free' | null;
  /** The language the intake note is written in, whatever the staff screen shows. */
  readonly recordLanguage: Lang;
}

export const centerLanguages: CenterLanguages = Object.freeze({
  interpreters: centerConfig.interpreters ?? null,
  recordLanguage: centerConfig.recordLanguage ?? 'en',
});
