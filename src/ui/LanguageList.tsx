/**
 * The language menu's list (./LanguageMenu.tsx): each offered language in its own name and
 * script, with its `lang` and `dir`, the one on screen marked `aria-current`. (Loading it
 * lazily saved 174 bytes of the first load, but left a chunk with no retry and a menu without
 * its list until it came: not worth it.)
 */
import { LANGUAGE_NAMES } from '../i18n/language-names';
import { dirOf } from '../i18n/languages';
import type { Lang } from '../i18n/types';

export interface LanguageListProps {
  readonly id: string;
  readonly label: string;
  readonly hidden: boolean;
  readonly offered: readonly Lang[];
  /** The language on screen. */
  readonly current: Lang;
  readonly onChoose: (lang: Lang) => void;
}

export default function LanguageList({
  id,
  label,
  hidden,
  offered,
  current,
  onChoose,
}: LanguageListProps) {
  return (
    <ul className="lang-menu__list" id={id} hidden={hidden} aria-label={label}>
      {offered.map((tag) => (
        <li key={tag}>
          <button
            type="button"
            className="lang-menu__item"
            lang={tag}
            dir={dirOf(tag)}
            aria-current={tag === current ? 'true' : undefined}
            data-lang-option={tag}
            onClick={() => onChoose(tag)}
          >
            {LANGUAGE_NAMES[tag]}
          </button>
        </li>
      ))}
    </ul>
  );
}
