import { MATCHER_LIMITS } from '@trailmap/domain';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { listPatternMatches } from './activityPattern.js';

/** How many of a pattern's names are listed before "…". */
const SHOWN = 8;

/**
 * A pattern over the dataset's activity names (`*`, `?`, case ignored: activityPattern.ts): shows which
 * names it stands for, and on confirm adds those not chosen yet (`onAdd`); the matcher keeps the names.
 */
export function ActivityPatternField({
  activities,
  chosen,
  onAdd,
}: {
  /** The dataset's activity names. */
  activities: readonly string[];
  chosen: readonly string[];
  onAdd: (names: string[]) => void;
}) {
  const { t } = useTranslation('measures');
  const id = useId();
  const [pattern, setPattern] = useState('');
  const found = listPatternMatches(pattern, activities);
  const fresh = found.filter((name) => !chosen.includes(name));
  const tooMany = chosen.length + fresh.length > MATCHER_LIMITS.activities;
  const listed = found.slice(0, SHOWN).join(', ') + (found.length > SHOWN ? ', …' : '');

  function add() {
    if (fresh.length === 0 || tooMany) return;
    onAdd(fresh);
    setPattern('');
  }

  return (
    <div className="matcher-pattern" data-testid="matcher-pattern">
      <label htmlFor={`${id}-pattern`}>{t('matcher.pattern')}</label>
      <div className="matcher-pattern-row">
        <input
          id={`${id}-pattern`}
          type="text"
          value={pattern}
          maxLength={MATCHER_LIMITS.activityLength}
          placeholder={t('matcher.patternPlaceholder')}
          aria-describedby={`${id}-pattern-hint ${id}-pattern-found`}
          onChange={(event) => setPattern(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter') {
              event.preventDefault();
              add();
            }
          }}
          data-testid="matcher-pattern-input"
        />
        <button
          type="button"
          className="btn btn-small"
          disabled={fresh.length === 0 || tooMany}
          onClick={add}
          data-testid="matcher-pattern-add"
        >
          {fresh.length ? t('matcher.patternAdd', { count: fresh.length }) : t('matcher.suggestionAdd')}
        </button>
      </div>
      <span id={`${id}-pattern-hint`} className="matcher-hint">
        {t('matcher.patternHint')}
      </span>
      <span
        id={`${id}-pattern-found`}
        className="matcher-hint"
        role="status"
        data-testid="matcher-pattern-found"
      >
        {!pattern.trim()
          ? ''
          : found.length === 0
            ? t('matcher.patternNone')
            : `${t('matcher.patternMatches', { count: found.length, names: listed })}${
                fresh.length === 0 ? ` ${t('matcher.patternAllThere')}` : ''
              }${tooMany ? ` ${t('matcher.patternTooMany', { max: MATCHER_LIMITS.activities })}` : ''}`}
      </span>
    </div>
  );
}
