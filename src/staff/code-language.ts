/**
 * What staff mode says of the language a caller's handoff code was made in (issue 18, languages
 * spec §6): "Did the check in Vietnamese — offer an interpreter". In the staff panel, on the
 * staff result and in the intake note. The interpreter is suggested when the caller's language
 * is neither English nor the reader's (`reader`: the staff screen's language, or for the note
 * the record language); a code of the first version says its language is not recorded. Nothing
 * when the answers did not come from a code.
 */
import type { CodeLanguageRecord } from '../machines/wizard/wizard.machine';
import { format } from '../i18n/format';
import type { Dictionary, Lang } from '../i18n/types';

export function codeLanguageText(
  words: Dictionary['interpreter'],
  codeLanguage: CodeLanguageRecord | null | undefined,
  reader: Lang,
): string | null {
  if (!codeLanguage) return null;
  const s = words.staff;
  if (codeLanguage === 'not-recorded') return s.notRecorded;
  const same = codeLanguage === 'en' || codeLanguage === reader;
  return format(same ? s.same : s.offer, { language: s.names[codeLanguage] });
}
