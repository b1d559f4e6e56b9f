import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, sessionCookieOf, signUp, type TestApp } from './testing/createTestApp.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

describe('auth API (PostgreSQL)', () => {
  it('POST /api/auth/sign-up makes the first user owner of the first workspace and sets an httpOnly session cookie', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/auth/sign-up',
      payload: { email: 'Ann@Example.com', password: 'correct horse battery', name: 'Ann' },
    });
    expect(response.statusCode).toBe(201);
    expect(response.json().user.email).toBe('ann@example.com');
    const cookie = response.cookies.find((c) => c.name === 'trailmap_session')!;
    expect(cookie.httpOnly).toBe(true);
    expect(cookie.sameSite).toBe('Lax');
    const workspaces = await t.app.inject({
      method: 'GET',
      url: '/api/workspaces',
      headers: { cookie: sessionCookieOf(response) },
    });
    expect(workspaces.json().workspaces).toHaveLength(1);
    expect(workspaces.json().workspaces[0].role).toBe('owner');
  });

  it('POST /api/auth/sign-up refuses a taken e-mail (any case) with 409 and a weak password with 400', async () => {
    const taken = await t.app.inject({
      method: 'POST',
      url: '/api/auth/sign-up',
      payload: { email: 'ANN@example.com', password: 'another good one' },
    });
    expect(taken.statusCode).toBe(409);
    expect(taken.json().error).toBe('email-taken');
    const weak = await t.app.inject({
      method: 'POST',
      url: '/api/auth/sign-up',
      payload: { email: 'b@example.com', password: 'short' },
    });
    expect(weak.statusCode).toBe(400);
    expect(weak.json().issues[0].path).toBe('body.password');
  });

  it('the stored password is a scrypt hash, never the password', async () => {
    const user = await t.store.users.findByEmail('ann@example.com');
    expect(user!.passwordHash).toMatch(/^scrypt\$/);
    expect(user!.passwordHash).not.toContain('correct horse battery');
  });

  it('POST /api/auth/sign-in accepts the right password and refuses a wrong one with 401', async () => {
    const ok = await t.app.inject({
      method: 'POST',
      url: '/api/auth/sign-in',
      payload: { email: 'ann@example.com', password: 'correct horse battery' },
    });
    expect(ok.statusCode).toBe(200);
    const me = await t.app.inject({
      method: 'GET',
      url: '/api/auth/me',
      headers: { cookie: sessionCookieOf(ok) },
    });
    expect(me.json().user.email).toBe('ann@example.com');
    const wrong = await t.app.inject({
      method: 'POST',
      url: '/api/auth/sign-in',
      payload: { email: 'ann@example.com', password: 'wrong password!' },
    });
    expect(wrong.statusCode).toBe(401);
    const unknown = await t.app.inject({
      method: 'POST',
      url: '/api/auth/sign-in',
      payload: { email: 'nobody@example.com', password: 'whatever123' },
    });
    expect(unknown.statusCode).toBe(401);
    expect(unknown.json().message).toBe(wrong.json().message);
  });

  it('POST /api/auth/sign-out ends the session: the same cookie no longer works', async () => {
    const client = await signUp(t.app, 'carl@example.com');
    expect((await client.request('GET', '/api/auth/me')).statusCode).toBe(200);
    const out = await client.request('POST', '/api/auth/sign-out');
    expect(out.statusCode).toBe(204);
    expect((await client.request('GET', '/api/auth/me')).statusCode).toBe(401);
    expect((await client.request('GET', '/api/workspaces')).statusCode).toBe(401);
  });

  it('repeated wrong passwords are refused with 429 after 10 tries', async () => {
    await signUp(t.app, 'dora@example.com');
    const codes: number[] = [];
    for (let i = 0; i < 11; i++) {
      const r = await t.app.inject({
        method: 'POST',
        url: '/api/auth/sign-in',
        payload: { email: 'dora@example.com', password: `guess number ${i}` },
      });
      codes.push(r.statusCode);
    }
    expect(codes.slice(0, 10).every((c) => c === 401)).toBe(true);
    expect(codes[10]).toBe(429);
  });

  it('requests without credentials get 401 on workspace routes', async () => {
    const r = await t.app.inject({ method: 'GET', url: '/api/workspaces' });
    expect(r.statusCode).toBe(401);
    expect(r.json().error).toBe('unauthorized');
  });
});
