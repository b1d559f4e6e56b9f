import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_EMAIL, seedDemo } from './demo/seedDemo.js';
import { createTestApp, type TestApp } from './testing/createTestApp.js';

describe('serving the web app', () => {
  const webRoot = mkdtempSync(join(tmpdir(), 'trailmap-web-'));
  let withApp: TestApp;
  let withoutApp: TestApp;

  beforeAll(async () => {
    mkdirSync(join(webRoot, 'assets'));
    writeFileSync(join(webRoot, 'index.html'), '<!doctype html><div id="root"></div>');
    writeFileSync(join(webRoot, 'assets', 'app-123.js'), 'console.log(1)');
    withApp = await createTestApp({ webRoot, demo: true });
    withoutApp = await createTestApp({ webRoot: null });
  });
  afterAll(async () => {
    await withApp?.close();
    await withoutApp?.close();
    rmSync(webRoot, { recursive: true, force: true });
  });

  it('serves index.html at / and for deep links, with a content security policy', async () => {
    for (const url of ['/', '/w/wks_abcdefgh/journeys/jrn_abcdefgh', '/share/sometoken']) {
      const r = await withApp.app.inject({ method: 'GET', url });
      expect(r.statusCode).toBe(200);
      expect(r.body).toContain('<div id="root">');
      expect(r.headers['content-security-policy']).toContain("script-src 'self'");
      // Pictures come from the app (uploads), never hot-linked from other hosts.
      expect(r.headers['content-security-policy']).toContain("img-src 'self' data: blob:;");
      expect(r.headers['content-security-policy']).not.toMatch(/https:|\*/);
    }
  });

  it('serves built assets with long caching, and unknown API paths stay JSON 404s', async () => {
    const asset = await withApp.app.inject({ method: 'GET', url: '/assets/app-123.js' });
    expect(asset.body).toBe('console.log(1)');
    expect(asset.headers['cache-control']).toContain('immutable');
    const api = await withApp.app.inject({ method: 'GET', url: '/api/nothing-here' });
    expect(api.statusCode).toBe(404);
    expect(api.json().error).toBe('not-found');
  });

  it('without a build, / is a plain page linking to the API documentation', async () => {
    const r = await withoutApp.app.inject({ method: 'GET', url: '/' });
    expect(r.body).toContain('/api/docs');
  });

  it('GET /api/config names the demo account only in demo mode, with the demo journey to open', async () => {
    const demo = (await withApp.app.inject({ method: 'GET', url: '/api/config' })).json();
    expect(demo.demo.email).toBe('demo@trailmap.local');
    expect(demo.demo.journeyId).toBeNull(); // nothing seeded in this store
    const plain = (await withoutApp.app.inject({ method: 'GET', url: '/api/config' })).json();
    expect(plain.demo).toBeNull();
  });

  it('GET /api/config opens the demo on "Buying shoes — now", also when a newer map ends in "now"', async () => {
    const { workspaceId } = await seedDemo(withApp.store);
    const journeys = await withApp.store.journeys.list(workspaceId);
    const shoesNow = journeys.find((j) => j.title === 'Buying shoes — now');
    expect(shoesNow).toBeDefined();
    // A map made later (listed first: most recently updated) whose title also ends in "now".
    await withApp.store.journeys.create(workspaceId, {
      title: 'Returns — now',
      goal: '',
      scope: '',
      personaIds: [],
      state: 'current',
      counterpartId: null,
      phaseModel: 'blank',
      datasetId: null,
      datasetFilter: null,
      phases: [],
      lanes: [],
      touchpoints: [],
      painPoints: [],
      ideas: [],
    });
    const config = (await withApp.app.inject({ method: 'GET', url: '/api/config' })).json();
    expect(config.demo).toMatchObject({ email: DEMO_EMAIL, workspaceId, journeyId: shoesNow!.id });
  });

  it('every answer carries nosniff and frame headers', async () => {
    const r = await withoutApp.app.inject({ method: 'GET', url: '/api/health' });
    expect(r.headers['x-content-type-options']).toBe('nosniff');
    expect(r.headers['x-frame-options']).toBe('SAMEORIGIN');
  });
});
