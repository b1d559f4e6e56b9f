import { readAllRows } from '@trailmap/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, TEST_ORIGIN, type TestApp } from './testing/createTestApp.js';
import { seedWorkspace, signUpPeople, type People, type SeededWorkspace } from './testing/seedWorkspace.js';

/** Comment threads over HTTP: threads on cards and phases, mentions, resolve/reopen, roles, isolation. */

let t: TestApp;
let people: People;
let seeded: SeededWorkspace;
let ws: string;
let mapComments: string;

beforeAll(async () => {
  t = await createTestApp();
  people = await signUpPeople(t.app, 'comments');
  seeded = await seedWorkspace(people);
  ws = `/api/workspaces/${seeded.workspaceId}`;
  mapComments = `${ws}/journeys/${seeded.journey.id}/comments`;
});
afterAll(async () => t?.close());

const onTouchpoint = () => ({ kind: 'touchpoint', id: seeded.touchpointId });

async function startThread(body = 'Is this step needed?', by = people.editor, extra: object = {}) {
  const response = await by.request('POST', mapComments, { target: onTouchpoint(), body, ...extra });
  expect(response.statusCode, response.body).toBe(201);
  return response.json().thread as {
    id: string;
    status: string;
    comments: { id: string; body: string; author: { id: string; name: string }; mentions: unknown[] }[];
  };
}

describe('comments: threads', () => {
  it('a member starts a thread on a card with a mention; replies come in order; the card is named', async () => {
    const created = await people.editor.request('POST', mapComments, {
      target: onTouchpoint(),
      body: '@Viewer can you check the wording?',
      mentions: [people.viewer.userId],
    });
    expect(created.statusCode, created.body).toBe(201);
    const thread = created.json().thread;
    expect(thread).toMatchObject({
      journeyId: seeded.journey.id,
      journeyTitle: seeded.journey.title,
      target: { kind: 'touchpoint', id: seeded.touchpointId },
      status: 'open',
      resolvedAt: null,
      resolvedBy: null,
    });
    expect(typeof thread.target.title).toBe('string');
    expect(thread.comments).toHaveLength(1);
    expect(thread.comments[0].author.id).toBe(people.editor.userId);
    expect(thread.comments[0].mentions.map((m: { id: string }) => m.id)).toEqual([people.viewer.userId]);

    // viewers take part in the conversation
    const replied = await people.viewer.request('POST', `${ws}/comments/${thread.id}/messages`, {
      body: 'Done: it says "delivery slot" now.',
    });
    expect(replied.statusCode, replied.body).toBe(201);
    expect(replied.json().thread.comments.map((c: { body: string }) => c.body)).toEqual([
      '@Viewer can you check the wording?',
      'Done: it says "delivery slot" now.',
    ]);

    const listed = await people.viewer.request('GET', mapComments);
    expect(listed.json().threads.map((x: { id: string }) => x.id)).toContain(thread.id);
    const mine = await people.viewer.request('GET', `${ws}/comments?mentioning=me`);
    expect(mine.json().threads.map((x: { id: string }) => x.id)).toEqual([thread.id]);
    const notMine = await people.owner.request('GET', `${ws}/comments?mentioning=me`);
    expect(notMine.json().threads).toEqual([]);
  });

  it('resolve and reopen: the open list and the resolved list follow; a reply reopens a resolved thread', async () => {
    const thread = await startThread('Resolve me');
    const resolved = await people.editor.request('PATCH', `${ws}/comments/${thread.id}`, {
      status: 'resolved',
    });
    expect(resolved.statusCode, resolved.body).toBe(200);
    expect(resolved.json().thread.status).toBe('resolved');
    expect(resolved.json().thread.resolvedBy.id).toBe(people.editor.userId);
    const ids = async (status: string) =>
      (await people.viewer.request('GET', `${ws}/comments?status=${status}`))
        .json()
        .threads.map((x: { id: string }) => x.id);
    expect(await ids('open')).not.toContain(thread.id);
    expect(await ids('resolved')).toContain(thread.id);
    expect(await ids('all')).toContain(thread.id);

    const reply = await people.owner.request('POST', `${ws}/comments/${thread.id}/messages`, {
      body: 'Not quite: the app says otherwise.',
    });
    expect(reply.json().thread.status).toBe('open');
    expect(await ids('open')).toContain(thread.id);
  });

  it('a viewer resolves only their own thread; a message is changed by its author and deleted by its author or an owner', async () => {
    const editors = await startThread('By the editor');
    const viewers = await startThread('By the viewer', people.viewer);
    expect(
      (await people.viewer.request('PATCH', `${ws}/comments/${editors.id}`, { status: 'resolved' }))
        .statusCode,
    ).toBe(403);
    expect(
      (await people.viewer.request('PATCH', `${ws}/comments/${viewers.id}`, { status: 'resolved' }))
        .statusCode,
    ).toBe(200);

    const message = `${ws}/comments/${editors.id}/messages/${editors.comments[0]!.id}`;
    expect((await people.viewer.request('PATCH', message, { body: 'Hijacked' })).statusCode).toBe(403);
    const edited = await people.editor.request('PATCH', message, { body: 'By the editor, edited' });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json().thread.comments[0]).toMatchObject({ body: 'By the editor, edited' });
    expect(edited.json().thread.comments[0].editedAt).not.toBeNull();
    expect((await people.viewer.request('DELETE', message)).statusCode).toBe(403);
    expect((await people.owner.request('DELETE', message)).statusCode).toBe(204);
    // its only comment gone, the thread is gone
    expect((await people.viewer.request('GET', `${ws}/comments/${editors.id}`)).statusCode).toBe(404);
  });

  it('a thread stays when its card leaves the map, and then names no card', async () => {
    const added = await people.editor.request('POST', `${ws}/journeys/${seeded.journey.id}/touchpoints`, {
      version: (await people.editor.request('GET', `${ws}/journeys/${seeded.journey.id}`)).json().journey
        .version,
      phaseId: seeded.phaseId,
      title: 'Short-lived',
      channel: 'web',
    });
    expect(added.statusCode, added.body).toBe(201);
    const tp = added.json().touchpoint.id;
    const thread = (
      await people.editor.request('POST', mapComments, {
        target: { kind: 'touchpoint', id: tp },
        body: 'Keep?',
      })
    ).json().thread;
    expect(thread.target.title).toBe('Short-lived');
    const version = added.json().journey.version;
    const removed = await people.editor.request(
      'DELETE',
      `${ws}/journeys/${seeded.journey.id}/touchpoints/${tp}?version=${version}`,
    );
    expect(removed.statusCode, removed.body).toBe(200);
    const read = await people.viewer.request('GET', `${ws}/comments/${thread.id}`);
    expect(read.json().thread.target).toEqual({ kind: 'touchpoint', id: tp, title: null });
  });
});

