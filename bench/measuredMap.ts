// Measured-map benchmark: a real server (embedded PGlite and a DuckDB file in a temp folder) over HTTP.
// A 30-touchpoint map (the generated activities, 12 × web and app and 6 of them on any channel) linked to
// a generated dataset of --events events; then:
// 1. GET …/journeys/:id/measures — first (the engine computes, on the case traces that the import's summary
//    built — timed apart; target ≤ 1.5 s on 10 M events) and again (the server's cached answer; ≤ 100 ms);
//    its periods hold every event (no cut of the traces); the baseline is the same map with periods that cut;
// 2. GET …/journeys/:id/matcher-count for a matcher being edited, on a dataset of --count-events events
//    (target ≤ 300 ms on 1 M events; each run a matcher not asked before).
// Usage: npm run bench:measures [-- --events 10000000 --count-events 1000000 --runs 3]
import { writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { openWorkspaceEvents } from '@trailmap/analytics';
import { benchActivities, generateEventsInStore } from './generateEvents.js';
import { startBenchServer } from './startBenchServer.js';

const { values } = parseArgs({
  options: {
    events: { type: 'string', default: '10000000' },
    'count-events': { type: 'string', default: '1000000' },
    runs: { type: 'string', default: '3' },
  },
});
const eventCount = Number(values.events);
const countEvents = Number(values['count-events']);
const runs = Number(values.runs);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

const bench = await startBenchServer('measures');
const { url, store, events, workspaceId: ws } = bench;
try {
  const headers = { ...bench.headers, 'content-type': 'application/json' };
  const api = async (method: string, path: string, body?: unknown) => {
    const response = await fetch(`${url}${path}`, {
      method,
      headers,
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
    return (await response.json()) as unknown;
  };

  const summarySeconds = new Map<string, number>();

  /** A dataset of `count` generated events, written straight into the event store. */
  async function generatedDataset(name: string, count: number): Promise<string> {
    const dataset = await store.datasets.create(ws as never, {
      name,
      format: 'csv',
      mapping: { columns: {}, caseNotion: { kind: 'column' } },
      sizeBytes: 0,
      createdBy: null,
    });
    process.stderr.write(`generating ${count.toLocaleString('en')} events…\n`);
    await events.runExclusive(() => generateEventsInStore(events, `${ws}/${dataset.id}`, count));
    // the summary reads (and so builds) the latest version's case traces, as after an import
    const started = performance.now();
    const figures = await openWorkspaceEvents(events, ws).summarise(dataset.id);
    summarySeconds.set(name, (performance.now() - started) / 1000);
    await store.datasets.finishImport(ws as never, dataset.id, {
      ...figures,
      firstEventAt: null,
      lastEventAt: null,
    });
    return dataset.id;
  }

  /** A map of 30 touchpoints with matchers, over five phases, linked to `datasetId`. */
  async function measuredMap(datasetId: string): Promise<string> {
    let { journey } = (await api('POST', `/api/workspaces/${ws}/journeys`, {
      title: 'Measured',
      template: 'see-think-do-care-love',
    })) as { journey: { id: string; version: number; phases: { id: string }[] } };
    const matchers = [
      ...benchActivities.flatMap((activity) =>
        ['web', 'app'].map((channel) => ({ activities: [activity], channels: [channel] })),
      ),
      ...benchActivities.slice(0, 6).map((activity) => ({ activities: [activity] })),
    ];
    for (const [i, matcher] of matchers.entries()) {
      ({ journey } = (await api('POST', `/api/workspaces/${ws}/journeys/${journey.id}/touchpoints`, {
        version: journey.version,
        phaseId: journey.phases[Math.floor((i * journey.phases.length) / matchers.length)]!.id,
        order: i,
        title: `Touchpoint ${i + 1}`,
        channel: 'web',
        matcher,
      })) as { journey: typeof journey });
    }
    await api('PATCH', `/api/workspaces/${ws}/journeys/${journey.id}`, {
      version: journey.version,
      datasetId,
    });
    return journey.id;
  }

  const timed = async (path: string) => {
    const started = performance.now();
    await api('GET', path);
    return (performance.now() - started) / 1000;
  };

  // 1. the measures of a 30-touchpoint map
  const big = await measuredMap(await generatedDataset('generated', eventCount));
  const firsts: number[] = [];
  const cached: number[] = [];
  for (let run = 0; run < runs; run++) {
    // a period not asked before (all of it: the events start in 2024), so the server has no answer yet
    const from = new Date(Date.UTC(2023, 0, 1 + run)).toISOString();
    firsts.push(await timed(`/api/workspaces/${ws}/journeys/${big}/measures?from=${from}`));
    cached.push(await timed(`/api/workspaces/${ws}/journeys/${big}/measures?from=${from}`));
  }

  // 1b. the baseline of the same run: a period that cuts (it starts 1 ms after the first event, so the case
  // traces' lists are cut for it, as every period was before a period holding every event read the base set)
  const cuts: number[] = [];
  for (let run = 0; run < runs; run++) {
    const from = new Date(Date.UTC(2024, 0, 1) + 1 + run).toISOString();
    cuts.push(await timed(`/api/workspaces/${ws}/journeys/${big}/measures?from=${from}`));
  }

  // 2. the live count of a matcher being edited
  const small = await measuredMap(await generatedDataset('count', countEvents));
  const counts: number[] = [];
  for (let run = 0; run < runs; run++) {
    const matcher = {
      activities: [benchActivities[run % benchActivities.length]!, 'pay'],
      channels: ['web'],
    };
    counts.push(
      await timed(
        `/api/workspaces/${ws}/journeys/${small}/matcher-count?matcher=${encodeURIComponent(JSON.stringify(matcher))}`,
      ),
    );
  }

  const result = {
    date: new Date().toISOString(),
    machine: { cpus: cpus().length, loadAtStart: loadavg()[0] },
    measures: {
      events: eventCount,
      touchpoints: 30,
      summarySecondsAfterImport: summarySeconds.get('generated'),
      firstSeconds: { runs: firsts, median: median(firsts), target: 1.5 },
      cachedSeconds: { runs: cached, median: median(cached), target: 0.1 },
      cuttingPeriodSeconds: { runs: cuts, median: median(cuts) },
    },
    matcherCount: { events: countEvents, seconds: { runs: counts, median: median(counts), target: 0.3 } },
  };
  console.log('| measure | value | target |\n|---|---|---|');
  console.log(
    `| measures of a 30-touchpoint map, ${eventCount.toLocaleString('en')} events, first (median of ${runs}) | ${median(firsts).toFixed(2)} s | ≤ 1.5 s |`,
  );
  console.log(
    `| the import's summary, which builds the case traces the measures read (once per dataset version) | ${(summarySeconds.get('generated') ?? NaN).toFixed(2)} s | — |`,
  );
  console.log(
    `| baseline: the same map with a period that cuts (1 ms after the first event; median of ${runs}) | ${median(cuts).toFixed(2)} s | — |`,
  );
  console.log(`| the same again (cached) | ${(median(cached) * 1000).toFixed(0)} ms | ≤ 100 ms |`);
  console.log(
    `| a matcher's live count, ${countEvents.toLocaleString('en')} events (median of ${runs}) | ${(median(counts) * 1000).toFixed(0)} ms | ≤ 300 ms |`,
  );
  writeFileSync(new URL('./results-measures.json', import.meta.url), `${JSON.stringify(result, null, 2)}\n`);
} finally {
  await bench.close();
}
