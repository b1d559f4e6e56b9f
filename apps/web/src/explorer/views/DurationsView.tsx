import { useId, useMemo, useRef, useState, type PointerEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/format.js';
import { ErrorAlert } from '../../ui/ErrorAlert.js';
import { formatDuration } from '../formatDuration.js';
import { useDatasetQuery } from '../useDatasetQuery.js';
import { useElementWidth } from '../useElementWidth.js';
import { readChoice, readInt, useViewParams } from '../useViewParams.js';
import {
  binAt,
  durationsOfRange,
  filterOfRange,
  orderRange,
  type BinRange,
  type HistogramBin,
} from './durationRange.js';
import type { ExplorerViewProps } from './ExplorerViewProps.js';
import './views.css';

export interface CaseDurations {
  cases: number;
  meanSeconds: number;
  medianSeconds: number;
  p90Seconds: number;
  minSeconds: number;
  maxSeconds: number;
  histogram: HistogramBin[];
}
interface StepTime {
  activity: string;
  events: number;
  meanWaitingSeconds: number | null;
  medianWaitingSeconds: number | null;
}

const BIN_CHOICES = [10, 20, 30, 50] as const;
const SCALES = ['linear', 'log'] as const;
const STEP_SORTS = ['median', 'mean', 'events', 'name'] as const;
type StepSort = (typeof STEP_SORTS)[number];

/**
 * `…/durations?bins=10|20|30|50&scale=linear|log&steps=median|mean|events|name`: how long cases take
 * (a histogram with mean, median and p90; a run of bars becomes a case-duration filter) and the waiting
 * time before each activity.
 */
export default function DurationsView({ workspaceId, datasetId, filter, onFilterChange }: ExplorerViewProps) {
  const { t, i18n } = useTranslation('explorer');
  const format = useFormat();
  const id = useId();
  const [params, update] = useViewParams();
  const binsParam = readInt(params.get('bins'), 1, 200, 20);
  const bins = (BIN_CHOICES as readonly number[]).includes(binsParam) ? binsParam : 20;
  const scale = readChoice(params.get('scale'), SCALES, 'linear');
  const stepSort = readChoice(params.get('steps'), STEP_SORTS, 'median');
  const durations = useDatasetQuery<CaseDurations>(workspaceId, datasetId, 'durations', filter, { bins });
  const stepTimes = useDatasetQuery<StepTime[]>(workspaceId, datasetId, 'step-times', filter);
  const duration = (seconds: number) => formatDuration(seconds, i18n.language);

  return (
    <section className="explorer-view" aria-labelledby={`${id}-heading`} data-testid="durations-view">
      <div className="explorer-view-head">
        <h2 id={`${id}-heading`}>{t('durations.title')}</h2>
      </div>
      <div className="view-controls">
        <label className="inline-field">
          <span>{t('durations.bins')}</span>
          <select
            value={bins}
            onChange={(e) => update({ bins: e.target.value })}
            data-testid="durations-bins"
          >
            {BIN_CHOICES.map((b) => (
              <option key={b} value={b}>
                {format.number(b)}
              </option>
            ))}
          </select>
        </label>
        <label className="inline-field">
          <span>{t('durations.scale')}</span>
          <select
            value={scale}
            onChange={(e) => update({ scale: e.target.value })}
            data-testid="durations-scale"
          >
            {SCALES.map((s) => (
              <option key={s} value={s}>
                {t(`durations.scales.${s}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      {durations.isError && <ErrorAlert error={durations.error} onRetry={() => void durations.refetch()} />}
      {durations.data && (
        <div className="durations-body" data-stale={durations.isPlaceholderData || undefined}>
          <dl className="stat-list" data-testid="durations-stats">
            <div>
              <dt>{t('durations.cases')}</dt>
              <dd>{format.number(durations.data.cases)}</dd>
            </div>
            <div>
              <dt>{t('durations.mean')}</dt>
              <dd data-testid="durations-mean">{duration(durations.data.meanSeconds)}</dd>
            </div>
            <div>
              <dt>{t('durations.median')}</dt>
              <dd data-testid="durations-median">{duration(durations.data.medianSeconds)}</dd>
            </div>
            <div>
              <dt>{t('durations.p90')}</dt>
              <dd data-testid="durations-p90">{duration(durations.data.p90Seconds)}</dd>
            </div>
            <div>
              <dt>{t('durations.longest')}</dt>
              <dd>{duration(durations.data.maxSeconds)}</dd>
            </div>
          </dl>
          {durations.data.cases === 0 ? (
            <p className="empty-state">{t('durations.none')}</p>
          ) : (
            <Histogram
              // a new answer starts a new selection
              key={`${bins}:${durations.data.minSeconds}:${durations.data.maxSeconds}:${durations.data.cases}`}
              data={durations.data}
              scale={scale}
              onApply={(range) => onFilterChange(filterOfRange(filter, durations.data!.histogram, range))}
            />
          )}
        </div>
      )}
      <section className="explorer-view" aria-labelledby={`${id}-steps`}>
        <div className="explorer-view-head">
          <h3 id={`${id}-steps`}>{t('durations.stepsTitle')}</h3>
          <label className="inline-field">
            <span>{t('durations.sortBy')}</span>
            <select
              value={stepSort}
              onChange={(e) => update({ steps: e.target.value })}
              data-testid="durations-step-sort"
            >
              {STEP_SORTS.map((s) => (
                <option key={s} value={s}>
                  {t(`durations.stepSorts.${s}`)}
                </option>
              ))}
            </select>
          </label>
        </div>
        <p className="muted view-note">{t('durations.stepsHelp')}</p>
        {stepTimes.isError && <ErrorAlert error={stepTimes.error} onRetry={() => void stepTimes.refetch()} />}
        {stepTimes.data && <StepTimesList steps={stepTimes.data} sort={stepSort} />}
      </section>
    </section>
  );
}

export function Histogram({
  data,
  scale,
  onApply,
}: {
  data: CaseDurations;
  scale: (typeof SCALES)[number];
  onApply: (range: BinRange) => void;
}) {
  const { t, i18n } = useTranslation('explorer');
  const format = useFormat();
  const id = useId();
  const plot = useRef<HTMLDivElement>(null);
  const plotWidth = useElementWidth(plot);
  // the cases above each bar, when bars are wide enough to hold them
  const showCounts = plotWidth / Math.max(1, data.histogram.length) >= 36;
  const [selection, setSelection] = useState<BinRange | null>(null);
  const drag = useRef<{ anchor: number; moved: boolean; pointerId: number } | null>(null);
  const histogram = data.histogram;
  const top = Math.max(1, ...histogram.map((b) => b.cases));
  const height = (cases: number) =>
    cases === 0 ? 0 : scale === 'log' ? Math.log1p(cases) / Math.log1p(top) : cases / top;
  const duration = (seconds: number) => formatDuration(seconds, i18n.language);
  const ordered = selection ? orderRange(selection, histogram.length) : null;
  const chosen = ordered ? durationsOfRange(histogram, ordered) : null;

  const indexAt = (event: PointerEvent) => {
    const rect = plot.current!.getBoundingClientRect();
    return binAt(event.clientX - rect.left, rect.width, histogram.length);
  };
  function onPointerDown(event: PointerEvent) {
    if (event.button !== 0) return;
    drag.current = { anchor: indexAt(event), moved: false, pointerId: event.pointerId };
  }
  function onPointerMove(event: PointerEvent) {
    const current = drag.current;
    if (!current || current.pointerId !== event.pointerId) return;
    const index = indexAt(event);
    if (!current.moved && index === current.anchor) return;
    if (!current.moved) {
      current.moved = true;
      plot.current?.setPointerCapture(event.pointerId);
    }
    setSelection({ from: current.anchor, to: index });
  }
  function onPointerUp(event: PointerEvent) {
    if (drag.current?.moved) plot.current?.releasePointerCapture(event.pointerId);
    // a drag ends its own selection; a plain click goes on to the bar's click
    if (!drag.current?.moved) drag.current = null;
  }
  function choose(index: number, byKeyboard: boolean) {
    const dragged = drag.current?.moved ?? false;
    drag.current = null;
    if (dragged && !byKeyboard) return;
    // the first click picks a bar, a click on another bar makes the run from it
    setSelection((current) =>
      current && current.from === current.to && current.from !== index
        ? { from: current.from, to: index }
        : { from: index, to: index },
    );
  }

  return (
    <div className="histogram" data-testid="durations-histogram">
      <p id={`${id}-help`} className="muted view-note">
        {t('durations.rangeHelp')}
      </p>
      <div
        ref={plot}
        className="histogram-plot"
        role="group"
        aria-label={t('durations.histogramLabel')}
        aria-describedby={`${id}-help`}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerUp}
        onPointerCancel={() => (drag.current = null)}
      >
        {histogram.map((bin, i) => {
          const label = t('durations.barLabel', {
            from: duration(bin.fromSeconds),
            to: duration(bin.toSeconds),
            cases: format.number(bin.cases),
            count: bin.cases,
          });
          const selected = ordered !== null && i >= ordered.from && i <= ordered.to;
          return (
            <button
              key={i}
              type="button"
              className="histogram-bar"
              aria-pressed={selected}
              aria-label={label}
              title={label}
              onClick={(e) => choose(i, e.detail === 0)}
              data-testid="durations-bar"
            >
              {showCounts && (
                <span className="histogram-count" aria-hidden="true">
                  {bin.cases > 0 ? format.number(bin.cases) : ''}
                </span>
              )}
              <span
                className="histogram-fill"
                style={{
                  height:
                    bin.cases === 0
                      ? 0
                      : `max(2px, calc(${(height(bin.cases) * 100).toFixed(2)}% - ${showCounts ? 16 : 0}px))`,
                }}
              />
            </button>
          );
        })}
      </div>
      <div className="histogram-axis" aria-hidden="true">
        <span>{duration(data.minSeconds)}</span>
        <span>{duration((data.minSeconds + data.maxSeconds) / 2)}</span>
        <span>{duration(data.maxSeconds)}</span>
      </div>
      <div className="range-bar" role="status" data-testid="durations-range">
        {chosen ? (
          <>
            <span>
              {t('durations.selected', {
                from: duration(chosen.minSeconds),
                to: duration(chosen.maxSeconds),
                cases: format.number(chosen.cases),
                share: format.number(data.cases ? chosen.cases / data.cases : 0, {
                  style: 'percent',
                  maximumFractionDigits: 1,
                }),
              })}
            </span>
            <button
              type="button"
              className="btn btn-primary btn-small"
              onClick={() => onApply(ordered!)}
              data-testid="durations-apply"
            >
              {t('durations.apply')}
            </button>
            <button type="button" className="btn btn-small btn-ghost" onClick={() => setSelection(null)}>
              {t('durations.clearSelection')}
            </button>
          </>
        ) : (
          <span className="muted">{t('durations.noSelection')}</span>
        )}
      </div>
    </div>
  );
}

/** The waiting time before each activity (since the case's previous event), as bars. */
function StepTimesList({ steps, sort }: { steps: readonly StepTime[]; sort: StepSort }) {
  const { t, i18n } = useTranslation('explorer');
  const format = useFormat();
  const measure = (s: StepTime) => (sort === 'mean' ? s.meanWaitingSeconds : s.medianWaitingSeconds);
  const sorted = useMemo(() => {
    const list = [...steps];
    const byName = (a: StepTime, b: StepTime) => a.activity.localeCompare(b.activity);
    const desc = (a: number | null, b: number | null) =>
      a === null ? (b === null ? 0 : 1) : b === null ? -1 : b - a;
    if (sort === 'name') list.sort(byName);
    else if (sort === 'events') list.sort((a, b) => b.events - a.events || byName(a, b));
    else if (sort === 'mean')
      list.sort((a, b) => desc(a.meanWaitingSeconds, b.meanWaitingSeconds) || byName(a, b));
    else list.sort((a, b) => desc(a.medianWaitingSeconds, b.medianWaitingSeconds) || byName(a, b));
    return list;
  }, [steps, sort]);
  const top = Math.max(1, ...steps.map((s) => measure(s) ?? 0));
  const duration = (seconds: number | null) =>
    seconds === null ? '—' : formatDuration(seconds, i18n.language);

  if (steps.length === 0) return <p className="empty-state">{t('durations.noSteps')}</p>;
  return (
    <ol className="bar-list" data-testid="step-times">
      {sorted.map((step) => {
        const value = measure(step);
        return (
          <li key={step.activity} className="bar-list-row" data-testid="step-time">
            <span className="bar-list-name">{step.activity}</span>
            <div className="bar-track" aria-hidden="true">
              <div className="bar-fill" style={{ width: `${value === null ? 0 : (value / top) * 100}%` }} />
            </div>
            <span className="bar-list-figures">
              {step.medianWaitingSeconds === null
                ? t('durations.onlyStarts', { events: format.number(step.events), count: step.events })
                : t('durations.stepFigures', {
                    median: duration(step.medianWaitingSeconds),
                    mean: duration(step.meanWaitingSeconds),
                    events: format.number(step.events),
                    count: step.events,
                  })}
            </span>
          </li>
        );
      })}
    </ol>
  );
}
