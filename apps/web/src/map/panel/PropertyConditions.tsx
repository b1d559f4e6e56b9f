import {
  MATCHER_LIMITS,
  MATCHER_OPERATORS,
  type MatcherCondition,
  type MatcherOperator,
} from '@trailmap/domain';
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { collectConditions, readCondition, toDraft, type ConditionDraft } from './matcherConditions.js';

const sameConditions = (a: readonly MatcherCondition[], b: readonly MatcherCondition[]) =>
  JSON.stringify(a) === JSON.stringify(b);

const ERROR_LIMITS = {
  key: {},
  keyLength: { max: MATCHER_LIMITS.propertyKeyLength },
  value: {},
  valueLength: { max: MATCHER_LIMITS.valueLength },
  values: { max: MATCHER_LIMITS.inValues },
  bound: {},
  invalid: {},
} as const;

function placeholderOf(op: MatcherOperator): 'in' | 'bound' | 'text' {
  return op === 'in' ? 'in' : op === 'gt' || op === 'lt' ? 'bound' : 'text';
}

/**
 * The matcher's property conditions as rows of property / comparison / value. Rows are edited as text;
 * every change hands up the conditions of the complete rows (`onChange`), so the live count follows each
 * keystroke; an incomplete row says what it lacks and is not applied until it is complete.
 */
export function PropertyConditions({
  properties,
  disabled,
  onChange,
}: {
  properties: readonly MatcherCondition[];
  /** No activity chosen yet: conditions have nothing to narrow. */
  disabled: boolean;
  onChange: (conditions: MatcherCondition[]) => void;
}) {
  const { t } = useTranslation('measures');
  const id = useId();
  const [drafts, setDrafts] = useState<ConditionDraft[]>(() => properties.map(toDraft));
  // A change from elsewhere (undo, another editor) replaces the rows; the rows' own changes do not.
  useEffect(() => {
    setDrafts((current) =>
      sameConditions(collectConditions(current), properties) ? current : properties.map(toDraft),
    );
  }, [properties]);

  function update(next: ConditionDraft[]) {
    setDrafts(next);
    const conditions = collectConditions(next);
    if (!sameConditions(conditions, properties)) onChange(conditions);
  }
  const patch = (index: number, change: Partial<ConditionDraft>) =>
    update(drafts.map((d, i) => (i === index ? { ...d, ...change } : d)));

  return (
    <fieldset className="matcher-conditions" data-testid="matcher-conditions" disabled={disabled}>
      <legend>{t('matcher.conditions')}</legend>
      <p className="matcher-hint">
        {disabled ? t('matcher.conditionsNeedActivity') : t('matcher.conditionsHint')}
      </p>
      {drafts.map((draft, index) => {
        const read = readCondition(draft);
        const error = 'error' in read ? read.error : null;
        const rowId = `${id}-${index}`;
        return (
          <div
            key={index}
            className="matcher-condition"
            data-testid="matcher-condition"
            data-state={error ? 'pending' : 'applied'}
          >
            <label htmlFor={`${rowId}-key`} className="visually-hidden">
              {t('matcher.conditionKey')}
            </label>
            <input
              id={`${rowId}-key`}
              className="matcher-condition-key"
              type="text"
              value={draft.key}
              maxLength={MATCHER_LIMITS.propertyKeyLength}
              placeholder={t('matcher.conditionKeyPlaceholder')}
              onChange={(event) => patch(index, { key: event.target.value })}
              data-testid="condition-key"
            />
            <label htmlFor={`${rowId}-op`} className="visually-hidden">
              {t('matcher.conditionOp')}
            </label>
            <select
              id={`${rowId}-op`}
              className="matcher-condition-op"
              value={draft.op}
              onChange={(event) => patch(index, { op: event.target.value as MatcherOperator })}
              data-testid="condition-op"
            >
              {MATCHER_OPERATORS.map((op) => (
                <option key={op} value={op}>
                  {t(`matcher.ops.${op}`)}
                </option>
              ))}
            </select>
            <label htmlFor={`${rowId}-value`} className="visually-hidden">
              {t('matcher.conditionValue')}
            </label>
            <input
              id={`${rowId}-value`}
              className="matcher-condition-value"
              type="text"
              value={draft.value}
              placeholder={t(`matcher.valuePlaceholder.${placeholderOf(draft.op)}`)}
              onChange={(event) => patch(index, { value: event.target.value })}
              aria-invalid={error && draft.value ? true : undefined}
              aria-describedby={error ? `${rowId}-error` : undefined}
              data-testid="condition-value"
            />
            <button
              type="button"
              className="btn btn-ghost btn-small matcher-condition-remove"
              aria-label={t('matcher.removeCondition', { n: index + 1 })}
              title={t('matcher.removeCondition', { n: index + 1 })}
              onClick={() => update(drafts.filter((_, i) => i !== index))}
              data-testid="condition-remove"
            >
              ×
            </button>
            {error && (
              <span id={`${rowId}-error`} className="matcher-condition-error" data-testid="condition-error">
                {t(`matcher.conditionError.${error}`, ERROR_LIMITS[error])} {t('matcher.conditionPending')}
              </span>
            )}
          </div>
        );
      })}
      <button
        type="button"
        className="btn btn-small"
        disabled={drafts.length >= MATCHER_LIMITS.properties}
        title={
          drafts.length >= MATCHER_LIMITS.properties
            ? t('matcher.conditionsFull', { max: MATCHER_LIMITS.properties })
            : undefined
        }
        onClick={() => setDrafts([...drafts, { key: '', op: 'eq', value: '' }])}
        data-testid="condition-add"
      >
        {t('matcher.addCondition')}
      </button>
    </fieldset>
  );
}
