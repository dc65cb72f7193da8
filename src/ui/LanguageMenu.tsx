/**
 * The language menu on every screen (languages spec §5), `[data-lang-menu]`: a button with the
 * language on screen, by its own name, that opens the list of the languages the build offers,
 * each in its own name and script with its `lang` (no flags). A disclosure, not a <select>:
 * nothing changes until a language is chosen (WCAG 3.2.2), each choice is a 44 px button reached
 * by Tab or the arrow keys, Escape closes it and gives the focus back. Choosing keeps the answers
 * and the step (App's changeLanguage switches the words only).
 */
import { useId, useRef, useState, type KeyboardEvent } from 'react';
import { useText } from '../i18n/context';
import type { Lang } from '../i18n/types';

import LanguageList from './LanguageList';

export interface LanguageMenuProps {
  readonly offered: readonly Lang[];
  readonly onLanguage: (lang: Lang) => void;
}

export function LanguageMenu({ offered, onLanguage }: LanguageMenuProps) {
  const t = useText();
  const [open, setOpen] = useState(false);
  const id = useId();
  const toggle = useRef<HTMLButtonElement>(null);
  if (offered.length < 2) return null;

  const close = () => {
    setOpen(false);
    toggle.current?.focus();
  };
  const onKeyDown = (e: KeyboardEvent<HTMLElement>) => {
    if (e.key === 'Escape' && open) {
      e.preventDefault();
      close();
      return;
    }
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
    const items = [...e.currentTarget.querySelectorAll<HTMLElement>('[data-lang-option]')];
    if (items.length === 0) return;
    e.preventDefault();
    const at = items.indexOf(document.activeElement as HTMLElement);
    const step = e.key === 'ArrowDown' ? 1 : -1;
    // From the toggle: down to the first language, up to the last.
    const next = at < 0 ? (step > 0 ? 0 : items.length - 1) : at + step;
    items[(next + items.length) % items.length]?.focus();
  };

  return (
    // The keys and the focus leaving come from its native buttons, bubbling (no role of its own).
    // eslint-disable-next-line jsx-a11y/no-static-element-interactions
    <div
      className="lang-menu"
      data-lang-menu=""
      onKeyDown={onKeyDown}
      onBlur={(e) => {
        if (open && !e.currentTarget.contains(e.relatedTarget)) setOpen(false);
      }}
    >
      <button
        ref={toggle}
        type="button"
        className="lang-menu__toggle"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen(!open)}
      >
        <span className="visually-hidden">{t.common.languageMenu}: </span>
        {t.languageName}
      </button>
      <LanguageList
        id={id}
        label={t.common.languageMenu}
        hidden={!open}
        offered={offered}
        current={t.lang}
        onChoose={(tag) => {
          close();
          if (tag !== t.lang) onLanguage(tag);
        }}
      />
    </div>
  );
}
