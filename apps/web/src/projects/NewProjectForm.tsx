import { LIMITS, type ProjectStatus } from '@trailmap/domain';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../ui/Field.js';
import type { NewProject } from './projectsApi.js';

/** The statuses a new project can start in (done and dropped ones are not created). */
const NEW_STATUSES: ProjectStatus[] = ['proposed', 'chosen', 'in-progress'];

interface Props {
  onCreate: (fields: NewProject) => Promise<unknown>;
  creating: boolean;
}

/** Creates a project on this journey: a title, a status and optionally a start date. */
export function NewProjectForm({ onCreate, creating }: Props) {
  const { t } = useTranslation('projects');
  const [title, setTitle] = useState('');
  const [status, setStatus] = useState<ProjectStatus>('proposed');
  const [startDate, setStartDate] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (title.trim() === '') return;
    onCreate({ title: title.trim(), status, startDate: startDate === '' ? null : startDate }).then(
      () => setTitle(''),
      () => {},
    );
  };
  return (
    <form className="pj-new" onSubmit={submit} aria-label={t('create.heading')} data-testid="new-project">
      <h2>{t('create.heading')}</h2>
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
              data-testid="new-project-title"
            />
          )}
        </Field>
        <Field label={t('create.status')}>
          {(props) => (
            <select
              {...props}
              value={status}
              onChange={(event) => setStatus(event.target.value as ProjectStatus)}
              data-testid="new-project-status"
            >
              {NEW_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {t(`status.${s}`)}
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
              data-testid="new-project-start"
            />
          )}
        </Field>
      </div>
      <button type="submit" className="btn btn-primary" disabled={creating} data-testid="create-project">
        {creating ? t('create.creating') : t('create.submit')}
      </button>
    </form>
  );
}
