import type { PhaseModelTemplate } from '@trailmap/domain';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExampleMapSummary, TemplateModel } from './journeysApi.js';
import { TemplatePreview } from './TemplatePreview.js';

/** `empty`: a phase model's empty columns; otherwise the key of an example map. */
export type JourneyStart = 'empty' | string;

export interface JourneyStartPickerProps {
  templates: readonly PhaseModelTemplate[] | undefined;
  examples: readonly ExampleMapSummary[] | undefined;
  failed: boolean;
  start: JourneyStart;
  onStart: (start: JourneyStart) => void;
  template: TemplateModel;
  onTemplate: (model: TemplateModel) => void;
  fallbackTemplate: TemplateModel;
}

/**
 * Where a new map starts: an empty phase model (chosen in a list) or a filled example map, one radio
 * group. Each example says its phase model, what it is about, its phases and how many cards it has.
 */
export function JourneyStartPicker({
  templates,
  examples,
  failed,
  start,
  onStart,
  template,
  onTemplate,
  fallbackTemplate,
}: JourneyStartPickerProps) {
  const { t } = useTranslation(['journeys', 'common', 'ui']);
  const id = useId();
  const selected = templates?.find((tpl) => tpl.model === template);
  return (
    <fieldset className="field journey-start" data-testid="journey-start">
      <legend className="label">{t('journeys:create.startFrom')}</legend>
      <div className={`journey-start-option${start === 'empty' ? ' is-chosen' : ''}`}>
        <label className="journey-start-radio">
          <input
            type="radio"
            name={`${id}-start`}
            value="empty"
            checked={start === 'empty'}
            onChange={() => onStart('empty')}
            data-testid="journey-start-empty"
          />
          <span className="journey-start-name">{t('journeys:create.emptyModel')}</span>
        </label>
        <div className="journey-start-body">
          <label htmlFor={`${id}-template`} className="visually-hidden">
            {t('journeys:create.template')}
          </label>
          <select
            id={`${id}-template`}
            aria-describedby={`${id}-template-hint`}
            value={template}
            disabled={start !== 'empty'}
            onChange={(e) => onTemplate(e.target.value as TemplateModel)}
            data-testid="journey-template"
          >
            {(templates ?? []).map((tpl) => (
              <option key={tpl.model} value={tpl.model}>
                {t(`common:phaseModels.${tpl.model}`)}
              </option>
            ))}
            {!templates && (
              <option value={fallbackTemplate}>{t(`common:phaseModels.${fallbackTemplate}`)}</option>
            )}
          </select>
          <span id={`${id}-template-hint`} className="hint">
            {selected ? <TemplatePreview template={selected} /> : failed ? t('ui:errors.network') : null}
          </span>
        </div>
      </div>
      {examples && examples.length > 0 && (
        <>
          <p className="journey-start-heading" id={`${id}-examples`}>
            {t('journeys:create.examplesHeading')}
          </p>
          <ul className="journey-examples" aria-labelledby={`${id}-examples`}>
            {examples.map((example) => {
              const describedBy = `${id}-${example.key}-about`;
              return (
                <li
                  key={example.key}
                  className={`journey-start-option${start === example.key ? ' is-chosen' : ''}`}
                  data-testid="journey-example"
                  data-example={example.key}
                >
                  <label className="journey-start-radio">
                    <input
                      type="radio"
                      name={`${id}-start`}
                      value={example.key}
                      checked={start === example.key}
                      onChange={() => onStart(example.key)}
                      aria-describedby={describedBy}
                      data-testid={`journey-example-${example.key}`}
                    />
                    <span className="journey-start-name">{example.name}</span>
                  </label>
                  <span id={describedBy} className="journey-start-body hint">
                    <span className="journey-example-facts">
                      {t(`common:phaseModels.${example.model}`)} ·{' '}
                      {t('journeys:create.exampleCards', { count: example.touchpointCount })}
                    </span>
                    <span>{example.description}</span>
                    <span className="visually-hidden">{t('journeys:create.phasesLabel')}</span>
                    <span className="phase-chips">
                      {example.phases.map((phase, index) => (
                        <span key={index} className={`phase-chip phase-chip-${(index % 8) + 1}`}>
                          {phase.name}
                        </span>
                      ))}
                    </span>
                  </span>
                </li>
              );
            })}
          </ul>
        </>
      )}
    </fieldset>
  );
}
