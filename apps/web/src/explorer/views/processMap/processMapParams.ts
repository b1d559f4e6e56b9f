import { DEFAULT_PROCESS_MAP_SHARES, type ProcessMapMeasure, type ProcessMapShares } from '@trailmap/viz';

/**
 * The process map's state in its URL (`…/map?activities=80&paths=40&view=performance&metric=median&activity=…`):
 * slider positions in whole percent, the view and its metric, and what the side panel shows. Values at
 * their defaults are left out, so the plain `…/map` is the default map.
 */
export interface ProcessMapParams {
  /** Slider positions, 0–100 (whole percent). */
  activities: number;
  paths: number;
  measure: ProcessMapMeasure;
  /** What the side panel shows: an activity, a direct step, or nothing. */
  focus: ProcessMapFocus | null;
}

export type ProcessMapFocus =
  { kind: 'activity'; activity: string } | { kind: 'edge'; from: string; to: string };

export const PARAM = {
  activities: 'activities',
  paths: 'paths',
  view: 'view',
  metric: 'metric',
  activity: 'activity',
  edgeFrom: 'stepFrom',
  edgeTo: 'stepTo',
} as const;

export const DEFAULT_PERCENT = {
  activities: Math.round(DEFAULT_PROCESS_MAP_SHARES.activityShare * 100),
  paths: Math.round(DEFAULT_PROCESS_MAP_SHARES.pathShare * 100),
};

export const FREQUENCY_METRICS = ['events', 'cases'] as const;
export const PERFORMANCE_METRICS = ['mean', 'median', 'total'] as const;
export const DEFAULT_MEASURE: ProcessMapMeasure = { view: 'frequency', metric: 'events' };

function readPercent(text: string | null, fallback: number): number {
  if (text === null || text.trim() === '') return fallback;
  const value = Number(text);
  if (!Number.isFinite(value)) return fallback;
  return Math.min(100, Math.max(0, Math.round(value)));
}

function readMeasure(view: string | null, metric: string | null): ProcessMapMeasure {
  if (view === 'performance') {
    const m = (PERFORMANCE_METRICS as readonly string[]).includes(metric ?? '')
      ? (metric as (typeof PERFORMANCE_METRICS)[number])
      : 'median';
    return { view: 'performance', metric: m };
  }
  const m = (FREQUENCY_METRICS as readonly string[]).includes(metric ?? '')
    ? (metric as (typeof FREQUENCY_METRICS)[number])
    : 'events';
  return { view: 'frequency', metric: m };
}

/** The map's state from the URL; anything unreadable counts as its default. */
export function readProcessMapParams(params: URLSearchParams): ProcessMapParams {
  const activity = params.get(PARAM.activity);
  const from = params.get(PARAM.edgeFrom);
  const to = params.get(PARAM.edgeTo);
  return {
    activities: readPercent(params.get(PARAM.activities), DEFAULT_PERCENT.activities),
    paths: readPercent(params.get(PARAM.paths), DEFAULT_PERCENT.paths),
    measure: readMeasure(params.get(PARAM.view), params.get(PARAM.metric)),
    focus: from && to ? { kind: 'edge', from, to } : activity ? { kind: 'activity', activity } : null,
  };
}

/**
 * The URL's query with the map's state changed (other parameters, the filter among them, are kept);
 * defaults are removed rather than written.
 */
export function writeProcessMapParams(
  params: URLSearchParams,
  change: Partial<ProcessMapParams>,
): URLSearchParams {
  const next = new URLSearchParams(params);
  const set = (key: string, value: string | null) => {
    if (value === null) next.delete(key);
    else next.set(key, value);
  };
  if (change.activities !== undefined)
    set(
      PARAM.activities,
      change.activities === DEFAULT_PERCENT.activities ? null : String(Math.round(change.activities)),
    );
  if (change.paths !== undefined)
    set(PARAM.paths, change.paths === DEFAULT_PERCENT.paths ? null : String(Math.round(change.paths)));
  if (change.measure !== undefined) {
    const isDefault =
      change.measure.view === DEFAULT_MEASURE.view && change.measure.metric === DEFAULT_MEASURE.metric;
    set(PARAM.view, isDefault ? null : change.measure.view);
    set(PARAM.metric, isDefault ? null : change.measure.metric);
  }
  if (change.focus !== undefined) {
    const focus = change.focus;
    set(PARAM.activity, focus?.kind === 'activity' ? focus.activity : null);
    set(PARAM.edgeFrom, focus?.kind === 'edge' ? focus.from : null);
    set(PARAM.edgeTo, focus?.kind === 'edge' ? focus.to : null);
  }
  return next;
}

/** Slider percentages as the shares `selectProcessMap` takes. */
export function toShares(activities: number, paths: number): ProcessMapShares {
  return { activityShare: activities / 100, pathShare: paths / 100 };
}
