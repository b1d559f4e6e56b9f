import type { DatasetFilter } from '@trailmap/domain';
import { useEffect, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/format.js';
import { ErrorAlert } from '../../ui/ErrorAlert.js';
import { combineFilters } from '../combineFilters.js';
import { readFilter, writeFilter } from '../explorerFilter.js';
import { FilterBar } from '../FilterBar.js';
import { formatDuration } from '../formatDuration.js';
import { useDatasetQuery } from '../useDatasetQuery.js';
import { readChoice, useViewParams } from '../useViewParams.js';
import type { ExplorerViewProps } from './ExplorerViewProps.js';
import { FunnelStepsEditor } from './FunnelStepsEditor.js';
import {
  MAX_FUNNEL_STEPS,
  MIN_FUNNEL_STEPS,
  readWindowSeconds,
  stepsFromPath,
  WINDOW_UNITS,
  type WindowUnit,
} from './funnelSteps.js';
import './views.css';

export interface FunnelStepResult {
  step: number;
  activity: string;
  cases: number;
  conversionFromStart: number;
  conversionFromPrevious: number;
  dropOffCases: number;
  medianSecondsFromPrevious: number | null;
}
export interface FunnelResult {
  casesInScope: number;
  steps: FunnelStepResult[];
}
interface StepTime {
  activity: string;
}
interface Variants {
  variants: { activities: string[] }[];
}

const ORDERS = ['loose', 'strict'] as const;
const UNITS = Object.keys(WINDOW_UNITS) as WindowUnit[];
type Segment = 'a' | 'b';

/**
 * `…/funnel?step=…&step=…&order=loose|strict&window=&unit=hours|days&compare=1&a=<filter>&b=<filter>`:
 * the cases that pass 2–10 ordered steps, with conversion, drop-off and median time per step; with
 * `compare=1`, two segments side by side — each the explorer's filter with its own filter on top (`a`,
 * `b`) — and the difference in conversion per step.
 */
export default function FunnelView({ workspaceId, datasetId, filter }: ExplorerViewProps) {
  const { t } = useTranslation('explorer');
  const id = useId();
  const [params, update] = useViewParams();
  const steps = params
    .getAll('step')
    .filter((s) => s !== '')
    .slice(0, MAX_FUNNEL_STEPS);
  const order = readChoice(params.get('order'), ORDERS, 'loose');
  const unit = readChoice(params.get('unit'), UNITS, 'days');
  const windowText = params.get('window');
  const windowSeconds = readWindowSeconds(windowText, unit);
  const compare = params.get('compare') === '1';
  const extra: Record<Segment, DatasetFilter> = {
    a: readFilter(params.get('a')),
    b: readFilter(params.get('b')),
  };
  const ready = steps.length >= MIN_FUNNEL_STEPS;

  const activities = useDatasetQuery<StepTime[]>(workspaceId, datasetId, 'step-times', {});
  const activityNames = useMemo(
    () => (activities.data ?? []).map((a) => a.activity).sort((a, b) => a.localeCompare(b)),
    [activities.data],
  );
  const common = useDatasetQuery<Variants>(
    workspaceId,
    datasetId,
    'variants',
    filter,
    { limit: 1 },
    { enabled: steps.length === 0 },
  );
  const suggestion = stepsFromPath(common.data?.variants[0]?.activities ?? []);

  const segmentFilter = (segment: Segment) =>
    compare ? combineFilters(filter, extra[segment]) : segment === 'a' ? filter : null;
  const query = { step: steps, order, windowSeconds };

  const setExtra = (segment: Segment, next: DatasetFilter) => update({ [segment]: writeFilter(next) });

  return (
    <section className="explorer-view" aria-labelledby={`${id}-heading`} data-testid="funnel-view">
      <div className="explorer-view-head">
        <h2 id={`${id}-heading`}>{t('funnel.title')}</h2>
        <label className="inline-field">
          <input
            type="checkbox"
            checked={compare}
            onChange={(e) => update({ compare: e.target.checked ? '1' : null })}
            data-testid="funnel-compare"
          />
          <span>{t('funnel.compare')}</span>
        </label>
      </div>
      <div className="funnel-editor">
        <FunnelStepsEditor
          steps={steps}
          activities={activityNames}
          onChange={(next) => update({ step: next })}
        />
        {steps.length === 0 && suggestion.length >= MIN_FUNNEL_STEPS && (
          <p className="view-note">
            <button
              type="button"
              className="btn btn-small"
              onClick={() => update({ step: suggestion })}
              data-testid="funnel-suggest"
            >
              {t('funnel.suggest', { count: suggestion.length })}
            </button>
          </p>
        )}
        <div className="funnel-options">
          <label className="inline-field">
            <span>{t('funnel.order')}</span>
            <select
              value={order}
              onChange={(e) => update({ order: e.target.value })}
              data-testid="funnel-order"
            >
              {ORDERS.map((o) => (
                <option key={o} value={o}>
                  {t(`funnel.orders.${o}`)}
                </option>
              ))}
            </select>
          </label>
          <WindowField
            value={windowText ?? ''}
            unit={unit}
            onChange={(value, nextUnit) =>
              update(
                { window: value === '' ? null : value, unit: nextUnit === 'days' ? null : nextUnit },
                {
                  replace: true,
                },
              )
            }
          />
        </div>
        <p className="muted view-note">{t(`funnel.orderHelp.${order}`)}</p>
      </div>
      {!ready && (
        <p className="empty-state" data-testid="funnel-empty">
          {t('funnel.needSteps', { min: MIN_FUNNEL_STEPS })}
        </p>
      )}
      {ready && (
        <FunnelSegments
          workspaceId={workspaceId}
          datasetId={datasetId}
          compare={compare}
          filterOf={segmentFilter}
          extra={extra}
          onExtraChange={setExtra}
          query={query}
        />
      )}
    </section>
  );
}

function WindowField({
  value,
  unit,
  onChange,
}: {
  value: string;
  unit: WindowUnit;
  onChange: (value: string, unit: WindowUnit) => void;
}) {
  const { t } = useTranslation('explorer');
  const id = useId();
  const [draft, setDraft] = useState(value);
  useEffect(() => setDraft(value), [value]);
  return (
    <div className="inline-field">
      <label htmlFor={`${id}-value`}>{t('funnel.window')}</label>
      <input
        id={`${id}-value`}
        type="number"
        min={0}
        step="any"
        inputMode="decimal"
        value={draft}
        placeholder={t('funnel.noWindow')}
        onChange={(e) => {
          setDraft(e.target.value);
          const n = Number(e.target.value);
          if (e.target.value === '' || (Number.isFinite(n) && n > 0)) onChange(e.target.value, unit);
        }}
        data-testid="funnel-window"
      />
      <select
        aria-label={t('funnel.windowUnit')}
        value={unit}
        onChange={(e) => onChange(value, e.target.value as WindowUnit)}
        data-testid="funnel-window-unit"
      >
        {UNITS.map((u) => (
          <option key={u} value={u}>
            {t(`funnel.units.${u}`)}
          </option>
        ))}
      </select>
    </div>
  );
}

function FunnelSegments({
  workspaceId,
  datasetId,
  compare,
  filterOf,
  extra,
  onExtraChange,
  query,
}: {
  workspaceId: string;
  datasetId: string;
  compare: boolean;
  filterOf: (segment: Segment) => DatasetFilter | null;
  extra: Record<Segment, DatasetFilter>;
  onExtraChange: (segment: Segment, filter: DatasetFilter) => void;
  query: { step: string[]; order: string; windowSeconds: number | undefined };
}) {
  const { t } = useTranslation('explorer');
  const filterA = filterOf('a');
  const filterB = filterOf('b');
  const a = useDatasetQuery<FunnelResult>(workspaceId, datasetId, 'funnel', filterA ?? {}, query, {
    enabled: filterA !== null,
  });
  const b = useDatasetQuery<FunnelResult>(workspaceId, datasetId, 'funnel', filterB ?? {}, query, {
    enabled: compare && filterB !== null,
  });
  const segments: Segment[] = compare ? ['a', 'b'] : ['a'];
  const results = { a, b };
  const filters = { a: filterA, b: filterB };

  return (
    <>
      <div className="funnel-segments">
        {segments.map((segment) => {
          const result = results[segment];
          return (
            <section
              key={segment}
              className="funnel-segment"
              aria-label={compare ? t(`funnel.segment.${segment}`) : t('funnel.title')}
              data-testid={`funnel-${segment}`}
            >
              {compare && (
                <>
                  <h3>{t(`funnel.segment.${segment}`)}</h3>
                  <FilterBar
                    workspaceId={workspaceId}
                    datasetId={datasetId}
                    filter={extra[segment]}
                    onChange={(next) => onExtraChange(segment, next)}
                    label={t('funnel.segmentFilter', { segment: t(`funnel.segment.${segment}`) })}
                    emptyText={t('funnel.segmentNone')}
                    testId={`funnel-${segment}-filter`}
                  />
                </>
              )}
              {filters[segment] === null ? (
                <p className="alert" role="status">
                  {t('funnel.segmentEmpty')}
                </p>
              ) : (
                <>
                  {result.isError && (
                    <ErrorAlert error={result.error} onRetry={() => void result.refetch()} />
                  )}
                  {result.data && (
                    <FunnelChart result={result.data} segment={segment} stale={result.isPlaceholderData} />
                  )}
                </>
              )}
            </section>
          );
        })}
      </div>
      {compare && a.data && b.data && filterA && filterB && <FunnelDiff a={a.data} b={b.data} />}
    </>
  );
}

function FunnelChart({ result, segment, stale }: { result: FunnelResult; segment: Segment; stale: boolean }) {
  const { t, i18n } = useTranslation('explorer');
  const format = useFormat();
  const percent = (share: number) => format.number(share, { style: 'percent', maximumFractionDigits: 1 });
  const entered = result.steps[0]?.cases ?? 0;
  return (
    <div data-stale={stale || undefined}>
      <p className="muted view-note" data-testid="funnel-entered">
        {t('funnel.entered', {
          entered: format.number(entered),
          inScope: format.number(result.casesInScope),
          share: percent(result.casesInScope ? entered / result.casesInScope : 0),
        })}
      </p>
      <ol className="funnel-chart">
        {result.steps.map((step) => (
          <li key={step.step} className="funnel-row" data-testid="funnel-step">
            <div className="funnel-row-head">
              <span className="funnel-row-name">
                {step.step}. {step.activity}
              </span>
              <span className="funnel-row-cases">
                <span data-testid="funnel-step-cases">{format.number(step.cases)}</span>{' '}
                <span className="muted">{t('funnel.casesUnit', { count: step.cases })}</span>
              </span>
            </div>
            <div className="bar-track" aria-hidden="true">
              <div
                className={`bar-fill bar-${segment}`}
                style={{ width: `${Math.max(0, Math.min(1, step.conversionFromStart)) * 100}%` }}
              />
            </div>
            <dl className="funnel-figures">
              <div>
                <dt>{t('funnel.fromStart')}</dt>
                <dd data-testid="funnel-step-from-start">{percent(step.conversionFromStart)}</dd>
              </div>
              {step.step > 1 && (
                <>
                  <div>
                    <dt>{t('funnel.fromPrevious')}</dt>
                    <dd data-testid="funnel-step-from-previous">{percent(step.conversionFromPrevious)}</dd>
                  </div>
                  <div>
                    <dt>{t('funnel.dropOff')}</dt>
                    <dd data-testid="funnel-step-drop-off">{format.number(step.dropOffCases)}</dd>
                  </div>
                  <div>
                    <dt>{t('funnel.medianTime')}</dt>
                    <dd data-testid="funnel-step-median">
                      {step.medianSecondsFromPrevious === null
                        ? '—'
                        : formatDuration(step.medianSecondsFromPrevious, i18n.language)}
                    </dd>
                  </div>
                </>
              )}
            </dl>
          </li>
        ))}
      </ol>
    </div>
  );
}

/** Per step: conversion from the start in each segment, and B minus A in percentage points. */
function FunnelDiff({ a, b }: { a: FunnelResult; b: FunnelResult }) {
  const { t } = useTranslation('explorer');
  const format = useFormat();
  const percent = (share: number) => format.number(share, { style: 'percent', maximumFractionDigits: 1 });
  const points = (diff: number) =>
    t('funnel.points', {
      value: format.number(diff * 100, { maximumFractionDigits: 1, signDisplay: 'exceptZero' }),
    });
  return (
    <section className="funnel-diff" aria-label={t('funnel.diffTitle')}>
      <h3>{t('funnel.diffTitle')}</h3>
      <div className="table-scroll">
        <table className="data-table" data-testid="funnel-diff">
          <thead>
            <tr>
              <th scope="col">{t('funnel.diff.step')}</th>
              <th scope="col" className="num">
                {t('funnel.diff.a')}
              </th>
              <th scope="col" className="num">
                {t('funnel.diff.b')}
              </th>
              <th scope="col" className="num">
                {t('funnel.diff.fromStart')}
              </th>
              <th scope="col" className="num">
                {t('funnel.diff.fromPrevious')}
              </th>
            </tr>
          </thead>
          <tbody>
            {a.steps.map((stepA, i) => {
              const stepB = b.steps[i];
              if (!stepB) return null;
              const fromStart = stepB.conversionFromStart - stepA.conversionFromStart;
              const fromPrevious = stepB.conversionFromPrevious - stepA.conversionFromPrevious;
              const tone = (d: number) => (d > 0.0005 ? 'diff-up' : d < -0.0005 ? 'diff-down' : '');
              return (
                <tr key={stepA.step}>
                  <th scope="row" className="funnel-diff-step">
                    {stepA.step}. {stepA.activity}
                  </th>
                  <td className="num">{percent(stepA.conversionFromStart)}</td>
                  <td className="num">{percent(stepB.conversionFromStart)}</td>
                  <td className={`num ${tone(fromStart)}`}>{points(fromStart)}</td>
                  <td className={`num ${i === 0 ? '' : tone(fromPrevious)}`}>
                    {i === 0 ? '—' : points(fromPrevious)}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
