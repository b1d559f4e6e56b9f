import type { Store } from '@trailmap/db';
import type { JourneyMap, WorkspaceId } from '@trailmap/domain';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storeDemoContent } from './demo/seedDemo.js';
import { createTestApp, signUp, type Client, type TestApp } from './testing/createTestApp.js';

/** The demo personas and the map "Buying shoes — now" (which names only Sanne), stored in a workspace. */
async function storeDemoNowMap(store: Store, workspaceId: WorkspaceId): Promise<JourneyMap> {
  const [now] = await storeDemoContent(store, workspaceId, ['Buying shoes — now']);
  if (!now) throw new Error('no "Buying shoes — now" in the demo content');
  return now;
}

let t: TestApp;
let owner: Client;
let viewer: Client;
let outsider: Client;
let ws: WorkspaceId;
let exportUrl: string;

const bytesOf = (r: LightMyRequestResponse) => r.rawPayload;
/** Page count from the root of the PDF page tree. */
const pdfPageCount = (pdf: Buffer) =>
  Number(/\/Type \/Pages\b[^>]*?\/Count (\d+)/s.exec(pdf.toString('latin1'))?.[1]);

beforeAll(async () => {
  t = await createTestApp();
  owner = await signUp(t.app, 'owner@example.com');
  viewer = await signUp(t.app, 'viewer@example.com');
  outsider = await signUp(t.app, 'outsider@example.com');
  ws = (await owner.request('GET', '/api/workspaces')).json().workspaces[0].id;
  await t.store.memberships.add(ws, viewer.userId as never, 'viewer');
  const journey = await storeDemoNowMap(t.store, ws);
  exportUrl = `/api/workspaces/${ws}/journeys/${journey.id}/export`;
});
afterAll(async () => t?.close());

describe('GET /journeys/:id/export (pictures)', () => {
  it('format=svg sends the map as an SVG attachment named after its title', async () => {
    const r = await owner.request('GET', `${exportUrl}?format=svg`);
    expect(r.statusCode).toBe(200);
    expect(r.headers['content-type']).toBe('image/svg+xml; charset=utf-8');
    expect(r.headers['content-disposition']).toMatch(/^attachment; filename="buying-shoes-now\.svg"/);
    expect(r.headers['content-disposition']).toContain(
      "filename*=UTF-8''Buying%20shoes%20%E2%80%94%20now.svg",
    );
    expect(r.body.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(r.body).toContain('Buying shoes — now');
    expect(r.body).toContain('Customer actions');
    expect(r.body).toContain('Persona: Sanne');
    expect(r.body).not.toContain('Henk'); // personas the map does not name stay out
  });

  it('format=svg&lang=nl labels the lanes in Dutch', async () => {
    const r = await owner.request('GET', `${exportUrl}?format=svg&lang=nl`);
    expect(r.body).toContain('Contactmomenten');
    expect(r.body).toContain('Huidige situatie');
  });

  it('format=png sends a PNG at print resolution', async () => {
    const r = await owner.request('GET', `${exportUrl}?format=png`);
    expect(r.statusCode).toBe(200);
    expect(r.headers['content-type']).toBe('image/png');
    expect(r.headers['content-disposition']).toMatch(/^attachment; filename="buying-shoes-now\.png"/);
    const png = bytesOf(r);
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(Math.max(png.readUInt32BE(16), png.readUInt32BE(20))).toBeGreaterThanOrEqual(3500);
    expect(png.length).toBeGreaterThan(100_000);
  });

  it('format=pdf sends an A3 landscape PDF, split over two pages for the five-phase demo map', async () => {
    const r = await owner.request('GET', `${exportUrl}?format=pdf`);
    expect(r.statusCode).toBe(200);
    expect(r.headers['content-type']).toBe('application/pdf');
    expect(r.headers['content-disposition']).toMatch(/^attachment; filename="buying-shoes-now\.pdf"/);
    const pdf = bytesOf(r);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.toString('latin1').trimEnd().endsWith('%%EOF')).toBe(true);
    expect(pdfPageCount(pdf)).toBe(2);
    expect(pdf.toString('latin1')).toContain('/MediaBox [0 0 1190.55 841.89]');
    expect(pdf.length).toBeGreaterThan(20_000);
  });

  it('json and mermaid keep working', async () => {
    const json = await owner.request('GET', `${exportUrl}?format=json`);
    expect(json.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(json.json().journey.title).toBe('Buying shoes — now');
    const mermaid = await owner.request('GET', `${exportUrl}?format=mermaid`);
    expect(mermaid.headers['content-type']).toBe('text/plain; charset=utf-8');
    expect(mermaid.body).toMatch(/^journey/m);
  });

  it('a viewer may export a picture', async () => {
    const r = await viewer.request('GET', `${exportUrl}?format=svg`);
    expect(r.statusCode).toBe(200);
    expect(r.headers['content-type']).toBe('image/svg+xml; charset=utf-8');
  });

  it('another workspace gets 404, no sign-in 401, an unknown format 400', async () => {
    expect((await outsider.request('GET', `${exportUrl}?format=png`)).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'GET', url: `${exportUrl}?format=png` })).statusCode).toBe(401);
    expect((await owner.request('GET', `${exportUrl}?format=gif`)).statusCode).toBe(400);
    expect((await owner.request('GET', `${exportUrl}?format=svg&lang=fr`)).statusCode).toBe(400);
  });
});
