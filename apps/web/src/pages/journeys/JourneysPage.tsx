import type { Persona } from '@trailmap/domain';
import { Plus } from 'lucide-react';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams, useSearchParams } from 'react-router';
import { rememberVisit } from '../../shell/lastVisited.js';
import { ConfirmDialog } from '../../ui/ConfirmDialog.js';
import { describeError } from '../../ui/describeError.js';
import { ErrorAlert } from '../../ui/ErrorAlert.js';
import { usePersonas } from '../personas/personasApi.js';
import { useDocumentTitle } from '../useDocumentTitle.js';
import { useWorkspaceRole } from '../useWorkspaceRole.js';
import { CreateJourneyDialog } from './CreateJourneyDialog.js';
import { JourneyFilters } from './JourneyFilters.js';
import { JourneyRow } from './JourneyRow.js';
import { JourneysEmptyState } from './JourneysEmptyState.js';
import {
  useDeleteJourney,
  useDuplicateJourney,
  useJourneys,
  type JourneyFilter,
  type JourneySummary,
} from './journeysApi.js';
import { readJourneyFilter } from './readJourneyFilter.js';
import '../pages.css';
import './journeys.css';
import { BoardOverviewLink } from '../../projects/BoardOverviewLink.js';

const EMPTY_PERSONAS: Persona[] = [];

/** `/w/:workspaceId/journeys`: the workspace's journey maps, filterable, with create/duplicate/delete. */
export default function JourneysPage() {
  const { workspaceId = '' } = useParams();
  const { t } = useTranslation(['journeys', 'common', 'ui']);
  useDocumentTitle(t('journeys:title'));
  const location = useLocation();
  const [params, setParams] = useSearchParams();
  const filter = readJourneyFilter(params);
  const access = useWorkspaceRole(workspaceId);
  const journeys = useJourneys(workspaceId, filter);
  const personas = usePersonas(workspaceId);
  const personaList = personas.data ?? EMPTY_PERSONAS;
  const personasById = useMemo(() => new Map(personaList.map((p) => [p.id as string, p])), [personaList]);
  const duplicate = useDuplicateJourney(workspaceId);
  const remove = useDeleteJourney(workspaceId);
  const [creating, setCreating] = useState(false);
  const [deleting, setDeleting] = useState<JourneySummary | null>(null);
  const [announcement, setAnnouncement] = useState<{ text: string; journeyId?: string } | null>(null);

  useEffect(() => {
    rememberVisit(location.pathname);
  }, [location.pathname]);

  function changeFilter(next: JourneyFilter) {
    const query = new URLSearchParams();
    if (next.personaId) query.set('persona', next.personaId);
    if (next.state) query.set('state', next.state);
    setParams(query, { replace: true });
  }

  function duplicateJourney(journey: JourneySummary) {
    const title = t('journeys:duplicate.title', { title: journey.title }).slice(0, 200);
    duplicate.mutate(
      { journeyId: journey.id, title },
      {
        onSuccess: (copy) =>
          setAnnouncement({ text: t('journeys:duplicate.done', { title: copy.title }), journeyId: copy.id }),
        onError: (error) => setAnnouncement({ text: describeError(t, error) }),
      },
    );
  }

  const filtered = !!(filter.personaId || filter.state);
  const list = journeys.data ?? [];

  return (
    <div className="page journeys-page">
      <header className="page-header">
        <div>
          <h1>{t('journeys:title')}</h1>
          <p className="muted page-intro">{t('journeys:intro')}</p>
        </div>
        <div className="page-header__actions">
          <BoardOverviewLink workspaceId={workspaceId} />
          {access.canEdit && (
            <button
              type="button"
              className="btn btn-primary"
              onClick={() => setCreating(true)}
              data-testid="create-journey"
            >
              <Plus size={16} aria-hidden="true" />
              {t('journeys:create.open')}
            </button>
          )}
        </div>
      </header>

      <p role="status" className="status-line">
        {announcement && (
          <>
            {announcement.text}{' '}
            {announcement.journeyId && (
              <Link to={`/w/${workspaceId}/journeys/${announcement.journeyId}`}>
                {t('journeys:duplicate.open')}
              </Link>
            )}
          </>
        )}
      </p>

      {(list.length > 0 || filtered) && (
        <JourneyFilters filter={filter} personas={personaList} onChange={changeFilter} />
      )}

      {journeys.isPending && <p className="muted">{t('common:state.loading')}</p>}
      {journeys.isError && <ErrorAlert error={journeys.error} onRetry={() => void journeys.refetch()} />}

      {journeys.isSuccess && list.length === 0 && !filtered && (
        <JourneysEmptyState canEdit={access.canEdit} onCreate={() => setCreating(true)} />
      )}
      {journeys.isSuccess && list.length === 0 && filtered && (
        <div className="empty-state" data-testid="journeys-none-match">
          <p>{t('journeys:filters.noMatch')}</p>
          <button type="button" className="btn" onClick={() => changeFilter({})}>
            {t('journeys:filters.clear')}
          </button>
        </div>
      )}
      {list.length > 0 && (
        <>
          <p className="visually-hidden" aria-live="polite">
            {t('journeys:count', { count: list.length })}
          </p>
          <ul className="journey-list" aria-label={t('journeys:listLabel')}>
            {list.map((journey) => (
              <JourneyRow
                key={journey.id}
                workspaceId={workspaceId}
                journey={journey}
                personasById={personasById}
                canEdit={access.canEdit}
                duplicating={duplicate.isPending && duplicate.variables?.journeyId === journey.id}
                onDuplicate={duplicateJourney}
                onDelete={setDeleting}
              />
            ))}
          </ul>
        </>
      )}

      {access.canEdit && (
        <CreateJourneyDialog
          open={creating}
          onClose={() => setCreating(false)}
          workspaceId={workspaceId}
          personas={personaList}
          initialPersonaIds={filter.personaId ? [filter.personaId] : []}
        />
      )}
      <ConfirmDialog
        open={deleting !== null}
        title={t('journeys:delete.title')}
        message={<p>{t('journeys:delete.message', { title: deleting?.title ?? '' })}</p>}
        confirmLabel={t('journeys:delete.confirm')}
        onConfirm={async () => {
          if (!deleting) return;
          const title = deleting.title;
          await remove.mutateAsync(deleting.id);
          setAnnouncement({ text: t('journeys:delete.done', { title }) });
        }}
        onClose={() => setDeleting(null)}
      />
    </div>
  );
}
