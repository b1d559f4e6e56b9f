import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { ApiError } from '../../api/client.js';
import { ConfirmDialog } from '../../ui/ConfirmDialog.js';
import { ErrorAlert } from '../../ui/ErrorAlert.js';
import { useDocumentTitle } from '../useDocumentTitle.js';
import { useWorkspaceRole } from '../useWorkspaceRole.js';
import { PersonaForm } from './PersonaForm.js';
import { PersonaProfile } from './PersonaProfile.js';
import { useDeletePersona, usePersona } from './personasApi.js';
import '../pages.css';
import './personas.css';

/** The path segment that opens the editor for a persona that does not exist yet. */
export const NEW_PERSONA = 'new';

/** `/w/:ws/personas/:personaId` (or `/new`): edit a persona; viewers read it. */
export default function PersonaEditorPage() {
  const { workspaceId = '', personaId = '' } = useParams();
  const { t } = useTranslation(['personas', 'common']);
  const navigate = useNavigate();
  const location = useLocation();
  const isNew = personaId === NEW_PERSONA;
  const access = useWorkspaceRole(workspaceId);
  const persona = usePersona(workspaceId, personaId, !isNew);
  const remove = useDeletePersona(workspaceId);
  const [confirmingDelete, setConfirmingDelete] = useState(false);
  const justCreated = (location.state as { created?: boolean } | null)?.created === true;

  // "Persona created" is said once (the form keeps it); a reload of this URL should not say it again.
  useEffect(() => {
    if (justCreated) navigate(location.pathname, { replace: true, state: null });
  }, [justCreated, navigate, location.pathname]);
  useDocumentTitle(isNew ? t('personas:editor.newTitle') : (persona.data?.name ?? t('personas:title')));

  if (access.isPending || (!isNew && persona.isPending)) {
    return <p className="page muted">{t('common:state.loading')}</p>;
  }
  if (!isNew && persona.isError) {
    const missing = persona.error instanceof ApiError && persona.error.status === 404;
    return (
      <div className="page">
        {missing ? (
          <p className="alert">{t('personas:editor.notFound')}</p>
        ) : (
          <ErrorAlert error={persona.error} onRetry={() => void persona.refetch()} />
        )}
        <p>
          <Link to={`/w/${workspaceId}/personas`}>{t('personas:editor.backToList')}</Link>
        </p>
      </div>
    );
  }
  if (isNew && !access.canEdit) {
    return (
      <div className="page">
        <p className="alert">{t('personas:editor.viewerCannotCreate')}</p>
        <p>
          <Link to={`/w/${workspaceId}/personas`}>{t('personas:editor.backToList')}</Link>
        </p>
      </div>
    );
  }

  const current = isNew ? null : (persona.data ?? null);
  return (
    <div className="page">
      {access.canEdit ? (
        <PersonaForm
          key={personaId}
          workspaceId={workspaceId}
          persona={current}
          initialStatus={justCreated ? t('personas:editor.created') : null}
          onSaved={(saved, created) => {
            if (created)
              navigate(`/w/${workspaceId}/personas/${saved.id}`, { replace: true, state: { created: true } });
          }}
          onDelete={current ? () => setConfirmingDelete(true) : null}
        />
      ) : (
        current && <PersonaProfile workspaceId={workspaceId} persona={current} />
      )}
      {current && (
        <ConfirmDialog
          open={confirmingDelete}
          title={t('personas:delete.title')}
          message={<p>{t('personas:delete.message', { name: current.name })}</p>}
          confirmLabel={t('personas:delete.confirm')}
          onConfirm={async () => {
            await remove.mutateAsync(current.id);
            navigate(`/w/${workspaceId}/personas`, { replace: true });
          }}
          onClose={() => setConfirmingDelete(false)}
        />
      )}
    </div>
  );
}
