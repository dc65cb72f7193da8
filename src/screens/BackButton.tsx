import { useText } from '../i18n/context';

/** The back control of every question screen; a button, since it is not a link anywhere. */
export function BackButton({ onBack }: { onBack: () => void }) {
  const t = useText();
  return (
    <button type="button" className="back-link" data-action="back" onClick={onBack}>
      {t.common.back}
    </button>
  );
}
