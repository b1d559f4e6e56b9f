import { API_KEY_SCOPES, type ApiKeyScope } from '@trailmap/domain';
import { KeyRound } from 'lucide-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError, findIssue } from '../../ui/describeError.js';
import { Field } from '../../ui/Field.js';
import { useCreateApiKey } from './membersApi.js';

export interface CreateApiKeyFormProps {
  workspaceId: string;
  onCreated: (name: string, secret: string) => void;
}

/** Name a key and choose what it may do. */
export function CreateApiKeyForm({ workspaceId, onCreated }: CreateApiKeyFormProps) {
  const { t } = useTranslation(['members', 'ui']);
  const create = useCreateApiKey(workspaceId);
  const [name, setName] = useState('');
  const [scope, setScope] = useState<ApiKeyScope>('read');
  const [nameMissing, setNameMissing] = useState(false);

  function submitForm(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const trimmed = name.trim();
    setNameMissing(!trimmed);
    if (!trimmed) {
      event.currentTarget.querySelector<HTMLInputElement>('[data-testid="api-key-name"]')?.focus();
      return;
    }
    create.mutate(
      { name: trimmed, scope },
      {
        onSuccess: ({ apiKey, key }) => {
          setName('');
          onCreated(apiKey.name, key);
        },
      },
    );
  }

  const nameError = nameMissing
    ? t('members:apiKeys.nameRequired')
    : findIssue(create.error, 'name')
      ? t('members:apiKeys.nameInvalid')
      : null;

  return (
    <form className="api-key-form" onSubmit={submitForm} noValidate>
      <Field
        label={t('members:apiKeys.name')}
        hint={t('members:apiKeys.nameHint')}
        error={nameError}
        className="api-key-name"
      >
        {(props) => (
          <input
            {...props}
            type="text"
            value={name}
            maxLength={200}
            onChange={(e) => setName(e.target.value)}
            data-testid="api-key-name"
          />
        )}
      </Field>
      <fieldset className="field api-key-scope">
        <legend className="label">{t('members:apiKeys.scope')}</legend>
        {API_KEY_SCOPES.map((option) => (
          <label key={option} className="radio">
            <input
              type="radio"
              name="scope"
              value={option}
              checked={scope === option}
              onChange={() => setScope(option)}
              data-testid={`api-key-scope-${option}`}
            />
            <span>
              <strong>{t(`members:apiKeys.scopes.${option}`)}</strong>
              <span className="hint"> — {t(`members:apiKeys.scopeHelp.${option}`)}</span>
            </span>
          </label>
        ))}
      </fieldset>
      <button
        type="submit"
        className="btn btn-primary"
        disabled={create.isPending}
        data-testid="api-key-create"
      >
        <KeyRound size={16} aria-hidden="true" />
        {create.isPending ? t('members:apiKeys.working') : t('members:apiKeys.create')}
      </button>
      {create.error && !nameError && (
        <p className="alert alert-error" role="alert">
          {describeError(t, create.error)}
        </p>
      )}
    </form>
  );
}
