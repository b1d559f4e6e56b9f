import { createHash } from 'node:crypto';
import type { Store } from '@trailmap/db';
import type { JourneyMap, WorkspaceId } from '@trailmap/domain';
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
let journey: JourneyMap;
let linksUrl: string;

const publicGet = (url: string) => t.app.inject({ method: 'GET', url });

beforeAll(async () => {
  t = await createTestApp();
  owner = await signUp(t.app, 'owner@example.com');
  viewer = await signUp(t.app, 'viewer@example.com');
  outsider = await signUp(t.app, 'outsider@example.com');
  ws = (await owner.request('GET', '/api/workspaces')).json().workspaces[0].id;
  await t.store.memberships.add(ws, viewer.userId as never, 'viewer');
  journey = await storeDemoNowMap(t.store, ws);
  linksUrl = `/api/workspaces/${ws}/journeys/${journey.id}/share-links`;
});
afterAll(async () => t?.close());

describe('share links', () => {
  it('POST /share-links (editor) → 201 with the token once; the public GET works without a cookie; revoke → 404', async () => {
    const created = await owner.request('POST', linksUrl);
    expect(created.statusCode).toBe(201);
    const { shareLink, token, path } = created.json();
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/); // 32 random bytes, base64url
    expect(path).toBe(`/share/${token}`);
    expect(shareLink).toEqual({
      id: expect.stringMatching(/^shr_/),
      journeyId: journey.id,
      prefix: token.slice(0, 8),
      createdBy: owner.userId,
      createdAt: expect.any(String),
      revokedAt: null,
      includeBackstage: false,
      figures: null,
      kind: 'map',
    });

    const shared = await publicGet(`/api/share/${token}`);
    expect(shared.statusCode).toBe(200);
    const body = shared.json();
    expect(body.journey.id).toBe(journey.id);
    expect(body.journey.title).toBe('Buying shoes — now');
    // only the personas the map names: Sanne, not Henk (who is in the workspace too)
    expect((await t.store.personas.list(ws)).map((p) => p.name).sort()).toEqual(['Henk', 'Sanne']);
    expect(body.personas.map((p: { name: string }) => p.name)).toEqual(['Sanne']);

    const listed = await owner.request('GET', linksUrl);
    expect(listed.json().shareLinks).toEqual([
      { ...shareLink, createdByName: 'owner', journeyTitle: 'Buying shoes — now' },
    ]);

    const revoked = await owner.request('DELETE', `${linksUrl}/${shareLink.id}`);
    expect(revoked.statusCode).toBe(204);
    const gone = await publicGet(`/api/share/${token}`);
    expect(gone.statusCode).toBe(404);
    expect((await publicGet(`/api/share/${token}/export?format=svg`)).statusCode).toBe(404);
    const unknown = await publicGet(`/api/share/${'x'.repeat(43)}`);
    expect(unknown.statusCode).toBe(404);
    expect(gone.json()).toEqual(unknown.json()); // revoked and unknown look the same
    expect((await owner.request('GET', linksUrl)).json().shareLinks[0].revokedAt).toMatch(/^\d{4}-/);
    expect((await owner.request('DELETE', `${linksUrl}/shr_unknown000000`)).statusCode).toBe(404);
  });

  it('GET /api/share/:token/export sends SVG, PNG and PDF without a cookie', async () => {
    const { token } = (await owner.request('POST', linksUrl)).json();
    const svg = await publicGet(`/api/share/${token}/export?format=svg&lang=nl`);
    expect(svg.statusCode).toBe(200);
    expect(svg.headers['content-type']).toBe('image/svg+xml; charset=utf-8');
    expect(svg.body).toContain('Contactmomenten');
    const png = await publicGet(`/api/share/${token}/export?format=png`);
    expect(png.headers['content-type']).toBe('image/png');
    expect(png.headers['content-disposition']).toMatch(/^attachment; filename="buying-shoes-now\.png"/);
    expect(png.rawPayload.subarray(1, 4).toString('latin1')).toBe('PNG');
    const pdf = await publicGet(`/api/share/${token}/export?format=pdf`);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });

  it('the token is not stored in clear: the store keeps its SHA-256 only', async () => {
    const { token, shareLink } = (await owner.request('POST', linksUrl)).json();
    const stored = await t.store.shareLinks.listForJourney(ws, journey.id);
    expect(JSON.stringify(stored)).not.toContain(token);
    expect(await t.store.shareLinks.findActiveByHash(token)).toBeNull();
    const sha256 = createHash('sha256').update(token).digest('hex');
    expect((await t.store.shareLinks.findActiveByHash(sha256))?.id).toBe(shareLink.id);
  });

  it('a viewer cannot create or list links (403); another workspace gets 404; no sign-in 401', async () => {
    expect((await viewer.request('POST', linksUrl)).statusCode).toBe(403);
    expect((await viewer.request('GET', linksUrl)).statusCode).toBe(403);
    expect((await outsider.request('POST', linksUrl)).statusCode).toBe(404);
    expect((await outsider.request('GET', linksUrl)).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'POST', url: linksUrl })).statusCode).toBe(401);
    const unknownMap = `/api/workspaces/${ws}/journeys/jrn_unknown000000/share-links`;
    expect((await owner.request('POST', unknownMap)).statusCode).toBe(404);
  });

  it("a link of another workspace's map cannot be revoked through this workspace", async () => {
    const { shareLink, token } = (await owner.request('POST', linksUrl)).json();
    const outsiderWs = (await outsider.request('GET', '/api/workspaces')).json().workspaces[0].id;
    const foreign = `/api/workspaces/${outsiderWs}/journeys/${journey.id}/share-links/${shareLink.id}`;
    expect((await outsider.request('DELETE', foreign)).statusCode).toBe(404);
    expect((await publicGet(`/api/share/${token}`)).statusCode).toBe(200);
  });

  it('deleting the map deletes its links', async () => {
    const other = await storeDemoNowMap(t.store, ws);
    const url = `/api/workspaces/${ws}/journeys/${other.id}`;
    const { token } = (await owner.request('POST', `${url}/share-links`)).json();
    expect((await publicGet(`/api/share/${token}`)).statusCode).toBe(200);
    expect((await owner.request('DELETE', url)).statusCode).toBe(204);
    expect((await publicGet(`/api/share/${token}`)).statusCode).toBe(404);
    expect(await t.store.shareLinks.listForJourney(ws, other.id)).toEqual([]);
  });
});

