/**
 * Stands in for the review or the result while their code downloads (they are fetched during
 * the questions, so this is rarely seen), or says plainly that it failed, with a retry and
 * the center's number. The answers stay where they are.
 */
import { useText } from '../i18n/context';
import { CenterCallLink } from '../ui/CenterCallLink';
import { useStepTitle } from './useStepTitle';

export function PendingScreen({ failed, onRetry }: { failed: boolean; onRetry: () => void }) {
  const t = useText();
  const heading = failed ? t.common.loadFailed : t.common.loading;
  useStepTitle();
  return (
    <div className="step" aria-busy={!failed}>
      <h1 className="page-heading" id="step-heading" tabIndex={-1}>
        {heading}
      </h1>
      {failed && (
        <>
          <p>{t.common.loadFailedBody}</p>
          <button type="button" className="button" onClick={onRetry}>
            {t.common.retry}
          </button>
          <p>
            <CenterCallLink template={t.app.callCenter} />
          </p>
        </>
      )}
    </div>
  );
}
