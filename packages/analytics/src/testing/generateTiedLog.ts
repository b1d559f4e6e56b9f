import type { ImportRow } from '../import/types.js';

/** A small deterministic PRNG (mulberry32) so generated logs are the same on every run. */
export function createRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A generated log where many events of a case share a timestamp and rows arrive shuffled, so that only
 * the (timestamp, arrival order) rule decides the order inside a case.
 */
export function generateTiedLog(options: {
  cases: number;
  seed: number;
  activities?: readonly string[];
}): ImportRow[] {
  const random = createRandom(options.seed);
  const activities = options.activities ?? ['visit', 'search', 'cart', 'checkout', 'pay', 'call', 'mail'];
  const rows: ImportRow[] = [];
  for (let c = 0; c < options.cases; c++) {
    let ts = Date.UTC(2024, 0, 1) + Math.floor(random() * 1e9);
    const length = 1 + Math.floor(random() * 8);
    for (let i = 0; i < length; i++) {
      if (random() < 0.5) ts += Math.floor(random() * 4) * 60_000; // half the steps keep the same timestamp
      const activity = activities[Math.floor(random() * activities.length)] as string;
      rows.push({
        eventId: `g${c}/${i}`,
        caseId: `case-${c}`,
        customerId: null,
        anonymousId: null,
        tsMs: ts,
        startTsMs: random() < 0.3 ? ts - Math.floor(random() * 600) * 1000 : null,
        activity,
        channel: random() < 0.5 ? 'web' : 'phone',
        source: 'generated',
        properties: null,
        nps: null,
        csat: null,
        ces: null,
      });
    }
  }
  for (let i = rows.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [rows[i], rows[j]] = [rows[j] as ImportRow, rows[i] as ImportRow];
  }
  return rows;
}
