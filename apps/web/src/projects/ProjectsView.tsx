import {
  countsAsChosen,
  type JourneyMap,
  type Persona,
  type Project,
  type ProjectStatus,
} from '@trailmap/domain';
import { ArrowLeft } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { BoardReportPanel } from './BoardReportPanel.js';
import { ChosenLimitNotice } from './ChosenLimitNotice.js';
import { NewProjectForm } from './NewProjectForm.js';
import { ProjectCard } from './ProjectCard.js';
import type { Member } from './EditProjectForm.js';
import type { NewProject, ProjectChanges } from './projectsApi.js';

export interface ProjectsViewProps {
  workspaceId: string;
  map: JourneyMap;
  projects: Project[];
  chosenProjectLimit: number;
  /** The workspace's members (owners of projects). */
  members: readonly Member[];
  /** The workspace's personas (a KPI may be measured for one). */
  personas: readonly Persona[];
  /** Writing tools; absent for viewers. */
  editing?: {
    onCreate: (fields: NewProject) => Promise<unknown>;
    creating: boolean;
    onChangeStatus: (projectId: string, status: ProjectStatus) => void;
    /** The project whose status is being saved. */
    savingProjectId: string | null;
    onSave: (projectId: string, changes: ProjectChanges) => Promise<unknown>;
    /** The project whose fields are being saved. */
    savingFieldsProjectId: string | null;
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
  members,
  personas,
  editing,
}: ProjectsViewProps) {
  const { t } = useTranslation(['projects', 'common']);
  const mapHref = `/w/${workspaceId}/journeys/${map.id}`;
  const memberNames = new Map(members.map((member) => [member.userId, member.name]));
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
      <BoardReportPanel workspaceId={workspaceId} journeyId={map.id} canShare={!!editing} />
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
              map={map}
              personas={personas}
              ownerName={project.ownerId ? (memberNames.get(project.ownerId) ?? null) : null}
              {...(editing
                ? {
                    editing: {
                      onChangeStatus: (status: ProjectStatus) => editing.onChangeStatus(project.id, status),
                      savingStatus: editing.savingProjectId === project.id,
                      onSave: (changes: ProjectChanges) => editing.onSave(project.id, changes),
                      saving: editing.savingFieldsProjectId === project.id,
                      members,
                    },
                  }
                : {})}
            />
          ))}
        </div>
      )}
    </div>
  );
}
