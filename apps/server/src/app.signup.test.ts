import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, signUp, TEST_ORIGIN, type TestApp } from './testing/createTestApp.js';

const PASSWORD = 'correct horse battery';

function postSignUp(t: TestApp, payload: Record<string, unknown>, headers: Record<string, string> = {}) {
  return t.app.inject({
    method: 'POST',
    url: '/api/auth/sign-up',
    headers: { origin: TEST_ORIGIN, ...headers },
    payload,
  });
}
function postSignIn(t: TestApp, email: string, password: string, headers: Record<string, string> = {}) {
  return t.app.inject({
    method: 'POST',
    url: '/api/auth/sign-in',
    headers: { origin: TEST_ORIGIN, ...headers },
    payload: { email, password },
  });
}

describe('sign-up policy', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ signUpPolicy: { mode: 'invite' } });
  });
  afterAll(async () => t?.close());

  it('invite: the first user of an empty install signs up and becomes its admin; the next needs an invite link', async () => {
    const before = (await t.app.inject({ method: 'GET', url: '/api/config' })).json();
    expect(before.signUp).toEqual({ policy: 'invite', firstUser: true });

    const first = await postSignUp(t, { email: 'admin@example.com', password: PASSWORD });
    expect(first.statusCode).toBe(201);
    expect(first.json().user.isAdmin).toBe(true);
    expect((await t.app.inject({ method: 'GET', url: '/api/config' })).json().signUp).toEqual({
      policy: 'invite',
      firstUser: false,
    });

    const second = await postSignUp(t, { email: 'walk.in@example.com', password: PASSWORD });
    expect(second.statusCode).toBe(403);
    expect(second.json().message).toMatch(/invitation only/);
    expect(await t.store.users.findByEmail('walk.in@example.com')).toBeNull();

    const cookie = first.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
    const headers = { cookie, origin: TEST_ORIGIN };
    const ws = (await t.app.inject({ method: 'GET', url: '/api/workspaces', headers })).json().workspaces[0]
      .id;
    const invited = await t.app.inject({
      method: 'POST',
      url: `/api/workspaces/${ws}/members`,
      headers,
      payload: { email: 'walk.in@example.com', role: 'editor' },
    });
    const through = await postSignUp(t, {
      email: 'walk.in@example.com',
      password: PASSWORD,
      invitation: invited.json().token,
    });
    expect(through.statusCode).toBe(201);
    expect(through.json().user.isAdmin).toBe(false);
  });

  it('domain:<domain>: addresses of the domain sign up, others need a link', async () => {
    const d = await createTestApp({ signUpPolicy: { mode: 'domain', domain: 'bank.example' } });
    try {
      expect((await postSignUp(d, { email: 'first@elsewhere.example', password: PASSWORD })).statusCode).toBe(
        201,
      );
      expect((await postSignUp(d, { email: 'ann@bank.example', password: PASSWORD })).statusCode).toBe(201);
      const outside = await postSignUp(d, { email: 'eve@bank.example.evil.io', password: PASSWORD });
      expect(outside.statusCode).toBe(403);
      expect(outside.json().message).toMatch(/@bank\.example/);
      expect((await d.app.inject({ method: 'GET', url: '/api/config' })).json().signUp.policy).toBe(
        'domain:bank.example',
      );
    } finally {
      await d.close();
    }
  });
});

describe('passwords (NIST SP 800-63B)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => t?.close());

  it.each([
    ['aaaaaaaa', /repeated or sequential/],
    ['12345678', /repeated or sequential/],
    ['password1', /most common/],
    ['Iloveyou', /most common/],
    ['x'.repeat(7), /at least 8/],
    ['long passphrase '.repeat(17), /at most 256/],
  ])('sign-up refuses %s with 400 naming body.password, and makes no account', async (password, reason) => {
    const email = `pw-${Math.random().toString(36).slice(2)}@example.com`;
    const r = await postSignUp(t, { email, password });
    expect(r.statusCode).toBe(400);
    expect(r.json().issues[0]).toMatchObject({
      path: 'body.password',
      message: expect.stringMatching(reason),
    });
    expect(await t.store.users.findByEmail(email)).toBeNull();
  });

  it('sign-up refuses the e-mail address as password; accepts 256 characters without composition rules', async () => {
    const same = await postSignUp(t, { email: 'pat@example.com', password: 'pat@example.com' });
    expect(same.statusCode).toBe(400);
    expect(same.json().message).toMatch(/e-mail/);
    expect(same.json().issues[0].code).toBe('password-is-email');
    const long = 'a river runs through the valley '.repeat(8);
    expect(long).toHaveLength(256);
    expect((await postSignUp(t, { email: 'pat@example.com', password: long })).statusCode).toBe(201);
    expect((await postSignIn(t, 'pat@example.com', long)).statusCode).toBe(200);
  });
});

