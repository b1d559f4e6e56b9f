import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

const UNITS = [
  { unit: 'minutes', seconds: 60 },
  { unit: 'hours', seconds: 3600 },
  { unit: 'days', seconds: 86_400 },
] as const;
type Unit = (typeof UNITS)[number]['unit'];
const MAX_SECONDS = 10 * 365 * 24 * 3600;

/** The largest unit that expresses a duration in whole numbers. */
export function pickDurationUnit(seconds: number): Unit {
  const fitting = [...UNITS].reverse().find((u) => seconds >= u.seconds && seconds % u.seconds === 0);
  return fitting?.unit ?? 'minutes';
}

export interface DurationFieldProps {
  label: string;
  seconds: number | null;
  onChange: (seconds: number | null) => void;
  testId?: string;
}

/** A duration as a number and a unit (minutes, hours, days); empty means unknown. */
export function DurationField({ label, seconds, onChange, testId }: DurationFieldProps) {
  const { t } = useTranslation('map');
  const id = useId();
  const [unit, setUnit] = useState<Unit>(seconds === null ? 'days' : pickDurationUnit(seconds));
  const size = UNITS.find((u) => u.unit === unit)!.seconds;
  const [draft, setDraft] = useState(
    seconds === null ? '' : String(Math.round((seconds / size) * 100) / 100),
  );
  useEffect(() => {
    setDraft((d) => {
      if (seconds === null) return d.trim() === '' ? d : '';
      const shown = d.trim() === '' ? null : Math.round(Number(d) * size);
      return shown === seconds ? d : String(Math.round((seconds / size) * 100) / 100);
    });
  }, [seconds, size]);

  function commit(text: string, unitSeconds: number) {
    if (text.trim() === '') return onChange(null);
    const value = Number(text);
    if (!Number.isFinite(value) || value < 0) return;
    onChange(Math.min(MAX_SECONDS, Math.round(value * unitSeconds)));
  }

  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <div className="duration-field">
        <input
          id={id}
          type="number"
          min={0}
          step="any"
          inputMode="decimal"
          value={draft}
          onChange={(e) => {
            setDraft(e.target.value);
            commit(e.target.value, size);
          }}
          data-testid={testId}
        />
        <select
          aria-label={t('fields.durationUnit')}
          value={unit}
          onChange={(e) => {
            const next = e.target.value as Unit;
            setUnit(next);
            commit(draft, UNITS.find((u) => u.unit === next)!.seconds);
          }}
        >
          {UNITS.map((u) => (
            <option key={u.unit} value={u.unit}>
              {t(`duration.${u.unit}`)}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
