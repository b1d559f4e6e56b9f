// Test and benchmark helper (never reached from the package's entry points): mines a sample log of the
// repository with the real engine into an in-memory store and returns what a process map is selected from.
import {
  discoverDfg,
  getStartEnd,
  getStepTimes,
  getVariants,
  importCsvFile,
  importXesFile,
  openEventStore,
} from '@trailmap/analytics';
import type { ProcessMapInput } from './types.js';

export const SAMPLES_DIR = new URL('../../../../samples/', import.meta.url).pathname;

/** Imports `samples/<file>` (XES, XES.gz or pm4py-style CSV) and mines the map's input from it. */
export async function mineSampleMapInput(file: string): Promise<ProcessMapInput> {
  const store = await openEventStore();
  try {
    const path = `${SAMPLES_DIR}${file}`;
    if (file.endsWith('.csv')) await importCsvFile(store, 'log', path);
    else await importXesFile(store, 'log', path);
    const scope = { dataset: 'log' };
    const [steps, edges, startEnd, variants] = await Promise.all([
      getStepTimes(store, scope),
      discoverDfg(store, scope),
      getStartEnd(store, scope),
      getVariants(store, scope),
    ]);
    return {
      activities: steps.map((s) => ({
        activity: s.activity,
        events: s.events,
        medianDurationSeconds: s.medianDurationSeconds,
      })),
      edges,
      startActivities: startEnd.startActivities,
      endActivities: startEnd.endActivities,
      variants: variants.variants,
    };
  } finally {
    store.close();
  }
}
