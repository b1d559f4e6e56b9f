import { openEventStore, type EventStore } from '@trailmap/analytics';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildMultipart } from './testing/buildMultipart.js';
import { createTestApp, signUp, type TestApp } from './testing/createTestApp.js';

let events: EventStore;
let t: TestApp;
beforeAll(async () => {
  events = await openEventStore();
  t = await createTestApp({ events });
});
afterAll(async () => {
  await t?.close();
  events?.close();
});

const countEvents = async () =>
  Number((await events.connection.runAndReadAll('SELECT count(*) AS n FROM events')).getRowObjectsJS()[0]?.n);

describe('deleting a workspace', () => {
  it('removes the events of its datasets, and only those', async () => {
    const csv = 'case_id,activity,timestamp\n1,Open,2024-01-01T09:00:00Z\n1,Close,2024-01-01T10:00:00Z\n';
    const upload = async (client: Awaited<ReturnType<typeof signUp>>, ws: string) => {
      const { payload, contentType } = buildMultipart([{ name: 'file', fileName: 'a.csv', content: csv }]);
      const id = (
        await client.request('POST', `/api/workspaces/${ws}/datasets`, payload, {
          'content-type': contentType,
        })
      ).json().dataset.id;
      for (;;) {
        const d = (await client.request('GET', `/api/workspaces/${ws}/datasets/${id}`)).json();
        if (d.status === 'ready') return id;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    };
    const leaving = await signUp(t.app, 'leaving@example.com');
    const staying = await signUp(t.app, 'staying@example.com');
    const leavingWs = (await leaving.request('GET', '/api/workspaces')).json().workspaces[0].id;
    const stayingWs = (await staying.request('GET', '/api/workspaces')).json().workspaces[0].id;
    await upload(leaving, leavingWs);
    const kept = await upload(staying, stayingWs);
    expect(await countEvents()).toBe(4);

    expect((await leaving.request('DELETE', `/api/workspaces/${leavingWs}`)).statusCode).toBe(204);
    expect(await countEvents()).toBe(2);
    const still = (
      await staying.request('GET', `/api/workspaces/${stayingWs}/datasets/${kept}/summary`)
    ).json();
    expect(still).toMatchObject({ events: 2, cases: 1 });
  });
});
