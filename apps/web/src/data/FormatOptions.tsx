import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../i18n/format.js';
import { Field } from '../ui/Field.js';
import type { UploadPreview } from './datasetsApi.js';
import { classifierOptions, DELIMITERS, type MappingDraft } from './mappingDraft.js';

export interface FormatOptionsProps {
  preview: UploadPreview;
  draft: MappingDraft;
  onChange: (draft: MappingDraft) => void;
  issues: { delimiter?: string; classifier?: string; objectType?: string };
}

const DELIMITER_KEYS: Record<(typeof DELIMITERS)[number], string> = {
  ',': 'comma',
  ';': 'semicolon',
  '\t': 'tab',
  '|': 'pipe',
};

/** What only one format asks: the CSV delimiter, the XES classifier, the OCEL object type. */
export function FormatOptions({ preview, draft, onChange, issues }: FormatOptionsProps) {
  const { t } = useTranslation('data');
  const format = useFormat();
  const classifierId = useId();
  const objectTypeId = useId();

  if (preview.format === 'csv') {
    const known = (DELIMITERS as readonly string[]).includes(draft.delimiter);
    return (
      <section className="mapping-section" aria-labelledby={`${classifierId}-csv`}>
        <h2 id={`${classifierId}-csv`}>{t('format.csvTitle')}</h2>
        <Field label={t('format.delimiter')} hint={t('format.delimiterHint')} error={issues.delimiter} className="narrow-field">
          {(props) => (
            <select
              {...props}
              value={draft.delimiter}
              onChange={(e) => onChange({ ...draft, delimiter: e.target.value })}
              data-testid="csv-delimiter"
            >
              {!known && <option value={draft.delimiter}>{draft.delimiter}</option>}
              {DELIMITERS.map((d) => (
                <option key={d} value={d}>
                  {t(`format.delimiters.${DELIMITER_KEYS[d]}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
      </section>
    );
  }

  if (preview.format === 'xes') {
    const options = classifierOptions(preview);
    const toggle = (key: string, on: boolean) => {
      const next = on ? [...draft.classifier, key] : draft.classifier.filter((k) => k !== key);
      onChange({ ...draft, classifier: options.filter((o) => next.includes(o)) });
    };
    return (
      <section className="mapping-section">
        <fieldset className="choice-group" aria-describedby={`${classifierId}-hint`} data-testid="xes-classifier">
          <legend>
            <h2>{t('format.classifierTitle')}</h2>
          </legend>
          <p id={`${classifierId}-hint`} className="hint muted">
            {t('format.classifierHint')}
          </p>
          <ul className="check-list">
            {options.map((key) => (
              <li key={key}>
                <label>
                  <input
                    type="checkbox"
                    checked={draft.classifier.includes(key)}
                    onChange={(e) => toggle(key, e.target.checked)}
                  />
                  <code>{key}</code>
                </label>
              </li>
            ))}
          </ul>
          {draft.classifier.length === 0 && <p className="hint muted">{t('format.classifierDefault')}</p>}
          {issues.classifier && <p className="error">{issues.classifier}</p>}
        </fieldset>
      </section>
    );
  }

  if (preview.format === 'ocel') {
    const types = preview.objectTypes ?? [];
    return (
      <section className="mapping-section">
        <fieldset className="choice-group" aria-describedby={`${objectTypeId}-hint`} data-testid="ocel-object-type">
          <legend>
            <h2>{t('format.objectTypeTitle')}</h2>
          </legend>
          <p id={`${objectTypeId}-hint`} className="hint muted">
            {t('format.objectTypeHint')}
          </p>
          <ul className="check-list">
            {types.map((type) => (
              <li key={type.name}>
                <label>
                  <input
                    type="radio"
                    name={objectTypeId}
                    value={type.name}
                    checked={draft.objectType === type.name}
                    onChange={() => onChange({ ...draft, objectType: type.name })}
                  />
                  <span>
                    <strong>{type.name}</strong>{' '}
                    <span className="muted">
                      {t('format.objectTypeCounts', {
                        objects: format.number(type.objectCount),
                        events: format.number(type.eventCount),
                      })}
                    </span>
                  </span>
                </label>
              </li>
            ))}
          </ul>
          {issues.objectType && <p className="error">{issues.objectType}</p>}
        </fieldset>
      </section>
    );
  }
  return null;
}
