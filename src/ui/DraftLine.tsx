/**
 * The draft line itself, in the language on screen and in English: this translation has not yet
 * been checked by a professional translator; if anything is unclear, call the center (and, where
 * the center's config says `interpreters: 'free'`, that an interpreter costs nothing). Staff,
 * who are the center, are told to check against the English instead. Loaded by ./DraftNotice.tsx
 * for every language but English; shows nothing, and fetches no words, unless the language's
 * review record (src/i18n/review-records.ts) says draft.
 */
import { useEffect, useState } from 'react';
import { useSettings } from '../app/settings';
import { centerConfig } from '../config/center';
import { format } from '../i18n/format';
import { isDraft } from '../i18n/review-records';
import type { DraftWords, Lang } from '../i18n/types';

/** Each src/i18n/<lang>.draft.ts is its own small chunk; the file's one export is its words. */
async function loadDraftWords(lang: Lang): Promise<DraftWords> {
  const module = (await import(`../i18n/${lang}.draft.ts`)) as Record<string, DraftWords>;
  const words = Object.values(module)[0];
  if (!words) throw new Error(`src/i18n/${lang}.draft.ts exports no words`);
  return words;
}

/** The center's config key `interpreters` (issue 18, item 5), read where the config has it. */
const freeInterpreters =
  (centerConfig as { readonly interpreters?: unknown }).interpreters === 'free';

export default function DraftLine() {
  const { lang, mode, center } = useSettings();
  // The language's words and the English, each a small chunk of its own; kept with their
  // language, so a change of language never shows the last one's line.
  const [loaded, setLoaded] = useState<{ lang: Lang; words: readonly DraftWords[] } | null>(null);
  const draft = isDraft(lang);
  useEffect(() => {
    if (!draft) return;
    let current = true;
    Promise.all([loadDraftWords(lang), loadDraftWords('en')] as const).then(
      (words) => current && setLoaded({ lang, words }),
      // Without its words the line stays away; the screen around it is whole.
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [lang, draft]);
  if (!draft || loaded?.lang !== lang) return null;
  const [own, english] = loaded.words as [DraftWords, DraftWords];
  const say = (w: DraftWords) =>
    mode === 'staff'
      ? w.staff
      : format(w.line, { center }) + (freeInterpreters ? ` ${w.interpreterFree}` : '');
  return (
    <p className="hint" data-translation-draft>
      <span>{say(own)}</span>
      <br />
      <span lang="en" dir="ltr">
        {say(english)}
      </span>
    </p>
  );
}
