import { ArrowDown, ArrowUp, X } from 'lucide-react';
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  addStep,
  MAX_FUNNEL_STEPS,
  MIN_FUNNEL_STEPS,
  moveStep,
  removeStep,
  replaceStep,
} from './funnelSteps.js';

export interface FunnelStepsEditorProps {
  steps: readonly string[];
  /** The activities to choose from. */
  activities: readonly string[];
  onChange: (steps: string[]) => void;
}

/**
 * The funnel's ordered steps: choose each step's activity, add one at the end, move one up or down (the
 * buttons, or Alt+↑/Alt+↓ on its activity) and remove one. Focus follows the step that moved; a live
 * region says what happened.
 */
export function FunnelStepsEditor({ steps, activities, onChange }: FunnelStepsEditorProps) {
  const { t } = useTranslation('explorer');
  const id = useId();
  const selects = useRef<(HTMLSelectElement | null)[]>([]);
  const addRef = useRef<HTMLSelectElement>(null);
  const [focusTo, setFocusTo] = useState<number | 'add' | null>(null);
  const [announcement, setAnnouncement] = useState('');
  // The steps live in the URL: until a change comes back as `steps`, a second quick change builds on the
  // first (else two steps added before the page re-renders would keep only the last).
  const pending = useRef<{ from: readonly string[]; next: string[] } | null>(null);
  const latest = (): readonly string[] => (pending.current?.from === steps ? pending.current.next : steps);
  function send(next: string[]) {
    pending.current = { from: steps, next };
    onChange(next);
  }

  useEffect(() => {
    if (focusTo === null) return;
    if (focusTo === 'add') addRef.current?.focus();
    else selects.current[focusTo]?.focus();
    setFocusTo(null);
  }, [focusTo, steps]);

  function move(index: number, delta: number) {
    const moved = moveStep(latest(), index, delta);
    if (moved.index === index) return;
    send(moved.steps);
    setFocusTo(moved.index);
    setAnnouncement(
      t('funnel.moved', { activity: steps[index], position: moved.index + 1, total: steps.length }),
    );
  }
  function remove(index: number) {
    send(removeStep(latest(), index));
    setFocusTo(index < steps.length - 1 ? index : steps.length > 1 ? index - 1 : 'add');
    setAnnouncement(t('funnel.removed', { activity: steps[index] }));
  }
  function onSelectKey(event: KeyboardEvent, index: number) {
    if (!event.altKey) return;
    if (event.key === 'ArrowUp' || event.key === 'ArrowDown') {
      event.preventDefault();
      move(index, event.key === 'ArrowUp' ? -1 : 1);
    }
  }

  const options = (current?: string) => (
    <>
      {current !== undefined && !activities.includes(current) && <option value={current}>{current}</option>}
      {activities.map((name) => (
        <option key={name} value={name}>
          {name}
        </option>
      ))}
    </>
  );

  return (
    <fieldset className="funnel-steps" data-testid="funnel-steps">
      <legend>{t('funnel.steps', { min: MIN_FUNNEL_STEPS, max: MAX_FUNNEL_STEPS })}</legend>
      {steps.length > 0 && (
        <ol className="funnel-steps-editor">
          {steps.map((step, i) => (
            <li key={i} className="funnel-step-edit" data-testid="funnel-step-edit">
              <span className="funnel-step-number" aria-hidden="true">
                {i + 1}
              </span>
              <select
                ref={(el) => {
                  selects.current[i] = el;
                }}
                value={step}
                aria-label={t('funnel.stepLabel', { position: i + 1 })}
                aria-describedby={`${id}-keys`}
                onChange={(e) => send(replaceStep(latest(), i, e.target.value))}
                onKeyDown={(e) => onSelectKey(e, i)}
                data-testid="funnel-step-select"
              >
                {options(step)}
              </select>
              <button
                type="button"
                className="icon-btn"
                aria-label={t('funnel.moveUp', { position: i + 1 })}
                disabled={i === 0}
                onClick={() => move(i, -1)}
              >
                <ArrowUp size={16} aria-hidden="true" />
              </button>
              <button
                type="button"
                className="icon-btn"
                aria-label={t('funnel.moveDown', { position: i + 1 })}
                disabled={i === steps.length - 1}
                onClick={() => move(i, 1)}
              >
                <ArrowDown size={16} aria-hidden="true" />
              </button>
              <button
                type="button"
                className="icon-btn"
                aria-label={t('funnel.remove', { position: i + 1 })}
                onClick={() => remove(i)}
                data-testid="funnel-step-remove"
              >
                <X size={16} aria-hidden="true" />
              </button>
            </li>
          ))}
        </ol>
      )}
      <p id={`${id}-keys`} className="visually-hidden">
        {t('funnel.keys')}
      </p>
      {steps.length < MAX_FUNNEL_STEPS ? (
        <label className="inline-field funnel-add">
          <span>{t('funnel.add')}</span>
          <select
            ref={addRef}
            value=""
            onChange={(e) => {
              if (!e.target.value) return;
              const next = addStep(latest(), e.target.value);
              send(next);
              setAnnouncement(t('funnel.added', { activity: e.target.value, position: next.length }));
            }}
            data-testid="funnel-add"
          >
            <option value="">{t('funnel.addPlaceholder')}</option>
            {options()}
          </select>
        </label>
      ) : (
        <p className="muted">{t('funnel.full', { max: MAX_FUNNEL_STEPS })}</p>
      )}
      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
    </fieldset>
  );
}
