import { useFullText } from '../i18n/context';
import { useNumberShortcuts } from './useNumberShortcuts';

/** The shortcuts, shown on screen, with the switch that turns number keys off (and the keys). */
export function StaffShortcuts({
  numbersOn,
  onToggle,
}: {
  numbersOn: boolean;
  onToggle: (on: boolean) => void;
}) {
  const s = useFullText().staff.ui;
  useNumberShortcuts(numbersOn);
  return (
    <section className="staff-shortcuts no-print" aria-labelledby="staff-shortcuts-title">
      <h2 id="staff-shortcuts-title" className="staff-panel__title">
        {s.shortcutsTitle}
      </h2>
      <ul className="staff-shortcuts__list">
        {numbersOn && <li>{s.shortcutNumbers}</li>}
        <li>{s.shortcutEnter}</li>
        <li>{s.shortcutBack}</li>
      </ul>
      <div className="choice choice--small">
        <input
          className="choice__input"
          type="checkbox"
          id="staff-number-keys"
          checked={numbersOn}
          onChange={(e) => onToggle(e.currentTarget.checked)}
        />
        <label className="choice__label" htmlFor="staff-number-keys">
          {s.shortcutToggle}
        </label>
      </div>
    </section>
  );
}
