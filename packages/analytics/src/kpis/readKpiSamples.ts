import { getScoreCountsByWindow } from '../cx/getScoreCountsByWindow.js';
import { summarizeCounts, type ScoreCount } from '../cx/getScoreCounts.js';
import type { ServiceMetricsOptions } from '../cx/getServiceMetrics.js';
import { getServiceCountsByWindow } from '../cx/getServiceCountsByWindow.js';
import type { JourneyWindow } from '../cx/journeyWindows.js';
import { getTouchpointKpisByWindow, type TouchpointKpiCounts } from '../measure/getTouchpointKpisByWindow.js';
import type { MeasureTouchpoint } from '../measure/types.js';
import type { EventFilter, QueryScope } from '../queries/EventFilter.js';
import { countNps } from '../stats/npsWithInterval.js';
import type { EventStore } from '../store/openEventStore.js';
import { getContactsPerJourneyByWindow } from './getContactsPerJourneyByWindow.js';
import type { KpiDefinition, KpiSample } from './types.js';

/** A KPI to read: its definition, its positions on the map (`checkKpiDefinition`) and its event filter. */
export interface KpiToRead {
  kpi: KpiDefinition;
  positions: { from: number; to: number };
  filter: EventFilter;
}

type Samples = [KpiSample, KpiSample];

/**
 * Reads every KPI's before and after samples (both periods in one query; journeys belong to the period in
 * which their first event in scope lies). The touchpoint metrics — and the scores of journeys reaching a
 * touchpoint — of KPIs with the same filter and periods share one pass over the case traces with the
 * measured map's matching (`getTouchpointKpisByWindow`); scores over every journey come from the cached
 * answer table (`getScoreCountsByWindow`), the service metrics from the cached contact table
 * (`getServiceCountsByWindow`, `getContactsPerJourneyByWindow`).
 */
export async function readKpiSamples(
  store: EventStore,
  scope: QueryScope,
  touchpoints: readonly MeasureTouchpoint[],
  kpis: readonly KpiToRead[],
  service: ServiceMetricsOptions,
): Promise<Samples[]> {
  const out: (Samples | undefined)[] = kpis.map(() => undefined);
  const batches = new Map<string, { filter: EventFilter; windows: JourneyWindow[]; members: number[] }>();
  for (const [i, { kpi, positions, filter }] of kpis.entries()) {
    const windows: JourneyWindow[] = [kpi.baseline, kpi.after];
    if (onTraces(kpi, positions)) {
      const key = JSON.stringify([filter, windows]);
      const batch = batches.get(key) ?? { filter, windows, members: [] };
      batch.members.push(i);
      batches.set(key, batch);
    } else {
      out[i] = await readCachedSamples(store, scope, kpi, filter, windows, service);
    }
  }
  for (const batch of batches.values()) {
    const members = batch.members.map((i) => kpis[i] as KpiToRead);
    const withAnswers = members.some(({ kpi }) => isScore(kpi));
    // KPIs measuring the same touchpoints (a conversion and the time between the same two) share their counts.
    const keys = [...new Set(members.map((m) => `${m.positions.from}>${m.positions.to}`))];
    const counts = await getTouchpointKpisByWindow(
      store,
      scope,
      touchpoints,
      keys.map((key) => {
        const [from, to] = key.split('>').map(Number);
        return { from: from ?? -1, to: to ?? -1 };
      }),
      batch.windows,
      batch.filter,
      withAnswers,
    );
    for (const i of batch.members) {
      const read = kpis[i];
      if (!read) continue;
      const [a, b] = counts[keys.indexOf(`${read.positions.from}>${read.positions.to}`)] ?? [];
      if (a && b) out[i] = [touchpointSample(read.kpi, a), touchpointSample(read.kpi, b)];
    }
  }
  return out.map((samples) => {
    if (!samples) throw new Error('readKpiSamples: a KPI has no samples');
    return samples;
  });
}

const isScore = (kpi: KpiDefinition) => kpi.metric === 'nps' || kpi.metric === 'csat' || kpi.metric === 'ces';

/** Whether the KPI is read from the case traces (touchpoint metrics, scores of a touchpoint's journeys). */
function onTraces(kpi: KpiDefinition, positions: { from: number; to: number }): boolean {
  switch (kpi.metric) {
    case 'repeatContactShare':
    case 'firstContactResolutionShare':
    case 'complaintShare':
    case 'contactsPerJourney':
      return false;
    case 'nps':
    case 'csat':
    case 'ces':
      return positions.from >= 0;
    default:
      return true;
  }
}

function touchpointSample(kpi: KpiDefinition, c: TouchpointKpiCounts): KpiSample {
  switch (kpi.metric) {
    case 'nps':
      return { kind: 'nps', counts: c.nps };
    case 'csat':
      return { kind: 'mean', summary: c.csat };
    case 'ces':
      return { kind: 'mean', summary: c.ces };
    case 'reachShare':
      return { kind: 'proportion', successes: c.reached, n: c.journeys };
    case 'dropOffShare':
      return { kind: 'proportion', successes: c.dropped, n: c.reached };
    case 'conversionShare':
      return { kind: 'proportion', successes: c.converted, n: c.reached };
    default:
      return { kind: 'times', times: c.times };
  }
}

/** Scores over every journey and the service metrics, from the cached tables of `compareWindows`. */
async function readCachedSamples(
  store: EventStore,
  scope: QueryScope,
  kpi: KpiDefinition,
  filter: EventFilter,
  windows: JourneyWindow[],
  service: ServiceMetricsOptions,
): Promise<Samples> {
  const pair = <T>(xs: readonly T[], f: (x: T) => KpiSample): Samples => {
    const [a, b] = xs;
    if (a === undefined || b === undefined) throw new Error('readKpiSamples: a period has no result');
    return [f(a), f(b)];
  };
  switch (kpi.metric) {
    case 'nps':
    case 'csat':
    case 'ces': {
      const metric = kpi.metric;
      const counts = await getScoreCountsByWindow(store, scope, metric, filter, undefined, windows);
      return pair(counts, (c: ScoreCount[]): KpiSample => {
        if (metric !== 'nps') {
          const summary = summarizeCounts(c);
          return { kind: 'mean', summary: summary.n ? summary : { n: 0, mean: 0, standardDeviation: 0 } };
        }
        const groups = { promoters: 0, passives: 0, detractors: 0 };
        for (const { score, journeys } of c) {
          const group = countNps([score]);
          groups.promoters += group.promoters * journeys;
          groups.passives += group.passives * journeys;
          groups.detractors += group.detractors * journeys;
        }
        return { kind: 'nps', counts: groups };
      });
    }
    case 'contactsPerJourney': {
      const summaries = await getContactsPerJourneyByWindow(store, scope, service, filter, windows);
      return pair(summaries, (summary) => ({ kind: 'mean', summary }));
    }
    default: {
      const complaints = kpi.metric === 'complaintShare';
      const counts = await getServiceCountsByWindow(store, scope, service, filter, windows, {
        contactsOnly: !complaints,
      });
      return pair(counts, (c): KpiSample => {
        switch (kpi.metric) {
          case 'repeatContactShare':
            return { kind: 'proportion', successes: c.firstContactsFollowedUp, n: c.journeysWithContact };
          case 'firstContactResolutionShare':
            return { kind: 'proportion', successes: c.resolvedFirstContacts, n: c.journeysWithContact };
          default:
            return { kind: 'proportion', successes: c.journeysWithComplaint, n: c.journeys };
        }
      });
    }
  }
}
