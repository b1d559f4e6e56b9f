import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiError } from '../api/client.js';

interface Props {
  workspaceId: string;
  error: unknown;
  onRetry: () => void;
}

/** A map that could not be loaded: gone, no access, or the server did not answer. */
export function CompareProblem({ workspaceId, error, onRetry }: Props) {
  const { t } = useTranslation(['compare', 'common']);
  const missing = error instanceof ApiError && (error.status === 404 || error.status === 403);
  return (
    <div className="page" data-testid="compare-view">
      <p className="alert alert-error" role="alert">
        {missing ? t('compare:problem.missing') : t('common:state.error')}
      </p>
      <p className="cmp-problem__actions">
        {!missing && (
          <button type="button" className="btn" onClick={onRetry}>
            {t('common:actions.retry')}
          </button>
        )}
        <Link to={`/w/${workspaceId}/journeys`}>{t('compare:problem.toList')}</Link>
      </p>
    </div>
  );
}
