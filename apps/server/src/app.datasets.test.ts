import { readdirSync, readFileSync } from 'node:fs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildMultipart, type FormPart } from './testing/buildMultipart.js';
import { createTestApp, signUp, type Client, type TestApp } from './testing/createTestApp.js';

const samples = new URL('../../../samples/', import.meta.url).pathname;
const receipt = readFileSync(join(samples, 'receipt.csv'));

let t: TestApp;
let owner: Client;
let viewer: Client;
let outsider: Client;
let ws: string;
let uploadDir: string;

beforeAll(async () => {
  uploadDir = mkdtempSync(join(tmpdir(), 'trailmap-uploads-test-'));
  t = await createTestApp({ uploadDir, maxUploadBytes: 3 * 1024 * 1024 });
  owner = await signUp(t.app, 'data.owner@example.com');
  viewer = await signUp(t.app, 'data.viewer@example.com');
  outsider = await signUp(t.app, 'data.outsider@example.com');
  ws = (await owner.request('GET', '/api/workspaces')).json().workspaces[0].id;
  await t.store.memberships.add(ws as never, viewer.userId as never, 'viewer');
});
afterAll(async () => {
  await t?.close();
  rmSync(uploadDir, { recursive: true, force: true });
});

function send(client: Client, url: string, parts: FormPart[], headers: Record<string, string> = {}) {
  const { payload, contentType } = buildMultipart(parts);
  return client.request('POST', url, payload, { 'content-type': contentType, ...headers });
}

