import {
  PROJECT_STATUSES,
  type JourneyMap,
  type Persona,
  type Project,
  type ProjectStatus,
} from '@trailmap/domain';
import { Pencil } from 'lucide-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../i18n/format.js';
import { EditProjectForm, type Member } from './EditProjectForm.js';
import { ProjectKpis } from './ProjectKpis.js';
import type { ProjectChanges } from './projectsApi.js';

interface Props {
  workspaceId: string;
  project: Project;
  /** The project's map: its ideas and touchpoints. */
  map: JourneyMap;
  /** The personas a KPI may be measured for. */
  personas: readonly Persona[];
  ownerName: string | null;
  /** Writing tools; absent for viewers. */
  editing?: {
    onChangeStatus: (status: ProjectStatus) => void;
    savingStatus: boolean;
    /** Saves changed fields of the project (a PATCH). */
    onSave: (changes: ProjectChanges) => Promise<unknown>;
    saving: boolean;
    /** The workspace's members, who may own it. */
    members: readonly Member[];
  };
}

/** One project: what it is, who owns it, what was checked with customers, and its measured KPIs. */
export function ProjectCard({ workspaceId, project, map, personas, ownerName, editing }: Props) {
  const { t } = useTranslation('projects');
  const format = useFormat();
  const statusId = useId();
  const [editingFields, setEditingFields] = useState(false);
  const ideas = map.ideas;
  const check = project.customerCheck;
  const hasCheck = check.assumption !== '' || check.how !== '' || check.learned !== '';
  const ideaTitle = (id: string) => ideas.find((idea) => idea.id === id)?.title ?? t('project.ideaGone');
  return (
    <article className="pj-card" data-testid="project" data-project-id={project.id}>
      <header className="pj-card__head">
        <h2 className="pj-card__title">{project.title}</h2>
        <span className={`badge pj-status pj-status-${project.status}`} data-testid="project-status">
          {t(`status.${project.status}`)}
        </span>
        {editing && (
          <span className="pj-status-edit">
            <label htmlFor={statusId} className="visually-hidden">
              {t('project.changeStatus', { title: project.title })}
            </label>
            <select
              id={statusId}
              value={project.status}
              disabled={editing.savingStatus}
              onChange={(event) => editing.onChangeStatus(event.target.value as ProjectStatus)}
              data-testid="project-status-select"
            >
              {PROJECT_STATUSES.map((status) => (
                <option key={status} value={status}>
                  {t(`status.${status}`)}
                </option>
              ))}
            </select>
            {editing.savingStatus && <span className="muted">{t('project.saving')}</span>}
          </span>
        )}
        {editing && !editingFields && (
          <button
            type="button"
            className="btn btn-small"
            onClick={() => setEditingFields(true)}
            aria-label={t('edit.open', { title: project.title })}
            data-testid="edit-project-open"
          >
            <Pencil size={14} aria-hidden="true" />
            {t('edit.button')}
          </button>
        )}
      </header>
      {editing && editingFields ? (
        <EditProjectForm
          project={project}
          ideas={ideas}
          members={editing.members}
          onSave={editing.onSave}
          saving={editing.saving}
          onCancel={() => setEditingFields(false)}
        />
      ) : (
        <>
          <dl className="pj-facts">
            {ownerName && (
              <div>
                <dt>{t('project.owner')}</dt>
                <dd data-testid="project-owner">{ownerName}</dd>
              </div>
            )}
            <div>
              <dt>{t('project.startDate')}</dt>
              <dd data-testid="project-start">
                {project.startDate
                  ? format.date(`${project.startDate}T00:00:00Z`, { dateStyle: 'long', timeZone: 'UTC' })
                  : t('project.noStartDate')}
              </dd>
            </div>
            {project.ideaIds.length > 0 && (
              <div>
                <dt>{t('project.ideas')}</dt>
                <dd>
                  <ul className="pj-ideas" data-testid="project-ideas">
                    {project.ideaIds.map((id) => (
                      <li key={id}>{ideaTitle(id)}</li>
                    ))}
                  </ul>
                </dd>
              </div>
            )}
          </dl>
          {hasCheck && (
            <section className="pj-check" data-testid="project-check">
              <h3>{t('project.check')}</h3>
              <dl>
                {(['assumption', 'how', 'learned'] as const)
                  .filter((key) => check[key] !== '')
                  .map((key) => (
                    <div key={key}>
                      <dt>{t(`project.${key}`)}</dt>
                      <dd>{check[key]}</dd>
                    </div>
                  ))}
              </dl>
            </section>
          )}
        </>
      )}
      <ProjectKpis
        workspaceId={workspaceId}
        projectId={project.id}
        projectTitle={project.title}
        map={map}
        personas={personas}
        canEdit={editing !== undefined}
      />
    </article>
  );
}
