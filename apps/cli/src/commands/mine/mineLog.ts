import { basename } from 'node:path';
import {
  discoverDfg,
  getCaseDurations,
  getLogSummary,
  getMineCxSection,
  getStartEnd,
  getStepTimes,
  getVariants,
  importEvents,
  importXesFile,
  openEventStore,
  parseCsv,
  type CaseDurations,
  type MineCxSection,
  type ProgressListener,
} from '@trailmap/analytics';
import type { ProcessMapSelection } from '@trailmap/viz';
import { selectReportProcessMap } from './selectReportProcessMap.js';

export type LogFormat = 'xes' | 'csv';

export interface MineInput {
  file: string;
  caseColumn?: string;
  activityColumn?: string;
  timestampColumn?: string;
  classifier?: string[];
  /** CSV columns for the CX section (auto-detected by the names nps, csat, ces, customer_id, channel). */
  npsColumn?: string;
  csatColumn?: string;
  customerColumn?: string;
  channelColumn?: string;
  /** Also select the process map at the default sliders (the HTML report draws it); reads every variant. */
  processMap?: boolean;
}

/** What `trailmap mine` reports (the JSON format prints it as is). */
export interface MineReport {
  log: {
    file: string;
    cases: number;
    events: number;
    activities: number;
    firstTimestamp: string | null;
    lastTimestamp: string | null;
  };
  startActivities: { activity: string; cases: number }[];
  endActivities: { activity: string; cases: number }[];
  activities: { activity: string; events: number; medianWaitingSeconds: number | null }[];
  dfg: { from: string; to: string; count: number; meanSeconds: number; medianSeconds: number }[];
  variants: { total: number; top: { activities: string[]; cases: number }[] };
  caseDurations: Omit<CaseDurations, 'cases'>;
  /** Present when the log has NPS answers: NPS with its interval, key drivers and their Pareto cut. */
  cx?: MineCxSection;
  /** When asked for: what the process map shows at the default sliders, and what it hides. */
  processMap?: ProcessMapSelection;
}

export const topVariantCount = 20;

/** Detects the log format from the file name. */
export function detectLogFormat(file: string): LogFormat | null {
  const name = file.toLowerCase();
  if (name.endsWith('.xes') || name.endsWith('.xes.gz')) return 'xes';
  if (name.endsWith('.csv') || name.endsWith('.csv.gz')) return 'csv';
  return null;
}

/** Imports the log into an in-memory store and runs the core mining queries. */
export async function mineLog(
  input: MineInput,
  format: LogFormat,
  onProgress?: ProgressListener,
): Promise<MineReport> {
  const store = await openEventStore();
  try {
    if (format === 'xes') {
      await importXesFile(
        store,
        'log',
        input.file,
        input.classifier ? { classifier: input.classifier } : {},
        onProgress,
      );
    } else {
      const rows = parseCsv(
        { path: input.file },
        {
          columns: {
            ...(input.caseColumn ? { case: input.caseColumn } : {}),
            ...(input.activityColumn ? { activity: input.activityColumn } : {}),
            ...(input.timestampColumn ? { timestamp: input.timestampColumn } : {}),
            ...(input.npsColumn ? { nps: input.npsColumn } : {}),
            ...(input.csatColumn ? { csat: input.csatColumn } : {}),
            ...(input.customerColumn ? { customer: input.customerColumn } : {}),
            ...(input.channelColumn ? { channel: input.channelColumn } : {}),
          },
        },
        onProgress,
      );
      await importEvents(store, 'log', rows, undefined, { file: basename(input.file) });
    }
    const scope = { dataset: 'log' };
    const [summary, startEnd, dfg, variants, durations, steps] = await Promise.all([
      getLogSummary(store, scope),
      getStartEnd(store, scope),
      discoverDfg(store, scope),
      getVariants(store, scope, {}, input.processMap ? {} : { limit: topVariantCount }),
      getCaseDurations(store, scope),
      getStepTimes(store, scope),
    ]);
    // XES rows never carry survey scores (parseXes sets nps/csat/ces to null), so the CX section,
    // which the report only includes when there are NPS answers, is not computed for XES logs.
    const cx = format === 'csv' ? await getMineCxSection(store, scope) : null;
    const iso = (ms: number | null): string | null => (ms === null ? null : new Date(ms).toISOString());
    const { cases: _cases, ...caseDurations } = durations;
    return {
      log: {
        file: basename(input.file),
        cases: summary.cases,
        events: summary.events,
        activities: summary.activities,
        firstTimestamp: iso(summary.firstTimestampMs),
        lastTimestamp: iso(summary.lastTimestampMs),
      },
      startActivities: startEnd.startActivities,
      endActivities: startEnd.endActivities,
      activities: steps
        .map((s) => ({
          activity: s.activity,
          events: s.events,
          medianWaitingSeconds: s.medianWaitingSeconds,
        }))
        .sort((a, b) => b.events - a.events),
      dfg,
      variants: {
        total: variants.total,
        top: variants.variants
          .slice(0, topVariantCount)
          .map((v) => ({ activities: v.activities, cases: v.cases })),
      },
      caseDurations,
      ...(cx && cx.nps.n > 0 ? { cx } : {}),
      ...(input.processMap
        ? { processMap: selectReportProcessMap({ steps, dfg, startEnd, variants: variants.variants }) }
        : {}),
    };
  } finally {
    store.close();
  }
}
