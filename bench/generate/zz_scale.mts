import { generateEvents } from './generateEvents.ts';
import { openEventStore, importEvents } from '../../packages/analytics/src/index.ts';
import {
  getDrivers,
  getServiceMetrics,
  getSatisfaction,
  checkConformance,
  compareWindows,
  getMineCxSection,
  splitAtChange,
} from '../../packages/analytics/src/cx/index.ts';
const n = Number(process.argv[2] ?? 1_000_000);
const store = await openEventStore();
let t = Date.now();
await importEvents(store, 'g', generateEvents({ events: n, seed: 9 }));
console.log('import', Date.now() - t, 'ms', Math.round(process.memoryUsage().rss / 1e6), 'MB');
const time = async (name: string, f: () => Promise<unknown>) => {
  const t0 = Date.now();
  const r = await f();
  console.log(name, Date.now() - t0, 'ms');
  return r;
};
const d = (await time('drivers', () => getDrivers(store, { dataset: 'g' }))) as Awaited<
  ReturnType<typeof getDrivers>
>;
console.log(
  d.rSquared,
  d.paretoCut,
  d.drivers.slice(0, 5).map((x) => [x.activity, x.importance.toFixed(3), x.effect?.toFixed(2)]),
);
await time('service', () =>
  getServiceMetrics(store, { dataset: 'g' }, { contactActivities: ['Inbound Call', 'Chat Started'] }),
);
await time('satisfaction activity', () => getSatisfaction(store, { dataset: 'g' }, { by: 'activity' }));
const c = (await time('conformance', () =>
  checkConformance(
    store,
    { dataset: 'g' },
    {
      phases: [
        {
          name: 'Do',
          steps: [
            { name: 'Cart', activities: ['Cart Added'] },
            { name: 'Checkout', activities: ['Checkout Started'] },
            { name: 'Order', activities: ['Order Placed'] },
          ],
        },
      ],
    },
    { ignoreActivities: [] },
  ),
)) as { fitShare: number };
console.log('fit', c.fitShare);
const { before, after } = splitAtChange(Date.UTC(2024, 6, 1), 181);
const cw = await time('compare', () =>
  compareWindows(
    store,
    { dataset: 'g' },
    {
      a: before,
      b: after,
      metrics: [
        {
          kind: 'firstContactRepeatRate',
          service: { contactChannels: ['phone'], contactActivities: ['Inbound Call'] },
        },
        { kind: 'nps' },
        { kind: 'ces', test: 'mannWhitney' },
        { kind: 'journeyDuration' },
        { kind: 'conversion', from: 'Checkout Started', to: 'Order Placed' },
      ],
    },
  ),
);
console.log(JSON.stringify(cw, null, 0).slice(0, 1500));
console.log(JSON.stringify(await time('mine', () => getMineCxSection(store, { dataset: 'g' }))));
console.log(Math.round(process.memoryUsage().rss / 1e6), 'MB');
store.close();
