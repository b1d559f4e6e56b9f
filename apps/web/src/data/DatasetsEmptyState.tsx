import { Database, Plus } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** No data yet: what interaction data is, which files Trailmap reads, the sample to try, and a way in. */
export function DatasetsEmptyState({ workspaceId, canEdit }: { workspaceId: string; canEdit: boolean }) {
  const { t } = useTranslation('data');
  return (
    <section className="empty-state datasets-empty" aria-labelledby="datasets-empty-title" data-testid="datasets-empty">
      <Database size={40} aria-hidden="true" className="empty-state-icon" />
      <h2 id="datasets-empty-title">{t('empty.title')}</h2>
      <p>{t('empty.what')}</p>
      <ol className="empty-steps">
        <li>{t('empty.step1')}</li>
        <li>{t('empty.step2')}</li>
        <li>{t('empty.step3')}</li>
      </ol>
      <p>
        {t('empty.sampleBefore')} <code>samples/receipt.csv</code> {t('empty.sampleAfter')}
      </p>
      {canEdit ? (
        <Link to={`/w/${workspaceId}/data/new`} className="btn btn-primary" data-testid="datasets-empty-add">
          <Plus size={16} aria-hidden="true" />
          {t('empty.add')}
        </Link>
      ) : (
        <p>{t('empty.viewer')}</p>
      )}
    </section>
  );
}
