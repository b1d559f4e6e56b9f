import { countsAsChosen, type JourneyMap, type Project, type ProjectStatus } from '@trailmap/domain';
import { ArrowLeft } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ChosenLimitNotice } from './ChosenLimitNotice.js';
import { NewProjectForm } from './NewProjectForm.js';
import { ProjectCard } from './ProjectCard.js';
import type { NewProject } from './projectsApi.js';

export interface ProjectsViewProps {
  workspaceId: string;
  map: JourneyMap;
  projects: Project[];
  chosenProjectLimit: number;
  /** Member names by user id (owners). */
  memberNames: ReadonlyMap<string, string>;
  /** Writing tools; absent for viewers. */
  editing?: {
    onCreate: (fields: NewProject) => Promise<unknown>;
    creating: boolean;
    onChangeStatus: (projectId: string, status: ProjectStatus) => void;
    /** The project whose status is being saved. */
    savingProjectId: string | null;
    /** The last refused create or status change (a 409 chosen-limit, or another error). */
    error: unknown;
  };
}

/** The projects of one journey, how many are chosen against the limit, and whether each worked. */
export function ProjectsView({
  workspaceId,
  map,
  projects,
  chosenProjectLimit,
  memberNames,
  editing,
}: ProjectsViewProps) {
  const { t } = useTranslation(['projects', 'common']);
  const mapHref = `/w/${workspaceId}/journeys/${map.id}`;
  const chosen = projects.filter((project) => countsAsChosen(project.status)).length;
  return (
    <div className="page pj-page" data-testid="projects-view">
      <header className="pj-header">
        <Link to={mapHref} className="pj-back" data-testid="projects-back">
          <ArrowLeft size={16} aria-hidden="true" />
          {t('projects:header.back', { title: map.title })}
        </Link>
        <div className="pj-header__title">
          <h1>{t('projects:header.title')}</h1>
          <span className={`badge badge-${map.state}`}>{t(`common:journeyState.${map.state}`)}</span>
          <span
            className={`badge pj-chosen${chosen >= chosenProjectLimit ? ' pj-chosen-full' : ''}`}
            title={t('projects:header.chosenHint')}
            data-testid="chosen-count"
          >
            {t('projects:header.chosen', { count: chosen, limit: chosenProjectLimit })}
          </span>
        </div>
        <p className="muted pj-lead">{t('projects:header.lead', { title: map.title })}</p>
        <p>
          <Link to={`${mapHref}/priorities`} data-testid="projects-to-priorities">
            {t('projects:header.priorities')}
          </Link>
        </p>
      </header>
      {editing && (
        <>
          <NewProjectForm onCreate={editing.onCreate} creating={editing.creating} />
          {editing.error ? <ChosenLimitNotice error={editing.error} /> : null}
        </>
      )}
      {projects.length === 0 ? (
        <div className="empty-state pj-empty" data-testid="projects-empty">
          <p>
            <strong>{t('projects:empty.title')}</strong>
          </p>
          <p>{t('projects:empty.body', { limit: chosenProjectLimit })}</p>
        </div>
      ) : (
        <div className="pj-list">
          {projects.map((project) => (
            <ProjectCard
              key={project.id}
              workspaceId={workspaceId}
              project={project}
              ideas={map.ideas}
              ownerName={project.ownerId ? (memberNames.get(project.ownerId) ?? null) : null}
              {...(editing
                ? {
                    onChangeStatus: (status: ProjectStatus) => editing.onChangeStatus(project.id, status),
                    savingStatus: editing.savingProjectId === project.id,
                    editMap: map,
                  }
                : {})}
            />
          ))}
        </div>
      )}
    </div>
  );
}
