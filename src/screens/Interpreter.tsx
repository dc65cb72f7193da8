/**
 * "The center brings in an interpreter at no cost: say «Vietnamese» when they answer" (issue 18,
 * languages spec §6): on the call card, the referral and the crisis screen, when the center's
 * `interpreters` is 'free' and the screen is in another language than English. The language's
 * English name is what the person says on the phone, so it stays in English, marked lang="en".
 * Not in staff mode: the staff are the center. Part of the later code.
 */
import { centerLanguages } from '../config/center-languages';
import { useSettings } from '../app/settings';
import { useFullText } from '../i18n/context';
import { format, type Template } from '../i18n/format';
import { ENGLISH_NAMES } from '../i18n/interpreter-words';
import type { VoiceKey } from '../i18n/voice';

export function Interpreter({ who }: { who: VoiceKey | 'self' | 'other' | undefined }) {
  const t = useFullText();
  const { center, mode } = useSettings();
  if (centerLanguages.interpreters !== 'free' || t.lang === 'en' || mode === 'staff') return null;
  // Filled here: {center}, and the language's English name in its own element.
  const template: Template<'center' | 'language'> =
    t.interpreter.ask[who === 'they' || who === 'other' ? 'they' : 'you'];
  const [before = '', after = ''] = template.split('{language}').map((p) => format(p, { center }));
  return (
    <p className="interpreter" data-interpreter>
      {before}
      <span lang="en">{ENGLISH_NAMES[t.lang]}</span>
      {after}
    </p>
  );
}
