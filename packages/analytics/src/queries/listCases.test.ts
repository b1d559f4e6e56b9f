import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImportRow } from '../import/types.js';
import { importEvents } from '../store/importEvents.js';
import { openEventStore, type EventStore } from '../store/openEventStore.js';
import { toBatches } from '../testing/loadLogRows.js';
import { getCaseEvents } from './getCaseEvents.js';
import { listCases } from './listCases.js';

const t0 = Date.UTC(2024, 2, 1, 9);
const row = (
  caseId: string,
  i: number,
  minutes: number,
  activity: string,
  customerId: string | null,
): ImportRow => ({
  eventId: `${caseId}/${i}`,
  caseId,
  customerId,
  anonymousId: null,
  tsMs: t0 + minutes * 60_000,
  startTsMs: null,
  activity,
  channel: 'web',
  source: 'test',
  properties: { n: i },
  nps: null,
  csat: i === 2 ? 4 : null,
  ces: null,
});
// A: 3 events over 30 min, the last two at the same minute (arrival order decides); B: 2 events over 90 min;
// C: 1 event, the latest start.
const rows = [
  row('A', 0, 0, 'Open', 'ann'),
  row('B', 0, 10, 'Open', 'bob'),
  row('A', 1, 30, 'Pay', 'ann'),
  row('A', 2, 30, 'Rate', 'ann'),
  row('B', 1, 100, 'Close', 'bob'),
  row('C', 0, 200, 'Open', null),
];
let store: EventStore;
beforeAll(async () => {
  store = await openEventStore();
  await importEvents(store, 'd', toBatches(rows));
});
afterAll(() => store.close());

describe('listCases', () => {
  it('listCases() pages the cases by start, duration or events, with the total', async () => {
    const byStart = await listCases(store, { dataset: 'd' });
    expect(byStart.total).toBe(3);
    expect(byStart.cases.map((c) => c.caseId)).toEqual(['C', 'B', 'A']);
    expect(byStart.cases[2]).toEqual({
      caseId: 'A',
      customerId: 'ann',
      events: 3,
      firstTsMs: t0,
      lastTsMs: t0 + 30 * 60_000,
      durationSeconds: 1800,
    });
    expect(
      (await listCases(store, { dataset: 'd' }, {}, { sort: 'duration' })).cases.map((c) => c.caseId),
    ).toEqual(['B', 'A', 'C']);
    const page = await listCases(store, { dataset: 'd' }, {}, { sort: 'events', limit: 1, offset: 1 });
    expect(page).toMatchObject({ total: 3, cases: [{ caseId: 'B' }] });
    const paid = await listCases(store, { dataset: 'd' }, { caseContains: ['Pay'] });
    expect(paid.cases.map((c) => c.caseId)).toEqual(['A']);
  });

  it('getCaseEvents() lists one case in time order, ties in arrival order, with properties and scores', async () => {
    const a = await getCaseEvents(store, { dataset: 'd' }, 'A');
    expect(a.events.map((e) => e.activity)).toEqual(['Open', 'Pay', 'Rate']);
    expect(a.events[2]).toMatchObject({ csat: 4, properties: { n: 2 }, channel: 'web', customerId: 'ann' });
    expect(a.truncated).toBe(false);
    expect((await getCaseEvents(store, { dataset: 'd' }, 'A', { limit: 2 })).truncated).toBe(true);
    expect((await getCaseEvents(store, { dataset: 'd' }, 'nope')).events).toEqual([]);
  });
});
