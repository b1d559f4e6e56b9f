import { Map as MapIcon, Plus } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';

export interface JourneysEmptyStateProps {
  canEdit: boolean;
  onCreate: () => void;
}

/** No maps yet: what a journey map is, how Trailmap helps, and a way to start. */
export function JourneysEmptyState({ canEdit, onCreate }: JourneysEmptyStateProps) {
  const { t } = useTranslation('journeys');
  const { workspaceId } = useParams();
  return (
    <section
      className="empty-state journeys-empty"
      aria-labelledby="journeys-empty-title"
      data-testid="journeys-empty"
    >
      <MapIcon size={40} aria-hidden="true" className="empty-state-icon" />
      <h2 id="journeys-empty-title">{t('empty.title')}</h2>
      <p>{t('empty.what')}</p>
      <ol className="empty-steps">
        <li>{t('empty.step1')}</li>
        <li>{t('empty.step2')}</li>
        <li>
          {t('empty.step3')}
          {workspaceId && (
            <>
              {' '}
              <Link to={`/w/${workspaceId}/data`}>{t('empty.step3Link')}</Link>
            </>
          )}
        </li>
      </ol>
      {canEdit ? (
        <button type="button" className="btn btn-primary" onClick={onCreate}>
          <Plus size={16} aria-hidden="true" />
          {t('empty.create')}
        </button>
      ) : (
        <p>{t('empty.viewer')}</p>
      )}
    </section>
  );
}
