import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { openEventStore, type EventStore } from '../store/openEventStore.js';
import { importFixture, makeEvent } from './fixtures.test-helpers.js';
import { getDrivers } from './getDrivers.js';
import { getSatisfaction } from './getSatisfaction.js';

// More activities than one 64-bit word holds: the queries track what a journey passed as bits of several
// words (activity g = bit g % 64 of word g // 64). 70 journeys; journey j passes A<j> and A<j+1 mod 70>,
// then answers NPS j % 11 ("Survey", the 71st activity), and finally passes "After" (after the answer).
const activityCount = 70;
const name = (k: number) => `A${String(k).padStart(2, '0')}`;
const answerOf = (j: number) => j % 11;
const rows = Array.from({ length: activityCount }, (_, j) => {
  const id = `M${j}`;
  return [
    makeEvent(id, id, name(j), 0),
    makeEvent(id, id, name((j + 1) % activityCount), 10),
    makeEvent(id, id, 'Survey', 20, { nps: answerOf(j), channel: 'email' }),
    makeEvent(id, id, 'After', 30),
  ];
}).flat();

/** The journeys that passed activity k: j = k and j = k − 1 (mod 70). */
const passersOf = (k: number) => [k, (k + activityCount - 1) % activityCount];

let store: EventStore;
beforeAll(async () => {
  store = await openEventStore();
  await importFixture(store, 'many', rows);
});
afterAll(() => store.close());

describe('more than 64 groups', () => {
  test('getSatisfaction(activity) counts the journeys and answers of activities in every word', async () => {
    const groups = await getSatisfaction(store, { dataset: 'many' }, { by: 'activity' });
    expect(groups.map((g) => g.group)).toEqual([
      ...Array.from({ length: activityCount }, (_, k) => name(k)),
      'After',
      'Survey',
    ]);
    for (const k of [0, 1, 63, 64, 65, 69]) {
      const group = groups.find((g) => g.group === name(k));
      const answers = passersOf(k).map(answerOf);
      expect(group?.journeys).toBe(2);
      expect(group?.nps.n).toBe(2);
      expect(group?.npsMeanScore).toBeCloseTo((answers[0]! + answers[1]!) / 2, 12);
    }
    const survey = groups.find((g) => g.group === 'Survey');
    const all = Array.from({ length: activityCount }, (_, j) => answerOf(j));
    expect(survey?.journeys).toBe(activityCount);
    expect(survey?.npsMeanScore).toBeCloseTo(all.reduce((s, x) => s + x, 0) / activityCount, 12);
  });

  test('getDrivers counts passes before the answer in every word', async () => {
    const result = await getDrivers(store, { dataset: 'many' }, { minSupport: 1 });
    expect(result.journeys).toBe(activityCount);
    // "After" follows every answer: never passed before it, so it is no driver at all.
    expect(result.drivers.some((d) => d.activity === 'After')).toBe(false);
    const all = Array.from({ length: activityCount }, (_, j) => answerOf(j));
    const total = all.reduce((s, x) => s + x, 0);
    for (const k of [0, 63, 64, 69]) {
      const driver = result.drivers.find((d) => d.activity === name(k));
      const passed = passersOf(k).map(answerOf);
      const passedSum = passed[0]! + passed[1]!;
      expect(driver?.journeysPassed).toBe(2);
      expect(driver?.journeysNotPassed).toBe(activityCount - 2);
      expect(driver?.effect).toBeCloseTo(passedSum / 2 - (total - passedSum) / (activityCount - 2), 12);
    }
    expect(result.drivers.filter((d) => d.inModel).length).toBeGreaterThan(0);
  });
});
