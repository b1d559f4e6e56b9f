import type { Store } from '@trailmap/db';
import type { JourneyMap, WorkspaceId } from '@trailmap/domain';
import { renderJourneySvg } from '@trailmap/viz';
import { renderJourneyPng } from '@trailmap/viz/node';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { storeDemoContent } from './demo/seedDemo.js';
import { JobGate } from './jobs/createJobPool.js';
import { createServerJobPool, type ServerJobPool } from './jobs/createServerJobPool.js';
import { selectMapPersonas } from './routes/exports.js';
import { createTestApp, signUp, type Client, type TestApp } from './testing/createTestApp.js';
import { storeWideJourney } from './testing/storeWideJourney.js';

async function storeDemoNowMap(store: Store, workspaceId: WorkspaceId): Promise<JourneyMap> {
  const [now] = await storeDemoContent(store, workspaceId, ['Buying shoes — now']);
  if (!now) throw new Error('no "Buying shoes — now" in the demo content');
  return now;
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const pngWidthOf = (r: LightMyRequestResponse) => r.rawPayload.readUInt32BE(16);
const exportUrl = (journey: JourneyMap) =>
  `/api/workspaces/${journey.workspaceId}/journeys/${journey.id}/export`;
const workspaceOf = async (client: Client): Promise<WorkspaceId> =>
  (await client.request('GET', '/api/workspaces')).json().workspaces[0].id;

/** Resolves once the pool runs `running` jobs and queues `queued` (polled, no fixed wait). */
const waitForPool = (pool: ServerJobPool, running: number, queued = 0) =>
  vi.waitFor(() => expect(pool.stats()).toMatchObject({ running, queued }), { timeout: 30_000 });

describe('picture export limits: cards and pixels (422)', () => {
  let t: TestApp;
  let owner: Client;
  let demo: JourneyMap;
  let sixtyCards: JourneyMap;
  let fortyCards: JourneyMap;

  beforeAll(async () => {
    t = await createTestApp({ exportLimits: { maxCards: 50, maxPngSidePx: 3_000 } });
    owner = await signUp(t.app, 'owner@example.com');
    const ws = await workspaceOf(owner);
    demo = await storeDemoNowMap(t.store, ws);
    sixtyCards = await storeWideJourney(t.store, ws, 'Sixty cards', 60);
    fortyCards = await storeWideJourney(t.store, ws, 'Forty cards', 40);
  });
  afterAll(async () => t?.close());

  it('a map above maxCards gets 422 export-too-many-cards for PNG and PDF, suggesting SVG; SVG still works', async () => {
    for (const format of ['png', 'pdf']) {
      const r = await owner.request('GET', `${exportUrl(sixtyCards)}?format=${format}`);
      expect(r.statusCode).toBe(422);
      expect(r.json()).toMatchObject({ error: 'export-too-many-cards', cards: 60, maxCards: 50 });
      expect(r.json().message).toContain('format=svg');
    }
    const svg = await owner.request('GET', `${exportUrl(sixtyCards)}?format=svg`);
    expect(svg.statusCode).toBe(200);
    expect(svg.body.includes('>Step 60: the customer')).toBe(true);
  });

  it('the card limit holds for share links too', async () => {
    const { token } = (
      await owner.request('POST', `${exportUrl(sixtyCards).replace('/export', '/share-links')}`)
    ).json();
    const r = await t.app.inject({ method: 'GET', url: `/api/share/${token}/export?format=png` });
    expect(r.statusCode).toBe(422);
    expect(r.json().error).toBe('export-too-many-cards');
  });

  it('a PNG that would be shrunk below legible size to fit maxPngSidePx gets 422 export-too-many-pixels; PDF works', async () => {
    const r = await owner.request('GET', `${exportUrl(fortyCards)}?format=png`);
    expect(r.statusCode).toBe(422);
    expect(r.json()).toMatchObject({ error: 'export-too-many-pixels', maxSidePx: 3_000 });
    expect(r.json().widthPx).toBeGreaterThan(8_000);
    expect(r.json().message).toContain('format=svg');
    const pdf = await owner.request('GET', `${exportUrl(fortyCards)}?format=pdf`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
  });

  it('a PNG within the caps comes from the pool byte for byte as renderJourneyPng draws it', async () => {
    const r = await owner.request('GET', `${exportUrl(demo)}?format=png`);
    expect(r.statusCode).toBe(200);
    expect(pngWidthOf(r)).toBe(3_000); // print size is 3,600 px: shrunk to maxPngSidePx
    const personas = selectMapPersonas(demo, await t.store.personas.list(demo.workspaceId));
    const direct = renderJourneyPng(renderJourneySvg(demo, personas), { maxSidePx: 3_000 });
    expect(r.rawPayload.equals(direct)).toBe(true);
  });
});

describe('picture export concurrency (429) and a responsive server while exports render', () => {
  let t: TestApp;
  const gate = new JobGate(true);
  const pool = createServerJobPool({ threads: 2, maxQueue: 1, gate });
  let owner: Client;
  let other: Client;
  let wide: JourneyMap;
  let demo: JourneyMap;
  let otherDemo: JourneyMap;

  beforeAll(async () => {
    t = await createTestApp({ jobPool: pool, exportLimits: { perWorkspace: 2, perShareLink: 1 } });
    owner = await signUp(t.app, 'owner@example.com');
    other = await signUp(t.app, 'other@example.com');
    const ws = await workspaceOf(owner);
    wide = await storeWideJourney(t.store, ws, 'A hundred cards', 100);
    demo = await storeDemoNowMap(t.store, ws);
    otherDemo = await storeDemoNowMap(t.store, await workspaceOf(other));
  });
  afterAll(async () => t?.close());

  /** Runs `held` with the gate closed (jobs stop at their start in the workers), then opens it. */
  async function whileHeld<T>(held: () => Promise<T>): Promise<T> {
    gate.close();
    try {
      return await held();
    } finally {
      gate.open();
    }
  }

  it('a third export of one workspace while two are in progress gets 429 export-busy with Retry-After', async () => {
    const started = await whileHeld(async () => {
      const first = [
        owner.request('GET', `${exportUrl(demo)}?format=png`),
        owner.request('GET', `${exportUrl(demo)}?format=pdf`),
      ];
      await waitForPool(pool, 2);
      const third = await owner.request('GET', `${exportUrl(demo)}?format=svg`);
      expect(third.statusCode).toBe(429);
      expect(third.headers['retry-after']).toBe('5');
      expect(third.json()).toMatchObject({ error: 'export-busy', retryAfterSeconds: 5 });
      expect(third.json().message).toContain('this workspace already has 2 picture exports in progress');
      // another workspace is not held back by this one's cap (it waits in the queue)
      const elsewhere = other.request('GET', `${exportUrl(otherDemo)}?format=svg`);
      await waitForPool(pool, 2, 1);
      return [...first, elsewhere];
    });
    const results = await Promise.all(started);
    expect(results.map((r) => r.statusCode)).toEqual([200, 200, 200]);
    expect([...results[0]!.rawPayload.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
    // the slots are free again
    expect((await owner.request('GET', `${exportUrl(demo)}?format=svg`)).statusCode).toBe(200);
  });

  it('a second export through one share link while one is in progress gets 429; another link is not held back', async () => {
    const linksUrl = exportUrl(demo).replace('/export', '/share-links');
    const [a, b] = [
      (await owner.request('POST', linksUrl)).json().token,
      (await owner.request('POST', linksUrl)).json().token,
    ];
    const shareExport = (token: string) =>
      t.app.inject({ method: 'GET', url: `/api/share/${token}/export?format=png` });
    const started = await whileHeld(async () => {
      const first = shareExport(a);
      await waitForPool(pool, 1);
      const again = await shareExport(a);
      expect(again.statusCode).toBe(429);
      expect(again.headers['retry-after']).toBe('5');
      expect(again.json().message).toContain('this share link already has 1 picture export in progress');
      const otherLink = shareExport(b);
      await waitForPool(pool, 2);
      return [first, otherLink];
    });
    expect((await Promise.all(started)).map((r) => r.statusCode)).toEqual([200, 200]);
  });

  it('when every thread is busy and the queue is full, an export gets 429 (the server is busy)', async () => {
    const started = await whileHeld(async () => {
      const running = [
        owner.request('GET', `${exportUrl(demo)}?format=svg`),
        owner.request('GET', `${exportUrl(demo)}?format=svg`),
      ];
      await waitForPool(pool, 2);
      const queued = other.request('GET', `${exportUrl(otherDemo)}?format=svg`);
      await waitForPool(pool, 2, 1);
      const refused = await other.request('GET', `${exportUrl(otherDemo)}?format=svg`);
      expect(refused.statusCode).toBe(429);
      expect(refused.headers['retry-after']).toBe('5');
      expect(refused.json().message).toContain('the server is busy rendering other exports');
      return [...running, queued];
    });
    expect((await Promise.all(started)).map((r) => r.statusCode)).toEqual([200, 200, 200]);
  });

  it('GET /api/health answers while PNG exports of a 100-card map run in the pool, before they finish', async () => {
    const finished: string[] = [];
    const exports = await whileHeld(async () => {
      const exports = [1, 2].map((n) =>
        owner.request('GET', `${exportUrl(wide)}?format=png`).then((r) => {
          finished.push(`export ${n}`);
          return r;
        }),
      );
      await waitForPool(pool, 2);
      const health = await t.app.inject({ method: 'GET', url: '/api/health' });
      finished.push('health');
      expect(health.statusCode).toBe(200);
      expect(health.json().status).toBe('ok');
      expect(pool.stats()).toMatchObject({ running: 2 }); // both renders still in the workers
      return exports;
    });
    const results = await Promise.all(exports);
    expect(finished[0]).toBe('health');
    for (const r of results) {
      expect(r.statusCode).toBe(200);
      expect([...r.rawPayload.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
      expect(pngWidthOf(r)).toBe(16_000);
    }
  });
});

describe('picture export time limit (503)', () => {
  let t: TestApp;
  const gate = new JobGate();
  const timers: { ms: number; expire: () => void }[] = [];
  const pool = createServerJobPool({
    threads: 1,
    gate,
    startTimer: (expire, ms) => {
      timers.push({ ms, expire });
      return () => undefined;
    },
  });
  let owner: Client;
  let demo: JourneyMap;

  beforeAll(async () => {
    t = await createTestApp({ jobPool: pool, exportLimits: { timeoutMs: 12_000 } });
    owner = await signUp(t.app, 'owner@example.com');
    demo = await storeDemoNowMap(t.store, await workspaceOf(owner));
  });
  afterAll(async () => t?.close());

  it('a render past the time limit is stopped with 503 export-timeout, its worker replaced, and the next export works', async () => {
    const held = owner.request('GET', `${exportUrl(demo)}?format=png`);
    await waitForPool(pool, 1);
    expect(timers.map((timer) => timer.ms)).toEqual([12_000]);
    timers[0]!.expire(); // the limit passes while the worker is still busy
    const stopped = await held;
    expect(stopped.statusCode).toBe(503);
    expect(stopped.json()).toMatchObject({ error: 'export-timeout', timeoutMs: 12_000 });
    expect(stopped.json().message).toContain('12 s');
    expect(stopped.json().message).toContain('format=svg');
    expect(pool.stats()).toMatchObject({ threads: 1, running: 0, workersStarted: 2 });

    gate.open();
    const next = await owner.request('GET', `${exportUrl(demo)}?format=png`);
    expect(next.statusCode).toBe(200);
    expect([...next.rawPayload.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
    expect(pool.stats().workersStarted).toBe(2);
  });
});
