import { Plus, UserRound } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** No personas yet: what a persona is for, and a way to make the first one. */
export function PersonasEmptyState({ workspaceId, canEdit }: { workspaceId: string; canEdit: boolean }) {
  const { t } = useTranslation('personas');
  return (
    <section
      className="empty-state personas-empty"
      aria-labelledby="personas-empty-title"
      data-testid="personas-empty"
    >
      <UserRound size={40} aria-hidden="true" className="empty-state-icon" />
      <h2 id="personas-empty-title">{t('empty.title')}</h2>
      <p>{t('empty.what')}</p>
      <p>{t('empty.how')}</p>
      {canEdit ? (
        <Link to={`/w/${workspaceId}/personas/new`} className="btn btn-primary">
          <Plus size={16} aria-hidden="true" />
          {t('empty.create')}
        </Link>
      ) : (
        <p>{t('empty.viewer')}</p>
      )}
    </section>
  );
}
