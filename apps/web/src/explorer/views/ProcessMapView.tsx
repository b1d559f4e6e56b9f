import {
  checkProcessMapLayout,
  createProcessMapFormat,
  PROCESS_MAP_LABELS,
  renderProcessMapSvg,
  type ProcessMapLayout,
  type ProcessMapMeasure,
} from '@trailmap/viz';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useFormat } from '../../i18n/format.js';
import { ErrorAlert } from '../../ui/ErrorAlert.js';
import type { ExplorerViewProps } from './ExplorerViewProps.js';
import { MapCanvas } from './processMap/MapCanvas.js';
import {
  FREQUENCY_METRICS,
  PERFORMANCE_METRICS,
  readProcessMapParams,
  toShares,
  writeProcessMapParams,
  type ProcessMapFocus,
} from './processMap/processMapParams.js';
import { ProcessMapPanel } from './processMap/ProcessMapPanel.js';
import { useProcessMapInput } from './processMap/useProcessMapInput.js';
import { useProcessMapLayout } from './processMap/useProcessMapLayout.js';
import { useProcessMapSelection } from './processMap/useProcessMapSelection.js';
import './processMap/processMap.css';

/** A slider is written to the URL (one history entry) when it has rested this long. */
export const SLIDER_COMMIT_MS = 350;

type SliderDraft = { activities?: number; paths?: number };

/**
 * `…/map`: the process map of the cases in the filter. Sliders choose how many activities and paths it
 * shows and say what share of cases and events that hides; the frequency and performance views restyle
 * the same drawing; a click on an activity or a direct step opens its figures and cases.
 */
