// The generated 100-activity log of the process-map benchmarks (bench/processMap.ts and the browser's
// bench/web/processMap.bench.ts): the same cases for the same seed.
import type { ImportRow } from '@trailmap/analytics';

/** A seeded random number generator (mulberry32), so every run draws the same log. */
function createRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/**
 * A 100-activity log: cases walk a backbone of activities, mostly one or two steps forward, sometimes up
 * to six, now and then back up to three (rework loops), and end near the last activities. Names are
 * "verb object" pairs, a fifth of them with a long tail, so that names wrap.
 */
export function generateManyActivityLog(cases: number, seed = 12): ImportRow[] {
  const random = createRandom(seed);
  const verbs = [
    'Check',
    'Review',
    'Send',
    'Approve',
    'Reject',
    'Call about',
    'Schedule',
    'Update',
    'Register',
    'Escalate',
  ];
  const objects = [
    'application',
    'invoice',
    'customer data',
    'contract',
    'documents',
    'payment',
    'request',
    'complaint',
    'offer',
    'order',
  ];
  const names = verbs.flatMap((v, i) =>
    objects.map(
      (o, j) => `${v} ${o}${(i * 10 + j) % 5 === 3 ? ' and inform the account manager by letter' : ''}`,
    ),
  );
  const pick = (weights: readonly [number, number][]): number => {
    const total = weights.reduce((s, [, w]) => s + w, 0);
    let r = random() * total;
    for (const [value, w] of weights) if ((r -= w) <= 0) return value;
    return weights.at(-1)![0];
  };
  const rows: ImportRow[] = [];
  let ts = Date.UTC(2025, 0, 1);
  for (let c = 0; c < cases; c++) {
    let tsMs = (ts += 600_000);
    let at = pick([
      [0, 8],
      [1, 1],
      [2, 1],
    ]);
    for (let step = 0; step < 150; step++) {
      rows.push({
        eventId: `c${c}e${step}`,
        caseId: `c${c}`,
        customerId: null,
        anonymousId: null,
        tsMs,
        startTsMs: null,
        activity: names[at]!,
        channel: null,
        source: 'bench',
        properties: null,
        nps: null,
        csat: null,
        ces: null,
      });
      tsMs += Math.round(-Math.log(1 - random()) * 3_600_000);
      const END = 1000;
      const next: [number, number][] = [
        [at + 1, 6],
        [at + 2, 3],
        [at + 3, 1],
        [at + 4, 0.5],
        [at + 6, 0.3],
        [at - 1, 0.4],
        [at - 3, 0.2],
        [END, at >= 90 ? 4 : 0.02],
      ];
      at = pick(next.filter(([n]) => n === END || (n >= 0 && n < 100)));
      if (at === END) break;
    }
  }
  return rows;
}