describe('comments: security and bad input', () => {
  it('401 without credentials, 404 for another workspace, and nothing of it leaks', async () => {
    const thread = await startThread('Private');
    expect((await t.app.inject({ method: 'GET', url: mapComments })).statusCode).toBe(401);
    for (const [method, url, payload] of [
      ['GET', mapComments, undefined],
      ['POST', mapComments, { target: onTouchpoint(), body: 'Hi' }],
      ['GET', `${ws}/comments`, undefined],
      ['GET', `${ws}/comments/${thread.id}`, undefined],
      ['PATCH', `${ws}/comments/${thread.id}`, { status: 'resolved' }],
      ['POST', `${ws}/comments/${thread.id}/messages`, { body: 'Hi' }],
      ['DELETE', `${ws}/comments/${thread.id}/messages/${thread.comments[0]!.id}`, undefined],
    ] as const) {
      const response = await people.outsider.request(method, url, payload);
      expect(response.statusCode, `${method} ${url}`).toBe(404);
    }
    // the outsider's own workspace does not know the thread either
    const elsewhere = `/api/workspaces/${people.otherWorkspaceId}/comments/${thread.id}`;
    expect((await people.outsider.request('GET', elsewhere)).statusCode).toBe(404);
    expect((await people.viewer.request('GET', `${ws}/comments/${thread.id}`)).json().thread.status).toBe(
      'open',
    );
  });

  it('a read key reads but cannot comment; a write key comments as its creator', async () => {
    const keyOf = async (scope: 'read' | 'write') =>
      (await people.owner.request('POST', `${ws}/api-keys`, { name: `Comments ${scope}`, scope })).json().key;
    const asKey = (key: string, method: 'GET' | 'POST', url: string, payload?: object) =>
      t.app.inject({
        method,
        url,
        headers: { authorization: `Bearer ${key}` },
        ...(payload ? { payload } : {}),
      });
    const read = await keyOf('read');
    const write = await keyOf('write');
    expect((await asKey(read, 'GET', mapComments)).statusCode).toBe(200);
    expect(
      (await asKey(read, 'POST', mapComments, { target: onTouchpoint(), body: 'By key' })).statusCode,
    ).toBe(403);
    const byKey = await asKey(write, 'POST', mapComments, { target: onTouchpoint(), body: 'By key' });
    expect(byKey.statusCode, byKey.body).toBe(201);
    expect(byKey.json().thread.comments[0].author.id).toBe(people.owner.userId);
  });

  it('a cookie write from another origin is refused', async () => {
    const response = await people.editor.request(
      'POST',
      mapComments,
      { target: onTouchpoint(), body: 'Hi' },
      { origin: 'http://evil.localhost' },
    );
    expect(response.statusCode).toBe(403);
    expect(response.json().error).toBe('csrf');
    expect(TEST_ORIGIN).not.toBe('http://evil.localhost');
  });

  it('bad input is refused naming the field, and writes nothing', async () => {
    const before = await readAllRows(t.databaseUrl);
    const cases: [object, string, number][] = [
      [{ target: onTouchpoint(), body: '   ' }, 'body.body', 400],
      [{ target: onTouchpoint(), body: 'x'.repeat(4_001) }, 'body.body', 400],
      [{ target: { kind: 'touchpoint', id: seeded.phaseId }, body: 'Hi' }, 'body.target.id', 400],
      [{ target: { kind: 'lane', id: seeded.phaseId }, body: 'Hi' }, 'body.target.kind', 400],
      [{ target: onTouchpoint(), body: 'Hi', mentions: [people.outsider.userId] }, 'body.mentions.0', 400],
      [
        { target: onTouchpoint(), body: 'Hi', mentions: [people.viewer.userId, people.viewer.userId] },
        'body.mentions',
        400,
      ],
    ];
    for (const [payload, path, status] of cases) {
      const response = await people.editor.request('POST', mapComments, payload);
      expect(response.statusCode, JSON.stringify(payload).slice(0, 80)).toBe(status);
      expect(JSON.stringify(response.json())).toContain(path);
    }
    // a card of another map: 404 naming it
    const gone = await people.editor.request('POST', mapComments, {
      target: { kind: 'touchpoint', id: 'tpt_notonthismap1' },
      body: 'Hi',
    });
    expect(gone.statusCode).toBe(404);
    expect(gone.json().message).toBe('touchpoint tpt_notonthismap1 not found on this map');
    expect(await readAllRows(t.databaseUrl)).toEqual(before);
  });
});