/** Waits until the dataset's import has ended (polls its state; the import runs in the background). */
async function settled(client: Client, id: string) {
  for (;;) {
    const dataset = (await client.request('GET', `/api/workspaces/${ws}/datasets/${id}`)).json();
    if (dataset.status !== 'importing') return dataset;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

const uploadsLeft = () => readdirSync(join(uploadDir, ws), { withFileTypes: true }).length;

describe('datasets', () => {
  it('POST …/datasets (multipart) imports the receipt log in the background: 202 importing, then ready with its figures', async () => {
    const created = await send(owner, `/api/workspaces/${ws}/datasets`, [
      { name: 'name', value: 'Permit receipts' },
      { name: 'file', fileName: 'receipt.csv', content: receipt, type: 'text/csv' },
    ]);
    expect(created.statusCode).toBe(202);
    const { dataset } = created.json();
    expect(dataset).toMatchObject({
      name: 'Permit receipts',
      status: 'importing',
      format: 'csv',
      sizeBytes: receipt.length,
    });
    expect(dataset.mapping.columns).toMatchObject({ case: 'case:concept:name', activity: 'concept:name' });

    const ready = await settled(owner, dataset.id);
    expect(ready).toMatchObject({
      id: dataset.id,
      status: 'ready',
      progress: null,
      error: null,
      events: 8577,
      cases: 1434,
      activities: 27,
      versions: 1,
    });
    expect(ready.versionList).toEqual([
      expect.objectContaining({ version: 1, eventsAdded: 8577, eventsSkipped: 0 }),
    ]);
    expect(ready.firstEventAt).toMatch(/^2010-/);
    const list = (await viewer.request('GET', `/api/workspaces/${ws}/datasets`)).json().datasets;
    expect(list.map((d: { id: string }) => d.id)).toContain(dataset.id);
    expect(uploadsLeft()).toBe(0);

    // the same file again as a new version: every event is already there
    const appended = await send(owner, `/api/workspaces/${ws}/datasets/${dataset.id}/versions`, [
      { name: 'file', fileName: 'receipt.csv', content: receipt },
    ]);
    expect(appended.statusCode).toBe(202);
    const again = await settled(owner, dataset.id);
    expect(again).toMatchObject({
      status: 'ready',
      events: 8577,
      versions: 2,
      sizeBytes: 2 * receipt.length,
    });
    expect(again.versionList[1]).toMatchObject({ version: 2, eventsAdded: 0, eventsSkipped: 8577 });

    const renamed = await owner.request('PATCH', `/api/workspaces/${ws}/datasets/${dataset.id}`, {
      name: 'Receipts',
    });
    expect(renamed.json().dataset.name).toBe('Receipts');
    expect((await owner.request('DELETE', `/api/workspaces/${ws}/datasets/${dataset.id}`)).statusCode).toBe(
      204,
    );
    expect((await owner.request('GET', `/api/workspaces/${ws}/datasets/${dataset.id}`)).statusCode).toBe(404);
  });

  it('imports XES.gz (helpdesk) and a Segment batch with their own case notions', async () => {
    const helpdesk = await send(owner, `/api/workspaces/${ws}/datasets`, [
      { name: 'file', fileName: 'helpdesk.xes.gz', content: readFileSync(join(samples, 'helpdesk.xes.gz')) },
    ]);
    expect(helpdesk.json().dataset).toMatchObject({ format: 'xes', name: 'helpdesk' });
    expect(await settled(owner, helpdesk.json().dataset.id)).toMatchObject({
      status: 'ready',
      events: 21348,
      cases: 4580,
    });

    const batch = JSON.stringify({
      batch: [
        { type: 'page', name: 'Home', anonymousId: 'a1', timestamp: '2024-03-01T10:00:00Z', messageId: 'm1' },
        {
          type: 'identify',
          userId: 'u1',
          anonymousId: 'a1',
          timestamp: '2024-03-01T10:01:00Z',
          messageId: 'm2',
        },
        {
          type: 'track',
          event: 'Order Completed',
          userId: 'u1',
          timestamp: '2024-03-01T10:03:00Z',
          messageId: 'm3',
        },
        {
          type: 'track',
          event: 'Return Started',
          userId: 'u1',
          timestamp: '2024-04-15T09:00:00Z',
          messageId: 'm4',
        },
      ],
    });
    const segment = await send(owner, `/api/workspaces/${ws}/datasets`, [
      { name: 'file', fileName: 'web.json', content: batch, type: 'application/json' },
    ]);
    expect(segment.json().dataset.format).toBe('segment');
    // two journeys of one customer (over 30 days apart), the anonymous page view stitched to the user
    expect(await settled(owner, segment.json().dataset.id)).toMatchObject({
      events: 4,
      cases: 2,
      customers: 1,
    });
  });

  it('the mapping step: POST …/uploads previews the file; POST …/datasets {uploadId, mapping} imports it once', async () => {
    const csv = [
      'ticket,step,at,agent',
      'T1,Open,2024-01-01T09:00:00Z,ann',
      'T1,Solve,2024-01-01T10:00:00Z,bob',
      'T2,Open,2024-01-02T09:00:00Z,ann',
    ].join('\n');
    const uploaded = await send(owner, `/api/workspaces/${ws}/uploads`, [
      { name: 'file', fileName: 'tickets.csv', content: csv },
    ]);
    expect(uploaded.statusCode).toBe(201);
    const { upload } = uploaded.json();
    expect(upload.preview).toMatchObject({ format: 'csv', missing: ['case', 'activity', 'timestamp'] });
    expect(upload.preview.columns.map((c: { name: string; type: string }) => `${c.name}:${c.type}`)).toEqual([
      'ticket:text',
      'step:text',
      'at:timestamp',
      'agent:text',
    ]);
    expect(upload.preview.rows[1]).toEqual({
      ticket: 'T1',
      step: 'Solve',
      at: '2024-01-01T10:00:00Z',
      agent: 'bob',
    });

    const incomplete = await owner.request('POST', `/api/workspaces/${ws}/datasets`, {
      uploadId: upload.id,
      mapping: { columns: { case: 'ticket', activity: 'step' } },
    });
    expect(incomplete.statusCode).toBe(400);
    expect(incomplete.json().issues).toEqual([
      { path: 'body.mapping.columns.timestamp', message: expect.stringMatching(/name the timestamp column/) },
    ]);

    const mapped = await owner.request('POST', `/api/workspaces/${ws}/datasets`, {
      uploadId: upload.id,
      name: 'Tickets',
      mapping: { columns: { case: 'ticket', activity: 'step', timestamp: 'at' } },
    });
    expect(mapped.statusCode).toBe(202);
    expect(await settled(owner, mapped.json().dataset.id)).toMatchObject({
      status: 'ready',
      events: 3,
      cases: 2,
    });
    const reused = await owner.request('POST', `/api/workspaces/${ws}/datasets`, { uploadId: upload.id });
    expect(reused.statusCode).toBe(404);
  });

  it('a bad row ends the import as failed with file, line and reason, and leaves no events', async () => {
    const csv =
      'case_id,activity,timestamp\n1,Open,2024-01-01T09:00:00Z\n1,Close,2024-01-01T10:00:00Z\n2,Open,yesterday\n';
    const created = await send(owner, `/api/workspaces/${ws}/datasets`, [
      { name: 'file', fileName: 'bad.csv', content: csv },
    ]);
    expect(created.statusCode).toBe(202);
    const failed = await settled(owner, created.json().dataset.id);
    expect(failed).toMatchObject({ status: 'failed', events: 0, versions: 0, versionList: [] });
    expect(failed.error).toMatchObject({ file: 'bad.csv', line: 4 });
    expect(failed.error.message).toMatch(/bad\.csv, line 4/);

    // cut off near its end: the first rows read well, the import fails when it reaches the cut
    const helpdesk = readFileSync(join(samples, 'helpdesk.xes.gz'));
    const cut = helpdesk.subarray(0, Math.floor(helpdesk.length * 0.9));
    const broken = await send(owner, `/api/workspaces/${ws}/datasets`, [
      { name: 'file', fileName: 'cut.xes.gz', content: cut },
    ]);
    expect(broken.statusCode).toBe(202);
    const gone = await settled(owner, broken.json().dataset.id);
    expect(gone).toMatchObject({ status: 'failed', events: 0 });
    expect(gone.error.message).toMatch(/cut\.xes\.gz/);
    expect(uploadsLeft()).toBe(0);

    // cut off at its start: refused at once, naming the file
    const short = gzipSync(readFileSync(join(samples, 'running-example.xes'))).subarray(0, 900);
    const refused = await send(owner, `/api/workspaces/${ws}/datasets`, [
      { name: 'file', fileName: 'short.xes.gz', content: short },
    ]);
    expect(refused.statusCode).toBe(400);
    expect(refused.json().message).toMatch(/short\.xes\.gz/);
  });

  it('what cannot be read is refused at once (4xx) and creates nothing', async () => {
    const before = (await owner.request('GET', `/api/workspaces/${ws}/datasets`)).json().datasets.length;
    const binary = await send(owner, `/api/workspaces/${ws}/datasets`, [
      { name: 'file', fileName: 'x.bin', content: Buffer.from([0, 159, 146, 150, 0, 0, 1]) },
    ]);
    expect(binary.statusCode).toBe(400);
    expect(binary.json().issues[0].path).toBe('body.file');
    const badJson = await send(owner, `/api/workspaces/${ws}/datasets`, [
      { name: 'mapping', value: '{"columns": ' },
      { name: 'file', fileName: 'receipt.csv', content: receipt },
    ]);
    expect(badJson.statusCode).toBe(400);
    expect(badJson.json().issues[0].path).toBe('body.mapping');
    const wrongColumn = await send(owner, `/api/workspaces/${ws}/datasets`, [
      { name: 'mapping', value: JSON.stringify({ columns: { case: 'order_no' } }) },
      { name: 'file', fileName: 'receipt.csv', content: receipt },
    ]);
    expect(wrongColumn.statusCode).toBe(400);
    expect(wrongColumn.json().issues[0]).toMatchObject({
      path: 'body.mapping.columns.case',
      message: expect.stringMatching(/no column "order_no"/),
    });
    const noFile = await send(owner, `/api/workspaces/${ws}/datasets`, [{ name: 'name', value: 'Nothing' }]);
    expect(noFile.statusCode).toBe(400);
    expect(noFile.json().issues[0].path).toBe('body.file');
    const tooBig = await send(owner, `/api/workspaces/${ws}/datasets`, [
      { name: 'file', fileName: 'big.csv', content: Buffer.alloc(3 * 1024 * 1024 + 1, 'a') },
    ]);
    expect(tooBig.statusCode).toBe(413);
    expect((await owner.request('GET', `/api/workspaces/${ws}/datasets`)).json().datasets.length).toBe(
      before,
    );
    expect(uploadsLeft()).toBe(0);
  });

  it('isolation and roles: another workspace gets 404 everywhere; a viewer reads but cannot upload; keys follow their scope', async () => {
    const created = await send(owner, `/api/workspaces/${ws}/datasets`, [
      { name: 'file', fileName: 'receipt.csv', content: receipt },
    ]);
    const id = created.json().dataset.id;
    await settled(owner, id);
    const base = `/api/workspaces/${ws}/datasets`;
    expect((await outsider.request('GET', base)).statusCode).toBe(404);
    expect((await outsider.request('GET', `${base}/${id}`)).statusCode).toBe(404);
    expect((await outsider.request('PATCH', `${base}/${id}`, { name: 'x' })).statusCode).toBe(404);
    expect((await outsider.request('DELETE', `${base}/${id}`)).statusCode).toBe(404);
    expect(
      (
        await send(outsider, `${base}/${id}/versions`, [
          { name: 'file', fileName: 'r.csv', content: receipt },
        ])
      ).statusCode,
    ).toBe(404);
    // another workspace's dataset through one's own workspace URL is 404 too
    const theirWs = (await outsider.request('GET', '/api/workspaces')).json().workspaces[0].id;
    expect((await outsider.request('GET', `/api/workspaces/${theirWs}/datasets/${id}`)).statusCode).toBe(404);

    expect((await viewer.request('GET', `${base}/${id}`)).statusCode).toBe(200);
    expect(
      (await send(viewer, base, [{ name: 'file', fileName: 'r.csv', content: receipt }])).statusCode,
    ).toBe(403);
    expect((await viewer.request('DELETE', `${base}/${id}`)).statusCode).toBe(403);

    const key = async (scope: 'read' | 'write') =>
      (await owner.request('POST', `/api/workspaces/${ws}/api-keys`, { name: scope, scope })).json()
        .key as string;
    const { payload, contentType } = buildMultipart([{ name: 'file', fileName: 'r.csv', content: receipt }]);
    const asKey = async (k: string) =>
      t.app.inject({
        method: 'POST',
        url: base,
        payload,
        headers: { authorization: `Bearer ${k}`, 'content-type': contentType },
      });
    expect((await asKey(await key('read'))).statusCode).toBe(403);
    const written = await asKey(await key('write'));
    expect(written.statusCode).toBe(202);
    await settled(owner, written.json().dataset.id);
  });
});