export default function ProcessMapView({
  workspaceId,
  datasetId,
  filter,
  onFilterChange,
}: ExplorerViewProps) {
  const { t, i18n } = useTranslation('explorer');
  const lang = i18n.language === 'nl' ? 'nl' : 'en';
  const numbers = useFormat();
  const [params, setParams] = useSearchParams();
  const state = readProcessMapParams(params);
  const { data, variantsUrl, isUpdating, error, retry } = useProcessMapInput(workspaceId, datasetId, filter);

  // a slider answers at once; the URL follows when it rests, so one drag is one step back. The draft
  // stays until the URL has changed after the commit (the router may apply the URL a render later)
  const [draft, setDraft] = useState<SliderDraft | null>(null);
  const latestParams = useRef(params);
  const committed = useRef(false);
  useEffect(() => {
    latestParams.current = params;
    if (committed.current) {
      committed.current = false;
      setDraft(null);
    }
  }, [params]);
  const commit = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(() => () => clearTimeout(commit.current ?? undefined), []);
  const activities = draft?.activities ?? state.activities;
  const paths = draft?.paths ?? state.paths;
  const moveSlider = (change: SliderDraft) => {
    const next = { ...draft, ...change };
    setDraft(next);
    committed.current = false;
    clearTimeout(commit.current ?? undefined);
    commit.current = setTimeout(() => {
      const search = writeProcessMapParams(latestParams.current, next);
      if (search.toString() === latestParams.current.toString()) {
        setDraft(null);
        return;
      }
      committed.current = true;
      setParams(search);
    }, SLIDER_COMMIT_MS);
  };

  const view = state.measure.view;
  const metric = state.measure.metric;
  const measure = useMemo(() => ({ view, metric }) as ProcessMapMeasure, [view, metric]);
  const format = useMemo(() => createProcessMapFormat(lang), [lang]);
  const shares = useMemo(() => toShares(activities, paths), [activities, paths]);
  const {
    selection,
    variants: variantsCount,
    inputId,
    isSelecting,
    error: selectionError,
    retry: retrySelection,
  } = useProcessMapSelection(data, variantsUrl, shares);
  const {
    layout,
    layoutKey,
    empty,
    isLaying,
    error: layoutError,
    retry: retryLayout,
  } = useProcessMapLayout(inputId, selection, measure, format, lang);
  const svg = useMemo(
    () => (layout ? renderProcessMapSvg(layout, { labels: PROCESS_MAP_LABELS[lang], format }) : ''),
    [layout, lang, format],
  );
  // what makes the drawing hard to read (overlaps, cut names; none expected), checked in a task of its own
  // after the map is painted: on hundreds of paths the check takes tens of ms
  const [checked, setChecked] = useState<{ layout: ProcessMapLayout; problems: string[] } | null>(null);
  useEffect(() => {
    if (!layout) return;
    const timer = setTimeout(() => setChecked({ layout, problems: checkProcessMapLayout(layout) }), 0);
    return () => clearTimeout(timer);
  }, [layout]);
  const problems = checked && checked.layout === layout ? checked.problems : null;
  useEffect(() => {
    if (svg) performance.mark('process-map-drawn');
  }, [svg]);

  const setFocus = (focus: ProcessMapFocus | null) => setParams(writeProcessMapParams(params, { focus }));
  const setMeasure = (next: ProcessMapMeasure) => setParams(writeProcessMapParams(params, { measure: next }));

  const hidden = selection?.hidden;
  const partialVariants = variantsCount && variantsCount.total > variantsCount.read;

  return (
    <section className="explorer-view pm-view" aria-labelledby="pm-heading">
      <div className="explorer-view-head">
        <h2 id="pm-heading">{t('processMap.title')}</h2>
      </div>
      <div className="pm-controls">
        <label className="pm-slider">
          <span>{t('processMap.activities')}</span>
          <input
            type="range"
            min={0}
            max={100}
            step={1}
            value={activities}
            onChange={(e) => moveSlider({ activities: Number(e.target.value) })}
            aria-valuetext={`${activities} %`}
            data-testid="process-map-activities"
          />
          <output>{activities} %</output>
        </label>
        <label className="pm-slider">
          <span>{t('processMap.paths')}</span>
          <input
            type="range"
            min={0}
            max={100}
            step={1}
            value={paths}
            onChange={(e) => moveSlider({ paths: Number(e.target.value) })}
            aria-valuetext={`${paths} %`}
            data-testid="process-map-paths"
          />
          <output>{paths} %</output>
        </label>
        <div className="pm-measure">
          <div className="pm-segmented" role="group" aria-label={t('processMap.viewLabel')}>
            {(['frequency', 'performance'] as const).map((v) => (
              <button
                key={v}
                type="button"
                className={view === v ? 'is-active' : ''}
                aria-pressed={view === v}
                onClick={() =>
                  view !== v &&
                  setMeasure(
                    v === 'frequency' ? { view: v, metric: 'events' } : { view: v, metric: 'median' },
                  )
                }
                data-testid={`process-map-view-${v}`}
              >
                {t(`processMap.views.${v}`)}
              </button>
            ))}
          </div>
          <label className="inline-field">
            <span className="visually-hidden">{t('processMap.metricLabel')}</span>
            <select
              value={metric}
              onChange={(e) => setMeasure({ view, metric: e.target.value } as ProcessMapMeasure)}
              data-testid="process-map-metric"
            >
              {(view === 'frequency' ? FREQUENCY_METRICS : PERFORMANCE_METRICS).map((m) => (
                <option key={m} value={m}>
                  {t(`processMap.metrics.${m}`)}
                </option>
              ))}
            </select>
          </label>
        </div>
      </div>
      {selection && hidden && (
        <p className="pm-hidden" role="status" data-testid="process-map-hidden">
          <span>
            {t('processMap.shown', {
              activities: numbers.number(selection.totals.activities - hidden.activities),
              totalActivities: numbers.number(selection.totals.activities),
              paths: numbers.number(selection.totals.paths - hidden.paths),
              totalPaths: numbers.number(selection.totals.paths),
            })}
          </span>{' '}
          <span data-testid="process-map-hidden-share">
            {hidden.cases > 0 || hidden.shareOfEvents > 0
              ? t('processMap.hidden', {
                  cases: format.share(hidden.shareOfCases),
                  caseCount: numbers.number(hidden.cases),
                  events: format.share(hidden.shareOfEvents),
                })
              : t('processMap.nothingHidden')}
          </span>
          {partialVariants && (
            <span className="muted"> {t('processMap.partialVariants', { count: variantsCount.read })}</span>
          )}
        </p>
      )}
      {error && <ErrorAlert error={error} onRetry={retry} />}
      {!error && selectionError && <ErrorAlert error={selectionError} onRetry={retrySelection} />}
      {layoutError && (
        <div className="alert alert-error" role="alert" data-testid="process-map-layout-error">
          <span>{t('processMap.layoutError', { message: layoutError.message })}</span>
          <button type="button" className="btn btn-small" onClick={retryLayout}>
            {t('processMap.retry')}
          </button>
        </div>
      )}
      <div className={`pm-body${state.focus ? ' has-panel' : ''}`}>
        <div
          className="pm-map"
          data-testid="process-map-area"
          data-state={
            empty && !isUpdating && !isSelecting
              ? 'empty'
              : !layout
                ? 'loading'
                : isLaying || isUpdating || isSelecting
                  ? 'updating'
                  : 'ready'
          }
          data-layout-problems={problems ? problems.length : undefined}
          aria-busy={isLaying || isUpdating || isSelecting}
        >
          {!selection && !error && !selectionError && (
            <p className="pm-loading muted" role="status">
              {t('processMap.loadingData')}
            </p>
          )}
          {selection && empty && <p className="empty-state">{t('processMap.empty')}</p>}
          {selection && !empty && !layout && !layoutError && (
            <p className="pm-loading muted" role="status" data-testid="process-map-loading">
              {t('processMap.laying')}
            </p>
          )}
          {layout && (
            <MapCanvas
              svg={svg}
              layout={layout}
              layoutKey={layoutKey ?? ''}
              focus={state.focus}
              onSelect={setFocus}
              stale={isLaying || isUpdating || isSelecting}
            />
          )}
          {layout && (isLaying || isUpdating || isSelecting) && (
            <p className="pm-updating" role="status">
              {t('processMap.updating')}
            </p>
          )}
        </div>
        {state.focus && data && (
          <ProcessMapPanel
            key={
              state.focus.kind === 'activity' ? state.focus.activity : `${state.focus.from}>${state.focus.to}`
            }
            workspaceId={workspaceId}
            datasetId={datasetId}
            filter={filter}
            onFilterChange={onFilterChange}
            focus={state.focus}
            data={data}
            onClose={() => setFocus(null)}
          />
        )}
      </div>
      <p className="muted pm-legend">{t(`processMap.legend.${view}`)}</p>
    </section>
  );
}
