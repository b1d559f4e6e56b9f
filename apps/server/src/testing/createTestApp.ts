import { openStore, type Store } from '@trailmap/db';
import { createTestDatabase, type TestDatabase } from '@trailmap/db/testing';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { buildApp, type AppOptions } from '../app.js';

export interface TestApp {
  app: FastifyInstance;
  store: Store;
  /** The fresh test database, for tests that read it directly (e.g. `readAllRows`). */
  databaseUrl: string;
  close(): Promise<void>;
}

/** The API on a fresh PostgreSQL database (dropped on close); the event store is described, not opened. */
export async function createTestApp(options: Partial<AppOptions> = {}): Promise<TestApp> {
  const database: TestDatabase = await createTestDatabase();
  const store = await openStore({ engine: 'postgres', databaseUrl: database.databaseUrl });
  const app = await buildApp({
    store,
    describeEventStore: async () => ({ engine: 'duckdb', version: 'test' }),
    // Tests sign many people up; the sign-up policy has tests of its own.
    signUpPolicy: { mode: 'open' },
    ...options,
  });
  return {
    app,
    store,
    databaseUrl: database.databaseUrl,
    async close() {
      await app.close();
      await store.close();
      await database.drop();
    },
  };
}

/** The origin `app.inject` requests go to (its default Host header), which the CSRF rule expects. */
export const TEST_ORIGIN = 'http://localhost:80';

/** A signed-in client: remembers its session cookie and sends JSON from the app's own origin, as a browser does. */
export interface Client {
  email: string;
  userId: string;
  cookie: string;
  request(
    method: string,
    url: string,
    body?: unknown,
    headers?: Record<string, string>,
  ): Promise<LightMyRequestResponse>;
}

export function sessionCookieOf(response: LightMyRequestResponse): string {
  const cookie = response.cookies.find((c) => c.name === 'trailmap_session');
  if (!cookie) throw new Error(`no session cookie in response ${response.statusCode}: ${response.body}`);
  return `trailmap_session=${cookie.value}`;
}

export function clientFor(app: FastifyInstance, email: string, userId: string, cookie: string): Client {
  return {
    email,
    userId,
    cookie,
    request: (method, url, body, headers = {}) =>
      app.inject({
        method: method as 'GET',
        url,
        headers: { cookie, origin: TEST_ORIGIN, ...headers },
        ...(body !== undefined ? { payload: body as object } : {}),
      }),
  };
}

/** A client without credentials (anonymous requests go through the same path as signed-in ones). */
export function anonymousClient(app: FastifyInstance): Client {
  return clientFor(app, '', '', '');
}

/** The password `signUp` gives a user unless told otherwise. */
export const TEST_PASSWORD = 'correct horse battery';

/** Signs up a new user (through an invite link's token when given) and returns a client with its session. */
export async function signUp(
  app: FastifyInstance,
  email: string,
  password = TEST_PASSWORD,
  invitation?: string,
): Promise<Client> {
  const response = await app.inject({
    method: 'POST',
    url: '/api/auth/sign-up',
    headers: { origin: TEST_ORIGIN },
    payload: { email, password, ...(invitation ? { invitation } : {}) },
  });
  if (response.statusCode !== 201) throw new Error(`sign-up failed: ${response.statusCode} ${response.body}`);
  return clientFor(app, email, response.json().user.id, sessionCookieOf(response));
}