describe('what a share link shows, and who manages links', () => {
  it('a link hides back-stage notes and lane unless it was made with them — in the map and its picture', async () => {
    const notes = journey.touchpoints.map((tp) => tp.backstageNotes).filter(Boolean);
    expect(notes.length).toBeGreaterThan(0);
    const plain = (await owner.request('POST', linksUrl)).json();
    expect(plain.shareLink.includeBackstage).toBe(false);
    const shared = (await publicGet(`/api/share/${plain.token}`)).json().journey;
    expect(shared.touchpoints.map((tp: { backstageNotes: string }) => tp.backstageNotes)).toEqual(
      journey.touchpoints.map(() => ''),
    );
    expect(shared.lanes.find((l: { kind: string }) => l.kind === 'backstage').visible).toBe(false);
    const svg = (await publicGet(`/api/share/${plain.token}/export?format=svg`)).body;
    for (const note of notes) expect(svg).not.toContain(note.slice(0, 20));

    const full = (await owner.request('POST', linksUrl, { includeBackstage: true })).json();
    expect(full.shareLink.includeBackstage).toBe(true);
    const fullMap = (await publicGet(`/api/share/${full.token}`)).json().journey;
    expect(fullMap.touchpoints.map((tp: { backstageNotes: string }) => tp.backstageNotes)).toEqual(
      journey.touchpoints.map((tp) => tp.backstageNotes),
    );
  });

  it('an API key — even a write key — cannot make, list or revoke share links (signed-in editors do)', async () => {
    const { key } = (
      await owner.request('POST', `/api/workspaces/${ws}/api-keys`, {
        name: 'CI',
        scope: 'write',
      })
    ).json();
    const bearer = { authorization: `Bearer ${key}` };
    const { shareLink, token } = (await owner.request('POST', linksUrl)).json();
    const asKey = (method: 'GET' | 'POST' | 'DELETE', url: string) =>
      t.app.inject({ method, url, headers: bearer });
    expect((await asKey('POST', linksUrl)).statusCode).toBe(403);
    expect((await asKey('GET', linksUrl)).statusCode).toBe(403);
    expect((await asKey('DELETE', `${linksUrl}/${shareLink.id}`)).statusCode).toBe(403);
    expect((await asKey('DELETE', `/api/workspaces/${ws}/share-links`)).statusCode).toBe(403);
    expect((await publicGet(`/api/share/${token}`)).statusCode).toBe(200);
  });

  it('share links are the workspace’s: they list their creator, outlive a removed member, and an owner revokes them all at once', async () => {
    const editor = await signUp(t.app, 'share-editor@example.com');
    await t.store.memberships.add(ws, editor.userId as never, 'editor');
    const made = (await editor.request('POST', linksUrl)).json();
    expect(made.shareLink.createdBy).toBe(editor.userId);

    // Only owners see and revoke the whole workspace's links.
    expect((await editor.request('GET', `/api/workspaces/${ws}/share-links`)).statusCode).toBe(403);
    expect((await editor.request('DELETE', `/api/workspaces/${ws}/share-links`)).statusCode).toBe(403);
    expect((await outsider.request('DELETE', `/api/workspaces/${ws}/share-links`)).statusCode).toBe(404);

    expect((await owner.request('DELETE', `/api/workspaces/${ws}/members/${editor.userId}`)).statusCode).toBe(
      204,
    );
    expect((await publicGet(`/api/share/${made.token}`)).statusCode).toBe(200);
    const all = (await owner.request('GET', `/api/workspaces/${ws}/share-links`)).json().shareLinks;
    expect(all.find((l: { id: string }) => l.id === made.shareLink.id)).toMatchObject({
      createdBy: editor.userId,
      createdByName: 'share-editor',
      journeyTitle: 'Buying shoes — now',
      revokedAt: null,
    });
    const live = all.filter((l: { revokedAt: string | null }) => l.revokedAt === null).length;
    expect(live).toBeGreaterThan(1);

    const revoked = await owner.request('DELETE', `/api/workspaces/${ws}/share-links`);
    expect(revoked.json()).toEqual({ revoked: live });
    expect((await publicGet(`/api/share/${made.token}`)).statusCode).toBe(404);
    const after = (await owner.request('GET', `/api/workspaces/${ws}/share-links`)).json().shareLinks;
    expect(after.every((l: { revokedAt: string | null }) => l.revokedAt !== null)).toBe(true);
  });
});

