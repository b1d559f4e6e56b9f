import { Plus } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorAlert } from '../../ui/ErrorAlert.js';
import { useDocumentTitle } from '../useDocumentTitle.js';
import { useWorkspaceRole } from '../useWorkspaceRole.js';
import { PersonaCard } from './PersonaCard.js';
import { PersonasEmptyState } from './PersonasEmptyState.js';
import { usePersonas } from './personasApi.js';
import '../pages.css';
import './personas.css';

/** `/w/:ws/personas`: who travels the journeys of this workspace. */
export default function PersonasPage() {
  const { workspaceId = '' } = useParams();
  const { t } = useTranslation(['personas', 'common']);
  useDocumentTitle(t('personas:title'));
  const access = useWorkspaceRole(workspaceId);
  const personas = usePersonas(workspaceId);
  const list = personas.data ?? [];

  return (
    <div className="page personas-page">
      <header className="page-header">
        <div>
          <h1>{t('personas:title')}</h1>
          <p className="muted page-intro">{t('personas:intro')}</p>
        </div>
        {access.canEdit && (
          <Link
            to={`/w/${workspaceId}/personas/new`}
            className="btn btn-primary"
            data-testid="create-persona"
          >
            <Plus size={16} aria-hidden="true" />
            {t('personas:create')}
          </Link>
        )}
      </header>
      {personas.isPending && <p className="muted">{t('common:state.loading')}</p>}
      {personas.isError && <ErrorAlert error={personas.error} onRetry={() => void personas.refetch()} />}
      {personas.isSuccess && list.length === 0 && (
        <PersonasEmptyState workspaceId={workspaceId} canEdit={access.canEdit} />
      )}
      {list.length > 0 && (
        <ul className="persona-grid" aria-label={t('personas:listLabel')}>
          {list.map((persona) => (
            <PersonaCard key={persona.id} workspaceId={workspaceId} persona={persona} />
          ))}
        </ul>
      )}
    </div>
  );
}
