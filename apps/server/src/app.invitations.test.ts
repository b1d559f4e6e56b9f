import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSmtpMailer } from './invitations/sendInvitationEmail.js';
import { createTestApp, signUp, TEST_ORIGIN, type Client, type TestApp } from './testing/createTestApp.js';

let t: TestApp;
let owner: Client;
let ws: string;

const invite = (email: string, role = 'editor') =>
  owner.request('POST', `/api/workspaces/${ws}/members`, { email, role });
const workspacesOf = async (client: Client) =>
  (await client.request('GET', '/api/workspaces')).json().workspaces as { id: string; role: string }[];

beforeAll(async () => {
  t = await createTestApp({ signUpPolicy: { mode: 'open' } });
  owner = await signUp(t.app, 'owner@example.com');
  ws = (await workspacesOf(owner))[0]!.id;
});
afterAll(async () => t?.close());

describe('invitations', () => {
  it('signing up with an invited address alone grants nothing: the invitation waits for its link', async () => {
    const invited = await invite('victim@example.com', 'owner');
    expect(invited.statusCode).toBe(202);
    expect(invited.json()).toMatchObject({
      invitation: { email: 'victim@example.com', role: 'owner' },
      token: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/),
      path: `/invite/${invited.json().token}`,
      emailed: false,
    });
    // Anyone may sign up on this open install, but with the address alone they get only their own workspace.
    const attacker = await signUp(t.app, 'victim@example.com');
    const theirs = await workspacesOf(attacker);
    expect(theirs.map((w) => w.id)).not.toContain(ws);
    expect((await attacker.request('GET', `/api/workspaces/${ws}/members`)).statusCode).toBe(404);
    const members = (await owner.request('GET', `/api/workspaces/${ws}/members`)).json();
    expect(members.members.map((m: { email: string }) => m.email)).toEqual(['owner@example.com']);
    expect(members.invitations.map((i: { email: string }) => i.email)).toContain('victim@example.com');
  });

  it('an invite link works once: sign up through it joins the workspace with its role, a second use is 404', async () => {
    const { token, invitation } = (await invite('new.person@example.com', 'viewer')).json();
    const described = await t.app.inject({ method: 'GET', url: `/api/invitations/${token}` });
    expect(described.statusCode).toBe(200);
    expect(described.json().invitation).toEqual({
      workspaceName: "owner's workspace",
      email: 'new.person@example.com',
      role: 'viewer',
      invitedByName: 'owner',
      expiresAt: invitation.expiresAt,
    });
    const sevenDays = Date.parse(invitation.expiresAt) - Date.parse(invitation.createdAt);
    expect(Math.round(sevenDays / (24 * 3600 * 1000))).toBe(7);

    const person = await signUp(t.app, 'new.person@example.com', undefined, token);
    expect(await workspacesOf(person)).toEqual([expect.objectContaining({ id: ws, role: 'viewer' })]);
    const again = await t.app.inject({
      method: 'POST',
      url: '/api/auth/sign-up',
      headers: { origin: TEST_ORIGIN },
      payload: { email: 'someone.else@example.com', password: 'correct horse battery', invitation: token },
    });
    expect(again.statusCode).toBe(404);
    expect(again.json().error).toBe('invitation-not-found');
    expect(await t.store.users.findByEmail('someone.else@example.com')).toBeNull();
    expect((await t.app.inject({ method: 'GET', url: `/api/invitations/${token}` })).statusCode).toBe(404);
  });

  it('an existing account accepts a link while signed in; an unknown token and a used one are the same 404', async () => {
    const existing = await signUp(t.app, 'existing@example.com');
    const { token } = (await invite('existing.other.address@example.com', 'editor')).json();
    const accepted = await existing.request('POST', `/api/invitations/${token}/accept`);
    expect(accepted.statusCode).toBe(200);
    expect(accepted.json()).toEqual({ workspaceId: ws, role: 'editor' });
    expect((await workspacesOf(existing)).map((w) => w.id)).toContain(ws);
    const used = await existing.request('POST', `/api/invitations/${token}/accept`);
    const unknown = await existing.request('POST', `/api/invitations/${'x'.repeat(43)}/accept`);
    expect(used.statusCode).toBe(404);
    expect(used.json()).toEqual(unknown.json());
    expect(
      (
        await t.app.inject({
          method: 'POST',
          url: `/api/invitations/${token}/accept`,
          headers: { origin: TEST_ORIGIN },
        })
      ).statusCode,
    ).toBe(401);
  });

  it('a member accepting a link for their own workspace gets 409 and the link stays usable', async () => {
    const { token } = (await invite('for.someone@example.com', 'owner')).json();
    const tried = await owner.request('POST', `/api/invitations/${token}/accept`);
    expect(tried.statusCode).toBe(409);
    expect((await t.app.inject({ method: 'GET', url: `/api/invitations/${token}` })).statusCode).toBe(200);
  });

  it('an expired link grants nothing', async () => {
    const quick = await createTestApp({ invitationDays: 1 / (24 * 3600 * 1000) });
    try {
      const boss = await signUp(quick.app, 'boss@example.com');
      const bossWs = (await workspacesOf(boss))[0]!.id;
      const made = await boss.request('POST', `/api/workspaces/${bossWs}/members`, {
        email: 'late@example.com',
        role: 'editor',
      });
      const { token, invitation } = made.json();
      while (Date.now() <= Date.parse(invitation.expiresAt)) await new Promise((r) => setImmediate(r));
      expect((await quick.app.inject({ method: 'GET', url: `/api/invitations/${token}` })).statusCode).toBe(
        404,
      );
      const late = await quick.app.inject({
        method: 'POST',
        url: '/api/auth/sign-up',
        headers: { origin: TEST_ORIGIN },
        payload: { email: 'late@example.com', password: 'correct horse battery', invitation: token },
      });
      expect(late.statusCode).toBe(404);
    } finally {
      await quick.close();
    }
  });

  it('a new link replaces the old one; only owners see pending invitations or make links', async () => {
    const first = (await invite('renew@example.com')).json();
    const renewed = await owner.request(
      'POST',
      `/api/workspaces/${ws}/invitations/${first.invitation.id}/link`,
    );
    expect(renewed.statusCode).toBe(201);
    expect(renewed.json().token).not.toBe(first.token);
    expect((await t.app.inject({ method: 'GET', url: `/api/invitations/${first.token}` })).statusCode).toBe(
      404,
    );
    expect(
      (await t.app.inject({ method: 'GET', url: `/api/invitations/${renewed.json().token}` })).statusCode,
    ).toBe(200);

    const viewer = await signUp(t.app, 'plain.viewer@example.com');
    await t.store.memberships.add(ws as never, viewer.userId as never, 'viewer');
    const editor = await signUp(t.app, 'plain.editor@example.com');
    await t.store.memberships.add(ws as never, editor.userId as never, 'editor');
    for (const member of [viewer, editor]) {
      const seen = (await member.request('GET', `/api/workspaces/${ws}/members`)).json();
      expect(seen.members.length).toBeGreaterThan(1);
      expect(seen.invitations).toEqual([]);
      const link = await member.request(
        'POST',
        `/api/workspaces/${ws}/invitations/${first.invitation.id}/link`,
      );
      expect(link.statusCode).toBe(403);
    }
    const ownerSees = (await owner.request('GET', `/api/workspaces/${ws}/members`)).json().invitations;
    expect(ownerSees.map((i: { email: string }) => i.email)).toContain('renew@example.com');
  });

  it('an outsider cannot take over a workspace: no link, no membership, no role change', async () => {
    const outsider = await signUp(t.app, 'outsider@example.com');
    const asOwner = await outsider.request('PATCH', `/api/workspaces/${ws}/members/${owner.userId}`, {
      role: 'viewer',
    });
    expect(asOwner.statusCode).toBe(404);
    const { invitation } = (await invite('target@example.com', 'owner')).json();
    const link = await outsider.request('POST', `/api/workspaces/${ws}/invitations/${invitation.id}/link`);
    expect(link.statusCode).toBe(404);
    const roles = (await owner.request('GET', `/api/workspaces/${ws}/members`)).json().members;
    expect(roles.find((m: { userId: string }) => m.userId === owner.userId).role).toBe('owner');
  });
});

