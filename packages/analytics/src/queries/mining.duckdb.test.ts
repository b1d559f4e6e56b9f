import { runMiningCaseSuite } from '../testing/mining.case.js';
import { toBatches } from '../testing/loadLogRows.js';
import { openEventStore } from '../store/openEventStore.js';
import { importEvents } from '../store/importEvents.js';
import { discoverDfg } from './discoverDfg.js';
import { getCaseDurations } from './getCaseDurations.js';
import { getLogSummary } from './getLogSummary.js';
import { getStartEnd } from './getStartEnd.js';
import { getStepTimes } from './getStepTimes.js';
import { getVariants } from './getVariants.js';

runMiningCaseSuite('the DuckDB engine', async (rows) => {
  const store = await openEventStore();
  await importEvents(store, 'log', toBatches(rows));
  const scope = { dataset: 'log' };
  return {
    summarizeLog: () => getLogSummary(store, scope),
    discoverDfg: () => discoverDfg(store, scope),
    getVariants: () => getVariants(store, scope),
    getStartEnd: () => getStartEnd(store, scope),
    getStepTimes: () => getStepTimes(store, scope),
    getCaseDurations: () => getCaseDurations(store, scope),
    close: () => store.close(),
  };
});
