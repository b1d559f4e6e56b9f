import { describe, expect, test } from 'vitest';
import { generateEvents } from './generateEvents.js';
import { collectRows } from './testing/collectRows.js';
import { GENERATED_ACTIVITIES } from './vocabulary.js';

describe('generateEvents', () => {
  test('generateEvents gives exactly N events, the same for the same seed, different for another', async () => {
    const first = await collectRows(generateEvents({ events: 5_000, seed: 7, batchSize: 999 }));
    const again = await collectRows(generateEvents({ events: 5_000, seed: 7 }));
    const other = await collectRows(generateEvents({ events: 5_000, seed: 8 }));
    expect(first).toHaveLength(5_000);
    expect(again).toEqual(first);
    expect(other).not.toEqual(first);
    expect(new Set(first.map((r) => r.eventId)).size).toBe(5_000);
  });

  test('generateEvents covers every channel, links anonymous ids through Identify, scores in range', async () => {
    const rows = await collectRows(generateEvents({ events: 20_000, seed: 3 }));
    const channels = new Set(rows.map((r) => r.channel));
    for (const channel of ['ads', 'social', 'web', 'app', 'email', 'phone', 'chat', 'store', 'delivery'])
      expect(channels).toContain(channel);
    expect(rows.every((r) => r.activity in GENERATED_ACTIVITIES)).toBe(true);
    const identify = rows.find((r) => r.activity === 'Identify');
    expect(identify?.customerId).toBeTruthy();
    expect(identify?.anonymousId).toBeTruthy();
    const anonymousBefore = rows.filter((r) => r.caseId === identify?.caseId && r.customerId === null);
    expect(anonymousBefore.length).toBeGreaterThan(0);
    expect(anonymousBefore.every((r) => r.anonymousId === identify?.anonymousId)).toBe(true);
    for (const row of rows) {
      if (row.nps !== null) expect(row.nps >= 0 && row.nps <= 10 && Number.isInteger(row.nps)).toBe(true);
      if (row.csat !== null) expect(row.csat >= 1 && row.csat <= 5).toBe(true);
      if (row.ces !== null) expect(row.ces >= 1 && row.ces <= 7).toBe(true);
    }
    // Events of a journey are in time order.
    for (let i = 1; i < rows.length; i++) {
      const [a, b] = [rows[i - 1], rows[i]];
      if (a && b && a.caseId === b.caseId) expect(b.tsMs).toBeGreaterThanOrEqual(a.tsMs);
    }
  });
});