describe('invitation e-mail', () => {
  it('with SMTP_URL and a public URL the link is e-mailed, and the e-mailed link works', async () => {
    const received: string[] = [];
    const smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      onData(stream, _session, callback) {
        let text = '';
        stream.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
        stream.on('end', () => {
          received.push(text);
          callback();
        });
      },
    });
    smtp.listen(0, '127.0.0.1');
    await once(smtp.server, 'listening');
    const { port } = smtp.server.address() as AddressInfo;
    const mailed = await createTestApp({
      publicUrl: 'https://trailmap.example.com',
      mailer: createSmtpMailer(`smtp://127.0.0.1:${port}`, 'Trailmap <no-reply@trailmap.example.com>'),
    });
    try {
      const https = { origin: 'https://trailmap.example.com' };
      const boss = await mailed.app.inject({
        method: 'POST',
        url: '/api/auth/sign-up',
        headers: https,
        payload: { email: 'boss@example.com', password: 'correct horse battery', name: 'Boss <b>' },
      });
      const cookie = boss.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
      const headers = { ...https, cookie };
      const bossWs = (await mailed.app.inject({ method: 'GET', url: '/api/workspaces', headers })).json()
        .workspaces[0].id;
      const made = await mailed.app.inject({
        method: 'POST',
        url: `/api/workspaces/${bossWs}/members`,
        headers,
        payload: { email: 'mailed@example.com', role: 'editor' },
      });
      expect(made.statusCode).toBe(202);
      expect(made.json().emailed).toBe(true);
      expect(received).toHaveLength(1);
      const mail = received[0]!.replace(/=\r?\n/g, '');
      expect(mail).toMatch(/^To: mailed@example\.com/m);
      expect(mail).toContain(`https://trailmap.example.com/invite/${made.json().token}`);
      const link = /https:\/\/trailmap\.example\.com\/invite\/([A-Za-z0-9_-]{43})/.exec(mail)?.[1];
      const joined = await mailed.app.inject({
        method: 'POST',
        url: '/api/auth/sign-up',
        headers: https,
        payload: { email: 'mailed@example.com', password: 'correct horse battery', invitation: link },
      });
      expect(joined.statusCode).toBe(201);
    } finally {
      await mailed.close();
      await new Promise<void>((resolve) => smtp.close(() => resolve()));
    }
  });
});
