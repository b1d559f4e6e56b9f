import { generateEvents } from './generateEvents.ts';
import { openEventStore, importEvents, getFunnel } from '../../packages/analytics/src/index.ts';
import { compareWindows, splitAtChange, getDrivers } from '../../packages/analytics/src/cx/index.ts';
const store = await openEventStore();
for (let seed = 4; seed <= 12; seed++) {
  await importEvents(store, `s${seed}`, generateEvents({ events: 80_000, seed }));
  const { before, after } = splitAtChange(Date.UTC(2024, 6, 1), 181);
  const [r, n] = await compareWindows(store, { dataset: `s${seed}` }, { a: before, b: after, metrics: [{ kind: 'firstContactRepeatRate', service: { contactChannels: ['phone'], contactActivities: ['Inbound Call'] } }, { kind: 'nps' }] });
  const d = await getDrivers(store, { dataset: `s${seed}` });
  const f = await getFunnel(store, { dataset: `s${seed}` }, { steps: ['Checkout Started', 'Order Placed'] }, { channels: ['app'] });
  console.log(seed, r!.pValue.toExponential(2), n!.pValue.toFixed(3), d.drivers.filter((x) => x.inModel).slice(0, 2).map((x) => x.activity).join('|'), d.paretoCut.join('|'), (1 - f.steps[1]!.conversionFromStart).toFixed(4));
}
store.close();
