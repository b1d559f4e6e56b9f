import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { UploadPreview } from './datasetsApi.js';
import { ActivityListField } from './ActivityListField.js';
import {
  activitiesSeen,
  GAP_PRESETS,
  GAP_UNITS,
  mapsColumns,
  notionsFor,
  sharedKeyOptions,
  type GapPreset,
  type GapUnit,
  type MappingDraft,
  type NotionKind,
} from './mappingDraft.js';

export interface CaseNotionFieldProps {
  preview: UploadPreview;
  draft: MappingDraft;
  onChange: (draft: MappingDraft) => void;
  issues: { notion?: string; stitching?: string };
}

/**
 * What one journey is: a case column; a customer's events cut after a pause (30 minutes, 30 days or a
 * custom gap); or from a start to an end activity — and, for the customer notions, which columns prove one
 * customer (identity stitching).
 */
export function CaseNotionField({ preview, draft, onChange, issues }: CaseNotionFieldProps) {
  const { t } = useTranslation('data');
  const id = useId();
  const notions = notionsFor(preview.format);

  if (notions.length === 0)
    return (
      <section className="mapping-section" aria-labelledby={`${id}-title`}>
        <h2 id={`${id}-title`}>{t('notion.title')}</h2>
        <p className="muted" data-testid="notion-fixed">
          {preview.format === 'xes' ? t('notion.xes') : t('notion.ocel')}
        </p>
      </section>
    );

  const customerNotion = draft.notion !== 'column';
  const keyOptions = sharedKeyOptions(draft, preview);
  const activities = activitiesSeen(draft, preview);
  const caseColumn = draft.roles.case;

  return (
    <section className="mapping-section">
      <fieldset className="choice-group" data-testid="case-notion">
        <legend>
          <h2>{t('notion.title')}</h2>
        </legend>
        <p className="hint muted">{t('notion.intro')}</p>
        <ul className="notion-list">
          {notions.map((kind: NotionKind) => (
            <li key={kind} className={draft.notion === kind ? 'notion-option selected' : 'notion-option'}>
              <label>
                <input
                  type="radio"
                  name={`${id}-notion`}
                  value={kind}
                  checked={draft.notion === kind}
                  onChange={() => onChange({ ...draft, notion: kind })}
                  data-testid={`notion-${kind}`}
                />
                <span>
                  <strong>{t(`notion.${kind}.label`)}</strong>
                  <span className="muted notion-hint">
                    {kind === 'column' && mapsColumns(preview.format)
                      ? caseColumn
                        ? t('notion.column.hintWith', { column: caseColumn })
                        : t('notion.column.hint')
                      : t(`notion.${kind}.hint`)}
                  </span>
                </span>
              </label>

              {kind === 'inactivity' && draft.notion === 'inactivity' && (
                <GapChoice draft={draft} onChange={onChange} />
              )}
              {kind === 'startEnd' && draft.notion === 'startEnd' && (
                <div className="notion-details">
                  <ActivityListField
                    label={t('notion.startEnd.start')}
                    hint={t('notion.startEnd.startHint')}
                    values={draft.start}
                    suggestions={activities}
                    onChange={(start) => onChange({ ...draft, start })}
                    testId="notion-start"
                  />
                  <ActivityListField
                    label={t('notion.startEnd.end')}
                    hint={t('notion.startEnd.endHint')}
                    values={draft.end}
                    suggestions={activities}
                    onChange={(end) => onChange({ ...draft, end })}
                    testId="notion-end"
                  />
                </div>
              )}
            </li>
          ))}
        </ul>
        {issues.notion && <p className="error">{issues.notion}</p>}
      </fieldset>

      {customerNotion && (
        <fieldset className="choice-group stitching" data-testid="stitching">
          <legend>
            <h3>{t('stitching.title')}</h3>
          </legend>
          <p className="hint muted">{t('stitching.hint')}</p>
          {keyOptions.length === 0 ? (
            <p className="muted">{t('stitching.noColumns')}</p>
          ) : (
            <ul className="check-list check-list-columns">
              {keyOptions.map((name) => (
                <li key={name}>
                  <label>
                    <input
                      type="checkbox"
                      checked={draft.sharedKeys.includes(name)}
                      onChange={(e) =>
                        onChange({
                          ...draft,
                          sharedKeys: e.target.checked
                            ? [...draft.sharedKeys, name].slice(0, 20)
                            : draft.sharedKeys.filter((k) => k !== name),
                        })
                      }
                      data-testid="shared-key"
                    />
                    <code>{name}</code>
                  </label>
                </li>
              ))}
            </ul>
          )}
          {issues.stitching && <p className="error">{issues.stitching}</p>}
        </fieldset>
      )}
    </section>
  );
}

function GapChoice({ draft, onChange }: { draft: MappingDraft; onChange: (draft: MappingDraft) => void }) {
  const { t } = useTranslation('data');
  const id = useId();
  const presets: GapPreset[] = [...(Object.keys(GAP_PRESETS) as GapPreset[]), 'custom'];
  return (
    <fieldset className="notion-details gap-choice" data-testid="gap-choice">
      <legend>{t('notion.inactivity.gap')}</legend>
      <div className="gap-presets">
        {presets.map((preset) => (
          <label key={preset} className="gap-preset">
            <input
              type="radio"
              name={`${id}-gap`}
              value={preset}
              checked={draft.gapPreset === preset}
              onChange={() => onChange({ ...draft, gapPreset: preset })}
              data-testid={`gap-${preset}`}
            />
            <span>
              {t(`notion.inactivity.presets.${preset}`)}
              {preset !== 'custom' && (
                <span className="muted"> · {t(`notion.inactivity.presetHints.${preset}`)}</span>
              )}
            </span>
          </label>
        ))}
      </div>
      {draft.gapPreset === 'custom' && (
        <div className="gap-custom">
          <label htmlFor={`${id}-amount`} className="visually-hidden">
            {t('notion.inactivity.amount')}
          </label>
          <input
            id={`${id}-amount`}
            type="number"
            min={1}
            step={1}
            value={Number.isFinite(draft.gapAmount) ? draft.gapAmount : ''}
            onChange={(e) => onChange({ ...draft, gapAmount: e.target.valueAsNumber })}
            data-testid="gap-amount"
          />
          <label htmlFor={`${id}-unit`} className="visually-hidden">
            {t('notion.inactivity.unit')}
          </label>
          <select
            id={`${id}-unit`}
            value={draft.gapUnit}
            onChange={(e) => onChange({ ...draft, gapUnit: e.target.value as GapUnit })}
            data-testid="gap-unit"
          >
            {(Object.keys(GAP_UNITS) as GapUnit[]).map((unit) => (
              <option key={unit} value={unit}>
                {t(`notion.inactivity.units.${unit}`)}
              </option>
            ))}
          </select>
        </div>
      )}
    </fieldset>
  );
}
