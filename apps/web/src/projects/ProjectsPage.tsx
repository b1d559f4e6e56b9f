import type { ProjectStatus } from '@trailmap/domain';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { ApiError } from '../api/client.js';
import { useWorkspaces } from '../api/session.js';
import { useJourneyMap } from '../compare/useJourneyMap.js';
import { useMembers } from '../pages/members/membersApi.js';
import { usePersonas } from '../pages/personas/personasApi.js';
import { rememberVisit } from '../shell/lastVisited.js';
import { ErrorAlert } from '../ui/ErrorAlert.js';
import {
  useChangeStatus,
  useCreateProject,
  useProjects,
  useUpdateProject,
  type NewProject,
  type ProjectChanges,
} from './projectsApi.js';
import { ProjectsView } from './ProjectsView.js';
import './projects.css';

/** `/w/:workspaceId/journeys/:journeyId/projects`: the improvement projects of one map and their measurement. */
export default function ProjectsPage() {
  const { t } = useTranslation(['projects', 'common']);
  const { workspaceId = '', journeyId = '' } = useParams();
  const location = useLocation();
  const journey = useJourneyMap(workspaceId, journeyId);
  const projects = useProjects(workspaceId, journeyId);
  const members = useMembers(workspaceId);
  const personas = usePersonas(workspaceId);
  const update = useUpdateProject(workspaceId, journeyId);
  const workspaces = useWorkspaces();
  const create = useCreateProject(workspaceId, journeyId);
  const changeStatus = useChangeStatus(workspaceId, journeyId);
  const [refusal, setRefusal] = useState<unknown>(null);

  useEffect(() => {
    rememberVisit(location.pathname + location.search);
  }, [location.pathname, location.search]);

  const memberList = useMemo(
    () => (members.data?.members ?? []).map(({ userId, name }) => ({ userId, name })),
    [members.data],
  );
  const personaList = useMemo(
    () => [...(personas.data ?? [])].sort((a, b) => a.name.localeCompare(b.name)),
    [personas.data],
  );

  const failure = journey.error ?? projects.error;
  if (failure) {
    const missing = failure instanceof ApiError && (failure.status === 404 || failure.status === 403);
    return (
      <div className="page" data-testid="projects-view">
        {missing ? (
          <p className="alert alert-error" role="alert">
            {t('projects:problem.missing')}
          </p>
        ) : (
          <ErrorAlert
            error={failure}
            onRetry={() => {
              void journey.refetch();
              void projects.refetch();
            }}
          />
        )}
        <p>
          <Link to={`/w/${workspaceId}/journeys`}>{t('projects:problem.toList')}</Link>
        </p>
      </div>
    );
  }
  if (!journey.data || !projects.data || workspaces.isPending) {
    return (
      <p className="page muted" role="status">
        {t('common:state.loading')}
      </p>
    );
  }
  const role = workspaces.data?.find((w) => w.id === workspaceId)?.role ?? 'viewer';
  const onCreate = (fields: NewProject) => {
    setRefusal(null);
    const done = create.mutateAsync(fields);
    done.catch((error: unknown) => setRefusal(error));
    return done;
  };
  const onChangeStatus = (projectId: string, status: ProjectStatus) => {
    setRefusal(null);
    changeStatus.mutate({ projectId, status }, { onError: (error) => setRefusal(error) });
  };
  return (
    <ProjectsView
      workspaceId={workspaceId}
      map={journey.data}
      projects={projects.data.projects}
      chosenProjectLimit={projects.data.chosenProjectLimit}
      members={memberList}
      personas={personaList}
      {...(role !== 'viewer'
        ? {
            editing: {
              onCreate,
              creating: create.isPending,
              onChangeStatus,
              savingProjectId: changeStatus.isPending ? (changeStatus.variables?.projectId ?? null) : null,
              onSave: (projectId: string, changes: ProjectChanges) =>
                update.mutateAsync({ projectId, changes }),
              savingFieldsProjectId: update.isPending ? (update.variables?.projectId ?? null) : null,
              error: refusal,
            },
          }
        : {})}
    />
  );
}
