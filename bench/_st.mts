import { importEvents, openEventStore, parseXes, type ImportRow } from '../packages/analytics/src/index.js';
const all: ImportRow[][] = [];
for await (const b of parseXes({ path: '/work/shared/data/bpic2012.xes.gz' }, {})) all.push(b);
async function* gen() { for (const b of all) yield b; }
for (let i = 0; i < 2; i++) {
const store = await openEventStore();
const t = performance.now();
await importEvents(store, 'x', gen());
console.log('load', (performance.now() - t).toFixed(0));
store.close();
}
