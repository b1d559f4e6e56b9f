import { LIMITS, PROJECT_LIMITS, type Idea, type Project } from '@trailmap/domain';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../ui/Field.js';
import { FormProblem } from './FormProblem.js';
import type { ProjectChanges } from './projectsApi.js';

export interface Member {
  userId: string;
  name: string;
}

interface Props {
  project: Project;
  /** The ideas of the project's map (it may carry any of them out). */
  ideas: readonly Idea[];
  members: readonly Member[];
  onSave: (changes: ProjectChanges) => Promise<unknown>;
  saving: boolean;
  onCancel: () => void;
}

/** Only the fields that differ from the project as it is: a PATCH changes nothing else. */
export function diffProject(
  project: Project,
  next: Required<Omit<ProjectChanges, 'customerCheck'>> & {
    customerCheck: Project['customerCheck'];
  },
): ProjectChanges {
  const changes: ProjectChanges = {};
  if (next.title !== project.title) changes.title = next.title;
  if (next.ownerId !== project.ownerId) changes.ownerId = next.ownerId;
  if (next.startDate !== project.startDate) changes.startDate = next.startDate;
  const sameIdeas =
    next.ideaIds.length === project.ideaIds.length &&
    next.ideaIds.every((id, i) => id === project.ideaIds[i]);
  if (!sameIdeas) changes.ideaIds = next.ideaIds;
  const check: Partial<Project['customerCheck']> = {};
  for (const key of ['assumption', 'how', 'learned'] as const)
    if (next.customerCheck[key] !== project.customerCheck[key]) check[key] = next.customerCheck[key];
  if (Object.keys(check).length > 0) changes.customerCheck = check;
  return changes;
}

/**
 * Edits a project's title, owner, start date, the map's ideas it carries out and its "check with
 * customers" note (which assumption, how it was tested, what was learned).
 */
export function EditProjectForm({ project, ideas, members, onSave, saving, onCancel }: Props) {
  const { t } = useTranslation('projects');
  const ideasId = useId();
  const [title, setTitle] = useState(project.title);
  const [ownerId, setOwnerId] = useState<string>(project.ownerId ?? '');
  const [startDate, setStartDate] = useState(project.startDate ?? '');
  // keep the map's order; an idea no longer on the map stays linked until it is unticked
  const [ideaIds, setIdeaIds] = useState<string[]>([...project.ideaIds]);
  const [check, setCheck] = useState({ ...project.customerCheck });
  const [error, setError] = useState<unknown>(null);
  const toggleIdea = (id: string, on: boolean) =>
    setIdeaIds((ids) => (on ? [...ids, id] : ids.filter((other) => other !== id)));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (title.trim() === '') return;
    const changes = diffProject(project, {
      title: title.trim(),
      ownerId: ownerId === '' ? null : ownerId,
      startDate: startDate === '' ? null : startDate,
      ideaIds,
      customerCheck: check,
    });
    if (Object.keys(changes).length === 0) {
      onCancel();
      return;
    }
    setError(null);
    onSave(changes).then(onCancel, (failure: unknown) => setError(failure));
  };
  const gone = ideaIds.filter((id) => !ideas.some((idea) => idea.id === id));
  return (
    <form
      className="pj-new pj-edit"
      onSubmit={submit}
      aria-label={t('edit.heading', { title: project.title })}
      data-testid="edit-project"
    >
      <div className="pj-new__fields">
        <Field label={t('create.title')} className="pj-new__title">
          {(props) => (
            <input
              {...props}
              type="text"
              value={title}
              required
              maxLength={LIMITS.name}
              onChange={(event) => setTitle(event.target.value)}
              data-testid="edit-project-title"
            />
          )}
        </Field>
        <Field label={t('project.owner')}>
          {(props) => (
            <select
              {...props}
              value={ownerId}
              onChange={(event) => setOwnerId(event.target.value)}
              data-testid="edit-project-owner"
            >
              <option value="">{t('edit.noOwner')}</option>
              {members.map((member) => (
                <option key={member.userId} value={member.userId}>
                  {member.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('create.startDate')} hint={t('create.startDateHint')}>
          {(props) => (
            <input
              {...props}
              type="date"
              value={startDate}
              onChange={(event) => setStartDate(event.target.value)}
              data-testid="edit-project-start"
            />
          )}
        </Field>
      </div>
      <fieldset className="pj-edit__ideas" aria-describedby={ideasId}>
        <legend>{t('project.ideas')}</legend>
        <p id={ideasId} className="muted">
          {ideas.length === 0 ? t('edit.noIdeas') : t('edit.ideasHint', { max: PROJECT_LIMITS.ideaIds })}
        </p>
        {ideas.map((idea) => (
          <label key={idea.id} className="pj-edit__idea">
            <input
              type="checkbox"
              checked={ideaIds.includes(idea.id)}
              onChange={(event) => toggleIdea(idea.id, event.target.checked)}
              data-testid="edit-project-idea"
              data-idea-id={idea.id}
            />
            {idea.title}
          </label>
        ))}
        {gone.map((id) => (
          <label key={id} className="pj-edit__idea">
            <input type="checkbox" checked onChange={() => toggleIdea(id, false)} />
            {t('project.ideaGone')}
          </label>
        ))}
      </fieldset>
      <fieldset className="pj-edit__check">
        <legend>{t('project.check')}</legend>
        {(['assumption', 'how', 'learned'] as const).map((key) => (
          <Field key={key} label={t(`project.${key}`)}>
            {(props) => (
              <textarea
                {...props}
                rows={2}
                value={check[key]}
                maxLength={PROJECT_LIMITS.checkText}
                onChange={(event) => setCheck((c) => ({ ...c, [key]: event.target.value }))}
                data-testid={`edit-project-${key}`}
              />
            )}
          </Field>
        ))}
      </fieldset>
      <div className="pj-new__actions">
        <button type="submit" className="btn btn-primary" disabled={saving} data-testid="save-project">
          {saving ? t('project.saving') : t('edit.save')}
        </button>
        <button type="button" className="btn" onClick={onCancel}>
          {t('newKpi.cancel')}
        </button>
      </div>
      <FormProblem error={error} testId="edit-project-error" />
    </form>
  );
}