describe('rate limits', () => {
  const limits = {
    signInPerAccountAndClient: { max: 3, windowMs: 60_000 },
    signInPerAccount: { max: 5, windowMs: 60_000 },
    signInPerClient: { max: 4, windowMs: 60_000 },
    signUpPerClient: { max: 3, windowMs: 60_000 },
  };

  it('password spraying: one client failing across many accounts gets 429 with Retry-After, also for a right password', async () => {
    const t = await createTestApp({ rateLimits: limits });
    try {
      await signUp(t.app, 'sprayed@example.com');
      for (let i = 0; i < 4; i++) {
        const r = await postSignIn(t, `user${i}@example.com`, 'Summer2026!');
        expect(r.statusCode).toBe(401);
      }
      const blocked = await postSignIn(t, 'sprayed@example.com', PASSWORD);
      expect(blocked.statusCode).toBe(429);
      expect(Number(blocked.headers['retry-after'])).toBeGreaterThanOrEqual(1);
      expect(Number(blocked.headers['retry-after'])).toBeLessThanOrEqual(60);
      expect(blocked.json().error).toBe('too-many-requests');
    } finally {
      await t.close();
    }
  });

  it('one account guessed from one client is blocked there; from many clients it is blocked everywhere', async () => {
    const t = await createTestApp({ rateLimits: limits, trustProxy: true });
    try {
      await signUp(t.app, 'target@example.com');
      const from = (ip: string) => ({ 'x-forwarded-for': ip });
      for (let i = 0; i < 3; i++)
        expect((await postSignIn(t, 'target@example.com', 'wrong guess', from('10.0.0.1'))).statusCode).toBe(
          401,
        );
      expect((await postSignIn(t, 'target@example.com', PASSWORD, from('10.0.0.1'))).statusCode).toBe(429);
      // Another client still signs in (the per-account cap is not reached yet).
      expect((await postSignIn(t, 'target@example.com', PASSWORD, from('10.0.0.2'))).statusCode).toBe(200);
      for (let i = 0; i < 2; i++)
        expect(
          (await postSignIn(t, 'target@example.com', 'wrong password', from(`10.0.1.${i}`))).statusCode,
        ).toBe(401);
      expect((await postSignIn(t, 'target@example.com', PASSWORD, from('10.0.0.9'))).statusCode).toBe(429);
    } finally {
      await t.close();
    }
  });

  it('X-Forwarded-For is ignored unless trustProxy is set, so a client cannot dodge its limit', async () => {
    const t = await createTestApp({ rateLimits: limits });
    try {
      for (let i = 0; i < 4; i++)
        await postSignIn(t, `nobody${i}@example.com`, 'wrong password', {
          'x-forwarded-for': `192.0.2.${i}`,
        });
      const r = await postSignIn(t, 'nobody9@example.com', 'wrong password', {
        'x-forwarded-for': '192.0.2.99',
      });
      expect(r.statusCode).toBe(429);
    } finally {
      await t.close();
    }
  });

  it('sign-ups from one client are capped (429 with Retry-After)', async () => {
    const t = await createTestApp({ rateLimits: limits });
    try {
      for (let i = 0; i < 3; i++)
        expect((await postSignUp(t, { email: `bulk${i}@example.com`, password: PASSWORD })).statusCode).toBe(
          201,
        );
      const fourth = await postSignUp(t, { email: 'bulk3@example.com', password: PASSWORD });
      expect(fourth.statusCode).toBe(429);
      expect(fourth.headers['retry-after']).toBeDefined();
      expect(await t.store.users.findByEmail('bulk3@example.com')).toBeNull();

      // A workshop behind one address: sign-ups through invite links are not capped.
      const owner = await postSignUp(t, { email: 'bulk0@example.com', password: PASSWORD }).then(() =>
        postSignIn(t, 'bulk0@example.com', PASSWORD),
      );
      const cookie = owner.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
      const headers = { cookie, origin: TEST_ORIGIN };
      const ws = (await t.app.inject({ method: 'GET', url: '/api/workspaces', headers })).json().workspaces[0]
        .id;
      for (let i = 0; i < 4; i++) {
        const email = `workshop${i}@example.com`;
        const { token } = (
          await t.app.inject({
            method: 'POST',
            url: `/api/workspaces/${ws}/members`,
            headers,
            payload: { email, role: 'editor' },
          })
        ).json();
        const joined = await postSignUp(t, { email, password: PASSWORD, invitation: token });
        expect(joined.statusCode).toBe(201);
        expect(joined.json().workspaceId).toBe(ws);
      }
    } finally {
      await t.close();
    }
  });
});
