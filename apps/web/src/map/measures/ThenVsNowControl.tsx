import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { parsePeriod, type DayPeriod } from './thenVsNow.js';

export interface ThenVsNowControlProps {
  then: DayPeriod | null;
  now: DayPeriod | null;
  /** Both periods picked (null: cleared). */
  onChange: (periods: { then: DayPeriod; now: DayPeriod } | null) => void;
  /** While the comparison is asked. */
  busy?: boolean;
}

/** "Then vs now" in the figures bar: two periods of days (both ends inclusive) to compare the map between. */
export function ThenVsNowControl({ then, now, onChange, busy = false }: ThenVsNowControlProps) {
  const { t } = useTranslation('measures');
  const [draft, setDraft] = useState({
    thenFrom: then?.from ?? '',
    thenTo: then?.to ?? '',
    nowFrom: now?.from ?? '',
    nowTo: now?.to ?? '',
  });
  const [invalid, setInvalid] = useState(false);
  useEffect(() => {
    setDraft({
      thenFrom: then?.from ?? '',
      thenTo: then?.to ?? '',
      nowFrom: now?.from ?? '',
      nowTo: now?.to ?? '',
    });
  }, [then?.from, then?.to, now?.from, now?.to]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const a = parsePeriod(`${draft.thenFrom}..${draft.thenTo}`);
    const b = parsePeriod(`${draft.nowFrom}..${draft.nowTo}`);
    setInvalid(!a || !b);
    if (a && b) onChange({ then: a, now: b });
  };
  const field = (key: keyof typeof draft, period: 'then' | 'now', end: 'from' | 'to') => (
    <input
      type="date"

      value={draft[key]}
      onChange={(event) => setDraft({ ...draft, [key]: event.target.value })}
      aria-label={t(`compare.${end}`, { period: t(`compare.${period}`) })}
      data-testid={`compare-${period}-${end}`}
    />
  );
  return (
    <form className="then-vs-now" onSubmit={submit} data-testid="then-vs-now" aria-busy={busy}>
      <span className="then-vs-now-label">{t('compare.label')}</span>
      <span className="then-vs-now-period">
        {t('compare.then')} {field('thenFrom', 'then', 'from')}–{field('thenTo', 'then', 'to')}
      </span>
      <span className="then-vs-now-period">
        {t('compare.now')} {field('nowFrom', 'now', 'from')}–{field('nowTo', 'now', 'to')}
      </span>
      <button type="submit" className="btn btn-small" data-testid="compare-apply">
        {t('compare.apply')}
      </button>
      {(then || now) && (
        <button
          type="button"
          className="btn btn-small"
          onClick={() => {
            setInvalid(false);
            onChange(null);
          }}
          data-testid="compare-clear"
        >
          {t('compare.clear')}
        </button>
      )}
      {busy && <span role="status">{t('compare.loading')}</span>}
      {invalid && (
        <span role="alert" className="then-vs-now-invalid">
          {t('compare.invalid')}
        </span>
      )}
    </form>
  );
}
