/**
 * The words the intake note is written in (issue 18): the center's `recordLanguage`, whatever
 * language the staff screen shows, so bilingual staff can read the questions in the caller's
 * language and still paste a note the record takes. The screen's own words when they are the
 * record language; else that language's two parts, fetched once (staff mode asks for them as
 * the result shows, so the copy finds them ready).
 */
import { centerLanguages } from '../config/center-languages';
import { loadCoreWords, loadLaterWords } from '../i18n/load';
import { mergeWords, type Dictionary, type Lang } from '../i18n/types';

const loading = new Map<Lang, Promise<Dictionary>>();

export function recordWords(
  screen: Dictionary,
  record: Lang = centerLanguages.recordLanguage,
): Dictionary | Promise<Dictionary> {
  if (record === screen.lang) return screen;
  let pending = loading.get(record);
  if (!pending) {
    pending = Promise.all([loadCoreWords(record), loadLaterWords(record)]).then(([core, later]) =>
      mergeWords(core, later),
    );
    // A failed fetch is forgotten, so the next copy tries again.
    pending.catch(() => loading.delete(record));
    loading.set(record, pending);
  }
  return pending;
}
