import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, signUp, TEST_ORIGIN, type Client, type TestApp } from './testing/createTestApp.js';

let t: TestApp;
let user: Client;
let ws: string;

const journeysOf = async () =>
  (await user.request('GET', `/api/workspaces/${ws}/journeys`)).json().journeys as { title: string }[];

beforeAll(async () => {
  t = await createTestApp();
  user = await signUp(t.app, 'csrf@example.com');
  ws = (await user.request('GET', '/api/workspaces')).json().workspaces[0].id;
});
afterAll(async () => t?.close());

/** A request as a browser sends it from a page: the session cookie rides along, with the page's Origin. */
function fromPage(
  origin: string | null,
  method: 'POST' | 'PUT' | 'PATCH' | 'DELETE',
  url: string,
  body?: string,
  headers: Record<string, string> = {},
) {
  return t.app.inject({
    method,
    url,
    headers: { cookie: user.cookie, ...(origin ? { origin } : {}), ...headers },
    ...(body !== undefined ? { payload: body } : {}),
  });
}

describe('the CSRF rule for cookie-authenticated writes', () => {
  it('a form on another port of the same host cannot import a Mermaid journey in the user’s name', async () => {
    const before = (await journeysOf()).length;
    const mermaid = 'journey\n  title Planted by another site\n  section A\n    Step: 3: Me\n';
    for (const type of [
      'text/plain',
      'application/x-www-form-urlencoded',
      'multipart/form-data; boundary=x',
    ]) {
      const r = await fromPage(
        'http://localhost:8080',
        'POST',
        `/api/workspaces/${ws}/journeys/import`,
        mermaid,
        {
          'content-type': type,
        },
      );
      expect(r.statusCode).toBe(403);
      expect(r.json().error).toBe('csrf');
    }
    expect((await journeysOf()).length).toBe(before);
  });

  it('a same-origin write still needs JSON or the route’s declared type: text/plain and form bodies get 415', async () => {
    const before = (await journeysOf()).length;
    const mermaid = 'journey\n  title Plain\n  section A\n    Step: 3: Me\n';
    const plain = await fromPage(TEST_ORIGIN, 'POST', `/api/workspaces/${ws}/journeys/import`, mermaid, {
      'content-type': 'text/plain',
    });
    expect(plain.statusCode).toBe(415);
    const form = await fromPage(TEST_ORIGIN, 'POST', `/api/workspaces/${ws}/journeys`, 'title=Form', {
      'content-type': 'application/x-www-form-urlencoded',
    });
    expect(form.statusCode).toBe(415);
    expect((await journeysOf()).length).toBe(before);
    const ok = await fromPage(TEST_ORIGIN, 'POST', `/api/workspaces/${ws}/journeys/import`, mermaid, {
      'content-type': 'text/vnd.mermaid',
    });
    expect(ok.statusCode).toBe(201);
  });

  it('a cookie write without Origin is refused unless Sec-Fetch-Site says same-origin', async () => {
    const body = JSON.stringify({ title: 'No origin', template: 'blank' });
    const json = { 'content-type': 'application/json' };
    const bare = await fromPage(null, 'POST', `/api/workspaces/${ws}/journeys`, body, json);
    expect(bare.statusCode).toBe(403);
    const crossSite = await fromPage(null, 'POST', `/api/workspaces/${ws}/journeys`, body, {
      ...json,
      'sec-fetch-site': 'same-site',
    });
    expect(crossSite.statusCode).toBe(403);
    const sameOrigin = await fromPage(null, 'POST', `/api/workspaces/${ws}/journeys`, body, {
      ...json,
      'sec-fetch-site': 'same-origin',
    });
    expect(sameOrigin.statusCode).toBe(201);
  });

  it('sign-out cannot be forced from another origin; sign-in from another origin is refused too', async () => {
    const forced = await fromPage('http://evil.localhost', 'POST', '/api/auth/sign-out');
    expect(forced.statusCode).toBe(403);
    expect((await user.request('GET', '/api/auth/me')).statusCode).toBe(200);
    const loginCsrf = await t.app.inject({
      method: 'POST',
      url: '/api/auth/sign-in',
      headers: { origin: 'http://evil.localhost' },
      payload: { email: 'csrf@example.com', password: 'correct horse battery' },
    });
    expect(loginCsrf.statusCode).toBe(403);
  });

  it('requests with an API key are not affected (no cookie, no Origin)', async () => {
    const owner = await signUp(t.app, 'keys.csrf@example.com');
    const ownWs = (await owner.request('GET', '/api/workspaces')).json().workspaces[0].id;
    const { key } = (
      await owner.request('POST', `/api/workspaces/${ownWs}/api-keys`, { name: 'CI', scope: 'write' })
    ).json();
    const r = await t.app.inject({
      method: 'POST',
      url: `/api/workspaces/${ownWs}/journeys/import`,
      headers: { authorization: `Bearer ${key}`, 'content-type': 'text/vnd.mermaid' },
      payload: 'journey\n  title From CI\n  section A\n    Step: 3: Me\n',
    });
    expect(r.statusCode).toBe(201);
  });
});

describe('session cookies', () => {
  const signUpOn = (app: TestApp['app'], headers: Record<string, string>) =>
    app.inject({
      method: 'POST',
      url: '/api/auth/sign-up',
      headers,
      payload: {
        email: `c${Math.random().toString(36).slice(2)}@example.com`,
        password: 'correct horse battery',
      },
    });

  it('over http the cookie is httpOnly, SameSite=Lax and not Secure', async () => {
    const r = await signUpOn(t.app, { origin: TEST_ORIGIN });
    const [cookie] = r.cookies;
    expect(cookie).toMatchObject({ name: 'trailmap_session', httpOnly: true, sameSite: 'Lax', path: '/' });
    expect(cookie?.secure).toBeUndefined();
  });

  it('with an https public URL the cookie is __Host-trailmap_session, Secure, and signs the user in', async () => {
    const https = await createTestApp({ publicUrl: 'https://trailmap.example.com' });
    try {
      const r = await signUpOn(https.app, { origin: 'https://trailmap.example.com' });
      const [cookie] = r.cookies;
      expect(cookie).toMatchObject({
        name: '__Host-trailmap_session',
        secure: true,
        httpOnly: true,
        path: '/',
      });
      expect(cookie).not.toHaveProperty('domain');
      const me = await https.app.inject({
        method: 'GET',
        url: '/api/auth/me',
        headers: { cookie: `${cookie!.name}=${cookie!.value}` },
      });
      expect(me.statusCode).toBe(200);
      // The public URL is the origin writes must come from.
      const wrong = await signUpOn(https.app, { origin: TEST_ORIGIN });
      expect(wrong.statusCode).toBe(403);
    } finally {
      await https.close();
    }
  });

  it('behind a trusted proxy that forwards https the cookie is Secure; an untrusted X-Forwarded-Proto is ignored', async () => {
    const proxied = await createTestApp({ trustProxy: true });
    try {
      const r = await signUpOn(proxied.app, { origin: 'https://localhost:80', 'x-forwarded-proto': 'https' });
      expect(r.statusCode).toBe(201);
      expect(r.cookies[0]).toMatchObject({ name: '__Host-trailmap_session', secure: true });
    } finally {
      await proxied.close();
    }
    const direct = await signUpOn(t.app, { origin: TEST_ORIGIN, 'x-forwarded-proto': 'https' });
    expect(direct.cookies[0]?.name).toBe('trailmap_session');
    expect(direct.cookies[0]?.secure).toBeUndefined();
  });
});
