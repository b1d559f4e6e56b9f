import type { Persona } from '@trailmap/domain';
import { ArrowLeft, Save, Trash2 } from 'lucide-react';
import { useState, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { describeError, findIssue } from '../../ui/describeError.js';
import { Field } from '../../ui/Field.js';
import { ListEditor, type ListKind } from './ListEditor.js';
import { cleanDraft, isSameDraft, toDraft } from './personaDraft.js';
import { useSavePersona, type PersonaDraft } from './personasApi.js';
import { PictureField } from './PictureField.js';

const LIST_KINDS: ListKind[] = ['goals', 'needs', 'frustrations'];

export interface PersonaFormProps {
  workspaceId: string;
  /** Null for a new persona. */
  persona: Persona | null;
  /** After a save; `created` when it was a new persona. */
  onSaved: (persona: Persona, created: boolean) => void;
  onDelete: (() => void) | null;
  /** A message to show at first (for example "Persona created"). */
  initialStatus?: string | null;
}

/** The persona editor: profile, picture, and the goals, needs and frustrations lists. */
export function PersonaForm({
  workspaceId,
  persona,
  onSaved,
  onDelete,
  initialStatus = null,
}: PersonaFormProps) {
  const { t } = useTranslation(['personas', 'common', 'ui']);
  const [draft, setDraft] = useState<PersonaDraft>(() => toDraft(persona));
  const [baseline, setBaseline] = useState<PersonaDraft>(() => toDraft(persona));
  const [nameMissing, setNameMissing] = useState(false);
  const [status, setStatus] = useState<string | null>(initialStatus);
  const save = useSavePersona(workspaceId, persona?.id ?? null);
  const dirty = !isSameDraft(draft, baseline);

  function updateDraft(patch: Partial<PersonaDraft>) {
    setDraft((current) => ({ ...current, ...patch }));
    setStatus(null);
  }

  function savePersona(form: HTMLFormElement) {
    const cleaned = cleanDraft(draft);
    if (!cleaned.name) {
      setNameMissing(true);
      form.querySelector<HTMLInputElement>('[data-testid="persona-name"]')?.focus();
      return;
    }
    setNameMissing(false);
    save.mutate(cleaned, {
      onSuccess: (saved) => {
        const next = toDraft(saved);
        setDraft(next);
        setBaseline(next);
        setStatus(t('personas:editor.saved'));
        onSaved(saved, !persona);
      },
    });
  }

  function submitForm(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    savePersona(event.currentTarget);
  }

  function handleShortcut(event: KeyboardEvent<HTMLFormElement>) {
    if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 's') {
      event.preventDefault();
      savePersona(event.currentTarget);
    }
  }

  const error = save.error;
  const nameError = nameMissing
    ? t('personas:editor.nameRequired')
    : findIssue(error, 'name')
      ? t('personas:editor.nameInvalid')
      : null;
  const fieldIssue = (field: string) => (findIssue(error, field) ? t('personas:editor.tooLong') : null);
  const saveState = save.isPending
    ? t('common:state.saving')
    : (status ?? (dirty ? t('personas:editor.unsaved') : persona ? t('common:state.saved') : ''));

  return (
    <form className="persona-editor" onSubmit={submitForm} onKeyDown={handleShortcut} noValidate>
      <header className="persona-editor-header">
        <Link to={`/w/${workspaceId}/personas`} className="back-link">
          <ArrowLeft size={16} aria-hidden="true" />
          {t('personas:title')}
        </Link>
        <div className="persona-editor-titlebar">
          <h1>{persona ? draft.name || persona.name : t('personas:editor.newTitle')}</h1>
          <div className="persona-editor-actions">
            <span className="save-state" role="status" data-testid="persona-save-state">
              {saveState}
            </span>
            {onDelete && (
              <button
                type="button"
                className="btn btn-ghost icon-text-danger"
                onClick={onDelete}
                data-testid="persona-delete"
              >
                <Trash2 size={16} aria-hidden="true" />
                {t('common:actions.delete')}
              </button>
            )}
            <button
              type="submit"
              className="btn btn-primary"
              disabled={save.isPending}
              data-testid="persona-save"
            >
              <Save size={16} aria-hidden="true" />
              {persona ? t('common:actions.save') : t('personas:editor.create')}
            </button>
          </div>
        </div>
      </header>

      {error && !nameError && !findIssue(error, 'pictureUrl') && (
        <p className="alert alert-error" role="alert">
          {describeError(t, error)}
        </p>
      )}

      <section className="card persona-section" aria-labelledby="persona-profile-heading">
        <h2 id="persona-profile-heading">{t('personas:editor.profile')}</h2>
        <div className="persona-profile-grid">
          <div>
            <PictureField
              name={draft.name}
              pictureUrl={draft.pictureUrl}
              onChange={(pictureUrl) => updateDraft({ pictureUrl })}
            />
            {findIssue(error, 'pictureUrl') && (
              <p className="error" role="alert">
                {t('personas:picture.problems.too-detailed')}
              </p>
            )}
          </div>
          <div>
            <Field label={t('personas:editor.name')} hint={t('personas:editor.nameHint')} error={nameError}>
              {(props) => (
                <input
                  {...props}
                  type="text"
                  value={draft.name}
                  maxLength={200}
                  onChange={(e) => updateDraft({ name: e.target.value })}
                  data-testid="persona-name"
                  autoFocus={!persona}
                />
              )}
            </Field>
            <Field
              label={t('personas:editor.quote')}
              hint={t('personas:editor.quoteHint')}
              error={fieldIssue('quote')}
            >
              {(props) => (
                <input
                  {...props}
                  type="text"
                  value={draft.quote}
                  maxLength={1000}
                  onChange={(e) => updateDraft({ quote: e.target.value })}
                  data-testid="persona-quote"
                />
              )}
            </Field>
            <Field
              label={t('personas:editor.description')}
              hint={t('personas:editor.descriptionHint')}
              error={fieldIssue('description')}
            >
              {(props) => (
                <textarea
                  {...props}
                  rows={4}
                  value={draft.description}
                  maxLength={10000}
                  onChange={(e) => updateDraft({ description: e.target.value })}
                  data-testid="persona-description"
                />
              )}
            </Field>
          </div>
        </div>
      </section>

      <div className="persona-lists">
        {LIST_KINDS.map((kind) => (
          <section key={kind} className="card persona-section">
            <ListEditor
              kind={kind}
              items={draft[kind]}
              onChange={(items) => updateDraft({ [kind]: items })}
              testId={`persona-${kind}`}
            />
            {findIssue(error, kind) && <p className="error">{t('personas:editor.listInvalid')}</p>}
          </section>
        ))}
      </div>
      <div className="persona-editor-footer">
        <button type="submit" className="btn btn-primary" disabled={save.isPending}>
          <Save size={16} aria-hidden="true" />
          {persona ? t('common:actions.save') : t('personas:editor.create')}
        </button>
      </div>
    </form>
  );
}
