import type { Persona } from '@trailmap/domain';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { describeError, findIssue } from '../../ui/describeError.js';
import { Dialog } from '../../ui/Dialog.js';
import { Field } from '../../ui/Field.js';
import { JourneyStartPicker, type JourneyStart } from './JourneyStartPicker.js';
import { useCreateJourney, useTemplates, type TemplateModel } from './journeysApi.js';
import { PersonaPicker } from './PersonaPicker.js';

export const DEFAULT_TEMPLATE: TemplateModel = 'see-think-do-care-love';

export interface CreateJourneyDialogProps {
  open: boolean;
  onClose: () => void;
  workspaceId: string;
  personas: readonly Persona[];
  /** Personas ticked from the start (the persona the list is filtered by). */
  initialPersonaIds: readonly string[];
}

/** A new journey map from a phase model or an example map; on success the map opens. */
export function CreateJourneyDialog({
  open,
  onClose,
  workspaceId,
  personas,
  initialPersonaIds,
}: CreateJourneyDialogProps) {
  const { t } = useTranslation(['journeys', 'common']);
  return (
    <Dialog
      open={open}
      onClose={onClose}
      title={t('journeys:create.title')}
      description={t('journeys:create.intro')}
      size="wide"
      testId="create-journey-dialog"
    >
      <CreateJourneyForm
        workspaceId={workspaceId}
        personas={personas}
        initialPersonaIds={initialPersonaIds}
        onCancel={onClose}
      />
    </Dialog>
  );
}

interface CreateJourneyFormProps {
  workspaceId: string;
  personas: readonly Persona[];
  initialPersonaIds: readonly string[];
  onCancel: () => void;
}

function CreateJourneyForm({ workspaceId, personas, initialPersonaIds, onCancel }: CreateJourneyFormProps) {
  const { t, i18n } = useTranslation(['journeys', 'common', 'ui']);
  const language = i18n.language === 'nl' ? 'nl' : 'en';
  const navigate = useNavigate();
  const templates = useTemplates(language);
  const create = useCreateJourney(workspaceId);
  const [title, setTitle] = useState('');
  const [template, setTemplate] = useState<TemplateModel>(DEFAULT_TEMPLATE);
  const [start, setStart] = useState<JourneyStart>('empty');
  const [goal, setGoal] = useState('');
  const [personaIds, setPersonaIds] = useState<string[]>([...initialPersonaIds]);
  const [titleMissing, setTitleMissing] = useState(false);

  function submitForm(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!title.trim()) {
      setTitleMissing(true);
      event.currentTarget.querySelector<HTMLInputElement>('[data-testid="journey-title"]')?.focus();
      return;
    }
    setTitleMissing(false);
    const from = start === 'empty' ? { template } : { example: start };
    create.mutate(
      { title: title.trim(), ...from, goal: goal.trim() || undefined, personaIds, language },
      { onSuccess: (journey) => navigate(`/w/${workspaceId}/journeys/${journey.id}`) },
    );
  }

  const titleError = titleMissing
    ? t('journeys:create.titleRequired')
    : findIssue(create.error, 'title')
      ? t('journeys:create.titleInvalid')
      : null;
  const goalError = findIssue(create.error, 'goal') ? t('journeys:create.goalInvalid') : null;
  const fieldFailure = !!findIssue(create.error, 'title') || !!goalError;
  const examples = templates.data?.examples;

  function chooseStart(next: JourneyStart) {
    // An example's name becomes the title, unless the user typed one of their own.
    const names = (examples ?? []).map((e) => e.name);
    const name = examples?.find((e) => e.key === next)?.name;
    if (!title.trim() || names.includes(title)) setTitle(name ?? '');
    setStart(next);
  }

  return (
    <form onSubmit={submitForm} noValidate>
      <Field
        label={t('journeys:create.journeyTitle')}
        hint={t('journeys:create.journeyTitleHint')}
        error={titleError}
      >
        {(props) => (
          <input
            {...props}
            type="text"
            value={title}
            onChange={(e) => setTitle(e.target.value)}
            maxLength={200}
            data-testid="journey-title"
            data-autofocus
          />
        )}
      </Field>
      <JourneyStartPicker
        templates={templates.data?.templates}
        examples={examples}
        failed={templates.isError}
        start={start}
        onStart={chooseStart}
        template={template}
        onTemplate={setTemplate}
        fallbackTemplate={DEFAULT_TEMPLATE}
      />
      <PersonaPicker
        workspaceId={workspaceId}
        personas={personas}
        selected={personaIds}
        onChange={setPersonaIds}
      />
      <Field
        label={t('journeys:create.goal')}
        hint={start === 'empty' ? t('journeys:create.goalHint') : t('journeys:create.goalHintExample')}
        error={goalError}
      >
        {(props) => (
          <input
            {...props}
            type="text"
            value={goal}
            onChange={(e) => setGoal(e.target.value)}
            maxLength={1000}
            data-testid="journey-goal"
          />
        )}
      </Field>
      {create.error && !fieldFailure && (
        <p className="alert alert-error" role="alert">
          {describeError(t, create.error)}
        </p>
      )}
      <div className="dialog-actions">
        <button type="button" className="btn" onClick={onCancel}>
          {t('common:actions.cancel')}
        </button>
        <button
          type="submit"
          className="btn btn-primary"
          disabled={create.isPending}
          data-testid="journey-create-submit"
        >
          {create.isPending ? t('journeys:create.working') : t('journeys:create.submit')}
        </button>
      </div>
    </form>
  );
}
