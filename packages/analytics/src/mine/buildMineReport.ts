import { getMineCxSection, type MineCxSection } from '../cx/getMineCxSection.js';
import { getSatisfaction, type SatisfactionGroup, type ScoreSummary } from '../cx/getSatisfaction.js';
import type { QueryScope } from '../queries/EventFilter.js';
import { discoverDfg } from '../queries/discoverDfg.js';
import { getCaseDurations, type CaseDurations } from '../queries/getCaseDurations.js';
import { getLogSummary } from '../queries/getLogSummary.js';
import { getStartEnd } from '../queries/getStartEnd.js';
import { getStepTimes } from '../queries/getStepTimes.js';
import { getVariants } from '../queries/getVariants.js';
import type { NpsEstimate } from '../stats/npsWithInterval.js';
import type { EventStore } from '../store/openEventStore.js';
import type { LogFormat } from './detectLogFormat.js';
import type { ImportedLog, LogCaseNotion } from './importLog.js';

/** An NPS (−100…100) with its 95 % interval, from `n` journeys' answers. */
export interface NpsFigure {
  value: number;
  low: number;
  high: number;
  n: number;
}

/** A mean CSAT (1–5) or CES (1–7) answer with its 95 % interval and the share in the top box. */
export interface ScoreFigure {
  mean: number;
  /** The t interval of the mean; null below two answers. */
  low: number | null;
  high: number | null;
  n: number;
  /** Share (0–1) of answers in the top box: CSAT 4–5, CES 5–7. */
  topBoxShare: number;
}

/** Survey scores of a set of journeys (a journey's score is its last answer); null without answers. */
export interface SatisfactionFigures {
  nps: NpsFigure | null;
  csat: ScoreFigure | null;
  ces: ScoreFigure | null;
}

/** One channel: the cases that passed it, its events, and the scores of those cases. */
export interface ChannelSummary extends SatisfactionFigures {
  channel: string;
  cases: number;
  events: number;
}

/**
 * What `trailmap mine` reports; `--format json` prints it as is, and the server's
 * `GET …/datasets/:id/mine` answers with the same shape (docs/mining.md, "The JSON shape").
 */
export interface MineReport {
  log: {
    file: string;
    cases: number;
    events: number;
    activities: number;
    firstTimestamp: string | null;
    lastTimestamp: string | null;
    format: LogFormat;
    caseNotion: LogCaseNotion;
    eventsWithoutCase: number;
    channelCount: number;
  };
  startActivities: { activity: string; cases: number }[];
  endActivities: { activity: string; cases: number }[];
  activities: { activity: string; events: number; medianWaitingSeconds: number | null }[];
  dfg: { from: string; to: string; count: number; meanSeconds: number; medianSeconds: number }[];
  variants: { total: number; top: { activities: string[]; cases: number }[] };
  caseDurations: Omit<CaseDurations, 'cases'>;
  satisfaction: SatisfactionFigures;
  /** The channels with the most cases, at most `topChannelCount`. */
  channels: ChannelSummary[];
  /** Present when the log has NPS answers: NPS with its interval, key drivers and their Pareto cut. */
  cx?: MineCxSection;
}

export const topVariantCount = 20;
export const topChannelCount = 50;

/** Runs the mining queries on one dataset of a store and assembles the report. */
export async function buildMineReport(
  store: EventStore,
  scope: QueryScope,
  file: string,
  imported: ImportedLog,
): Promise<MineReport> {
  const [summary, startEnd, dfg, variants, durations, steps, [all], byChannel] = await Promise.all([
    getLogSummary(store, scope),
    getStartEnd(store, scope),
    discoverDfg(store, scope),
    getVariants(store, scope, {}, { limit: topVariantCount }),
    getCaseDurations(store, scope),
    getStepTimes(store, scope),
    getSatisfaction(store, scope, { by: 'none' }),
    getSatisfaction(store, scope, { by: 'channel' }),
  ]);
  const satisfaction = all ? toFigures(all) : { nps: null, csat: null, ces: null };
  const cx = satisfaction.nps ? await getMineCxSection(store, scope) : null;
  const topChannels = [...byChannel]
    .sort((a, b) => b.journeys - a.journeys || (a.group < b.group ? -1 : a.group > b.group ? 1 : 0))
    .slice(0, topChannelCount);
  const channels: ChannelSummary[] = [];
  for (const group of topChannels) {
    const inChannel = await getLogSummary(store, scope, { channels: [group.group] });
    channels.push({
      channel: group.group,
      cases: inChannel.cases,
      events: inChannel.events,
      ...toFigures(group),
    });
  }
  const iso = (ms: number | null): string | null => (ms === null ? null : new Date(ms).toISOString());
  const { cases: _cases, ...caseDurations } = durations;
  return {
    log: {
      file,
      cases: summary.cases,
      events: summary.events,
      activities: summary.activities,
      firstTimestamp: iso(summary.firstTimestampMs),
      lastTimestamp: iso(summary.lastTimestampMs),
      format: imported.format,
      caseNotion: imported.caseNotion,
      eventsWithoutCase: imported.eventsWithoutCase,
      channelCount: byChannel.length,
    },
    startActivities: startEnd.startActivities,
    endActivities: startEnd.endActivities,
    activities: steps
      .map((s) => ({ activity: s.activity, events: s.events, medianWaitingSeconds: s.medianWaitingSeconds }))
      .sort((a, b) => b.events - a.events),
    dfg,
    variants: {
      total: variants.total,
      top: variants.variants.map((v) => ({ activities: v.activities, cases: v.cases })),
    },
    caseDurations,
    satisfaction,
    channels,
    ...(cx ? { cx } : {}),
  };
}

function toFigures(group: SatisfactionGroup): SatisfactionFigures {
  return { nps: toNps(group.nps), csat: toScore(group.csat), ces: toScore(group.ces) };
}

function toNps(nps: NpsEstimate): NpsFigure | null {
  return nps.n > 0 ? { value: nps.estimate, low: nps.low, high: nps.high, n: nps.n } : null;
}

function toScore(score: ScoreSummary): ScoreFigure | null {
  const { mean, topBox } = score;
  if (mean.n === 0) return null;
  const finite = (x: number): number | null => (Number.isFinite(x) ? x : null);
  return {
    mean: mean.estimate,
    low: finite(mean.low),
    high: finite(mean.high),
    n: mean.n,
    topBoxShare: topBox.estimate,
  };
}
