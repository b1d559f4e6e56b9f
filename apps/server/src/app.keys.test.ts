import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, signUp, type Client, type TestApp } from './testing/createTestApp.js';

let t: TestApp;
let owner: Client;
let member: Client;
let ws: string;

beforeAll(async () => {
  t = await createTestApp();
  owner = await signUp(t.app, 'key.owner@example.com');
  ws = (await owner.request('GET', '/api/workspaces')).json().workspaces[0].id;
  member = await signUp(t.app, 'key.member@example.com');
});
afterAll(async () => t?.close());

/** Makes `member` an owner, lets them make a write key, and returns a caller for that key. */
async function memberWithWriteKey(role: 'owner' = 'owner') {
  const added = await owner.request('POST', `/api/workspaces/${ws}/members`, {
    email: 'key.member@example.com',
    role,
  });
  expect(added.statusCode).toBe(201);
  const made = await member.request('POST', `/api/workspaces/${ws}/api-keys`, {
    name: 'Sync',
    scope: 'write',
  });
  expect(made.statusCode).toBe(201);
  const { key, apiKey } = made.json();
  const asKey = (method: 'GET' | 'POST', url: string, payload?: object) =>
    t.app.inject({
      method,
      url,
      headers: { authorization: `Bearer ${key}` },
      ...(payload ? { payload } : {}),
    });
  return { asKey, apiKey };
}

const createMap = { title: 'Written by a key', template: 'blank' };

describe('API keys follow their creator', () => {
  it('a demoted member’s write key reads but no longer writes; promoted again it writes again', async () => {
    const { asKey } = await memberWithWriteKey();
    expect((await asKey('POST', `/api/workspaces/${ws}/journeys`, createMap)).statusCode).toBe(201);

    await owner.request('PATCH', `/api/workspaces/${ws}/members/${member.userId}`, { role: 'viewer' });
    const denied = await asKey('POST', `/api/workspaces/${ws}/journeys`, createMap);
    expect(denied.statusCode).toBe(403);
    expect(denied.json().message).toMatch(/creator/);
    expect((await asKey('GET', `/api/workspaces/${ws}/journeys`)).statusCode).toBe(200);

    await owner.request('PATCH', `/api/workspaces/${ws}/members/${member.userId}`, { role: 'editor' });
    expect((await asKey('POST', `/api/workspaces/${ws}/journeys`, createMap)).statusCode).toBe(201);
    await owner.request('DELETE', `/api/workspaces/${ws}/members/${member.userId}`);
  });

  it('removing a member revokes their keys at once; other members’ keys keep working', async () => {
    const { asKey, apiKey } = await memberWithWriteKey();
    const ownerKey = (
      await owner.request('POST', `/api/workspaces/${ws}/api-keys`, { name: 'Owner’s', scope: 'read' })
    ).json().key;
    expect((await asKey('GET', `/api/workspaces/${ws}/journeys`)).statusCode).toBe(200);

    expect((await owner.request('DELETE', `/api/workspaces/${ws}/members/${member.userId}`)).statusCode).toBe(
      204,
    );
    const afterRemoval = await asKey('POST', `/api/workspaces/${ws}/journeys`, createMap);
    expect(afterRemoval.statusCode).toBe(401);
    expect((await asKey('GET', `/api/workspaces/${ws}/journeys`)).statusCode).toBe(401);
    const keys = (await owner.request('GET', `/api/workspaces/${ws}/api-keys`)).json().apiKeys;
    expect(keys.find((k: { id: string }) => k.id === apiKey.id).revokedAt).toMatch(/^\d{4}-/);
    const stillOwner = await t.app.inject({
      method: 'GET',
      url: `/api/workspaces/${ws}/journeys`,
      headers: { authorization: `Bearer ${ownerKey}` },
    });
    expect(stillOwner.statusCode).toBe(200);
  });

  it('a member who leaves on their own loses their keys too', async () => {
    const { asKey } = await memberWithWriteKey();
    expect(
      (await member.request('DELETE', `/api/workspaces/${ws}/members/${member.userId}`)).statusCode,
    ).toBe(204);
    expect((await asKey('GET', `/api/workspaces/${ws}/journeys`)).statusCode).toBe(401);
  });
});