describe('persona pictures', () => {
  const PNG =
    'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4nGNgYGD4DwABBAEAwS2OUAAAAABJRU5ErkJggg==';
  const personasUrl = () => `/api/workspaces/${ws}/personas`;

  it('a picture must be uploaded to the app: links to other hosts and non-pictures are refused (400 naming the field)', async () => {
    const before = (await owner.request('GET', personasUrl())).json().personas.length;
    for (const pictureUrl of [
      'https://tracker.example.com/pixel.png',
      'http://example.com/a.png',
      `data:image/png;base64,${Buffer.from('<svg onload=alert(1)></svg>').toString('base64')}`,
      'data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=',
    ]) {
      const r = await owner.request('POST', personasUrl(), { name: 'Linked', pictureUrl });
      expect(r.statusCode).toBe(400);
      expect(r.json().issues[0].path).toBe('body.pictureUrl');
    }
    expect((await owner.request('GET', personasUrl())).json().personas.length).toBe(before);
    const uploaded = await owner.request('POST', personasUrl(), { name: 'Pictured', pictureUrl: PNG });
    expect(uploaded.statusCode).toBe(201);
    expect(uploaded.json().persona.pictureUrl).toBe(PNG);
  });

  it('an imported document’s linked pictures are dropped, the rest of the persona kept', async () => {
    const exported = (
      await owner.request('GET', `/api/workspaces/${ws}/journeys/${journey.id}/export`)
    ).json();
    const document = {
      ...exported,
      personas: exported.personas.map((p: object) => ({
        ...p,
        id: 'prs_imported0000001',
        pictureUrl: 'https://tracker.example.com/p.png',
      })),
      journey: { ...exported.journey, personaIds: ['prs_imported0000001'] },
    };
    const imported = await owner.request('POST', `/api/workspaces/${ws}/journeys/import`, document);
    expect(imported.statusCode).toBe(201);
    const personas = (await owner.request('GET', personasUrl())).json().personas;
    const made = personas.find((p: { id: string }) => p.id === imported.json().journey.personaIds[0]);
    expect(made).toMatchObject({ name: 'Sanne', pictureUrl: null });
  });
});
