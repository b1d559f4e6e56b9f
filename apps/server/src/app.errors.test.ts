import type { FastifyBaseLogger } from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import type { LogTarget } from './app.js';
import { anonymousClient, createTestApp, signUp, type TestApp } from './testing/createTestApp.js';

/** A test app with a route that fails unexpectedly, logging into `lines`. */
async function appWithFailingRoute(logger: LogTarget): Promise<TestApp> {
  const t = await createTestApp({ logger });
  t.app.get('/api/test/fails', async () => {
    throw new Error('the disk is on fire');
  });
  return t;
}

function captureLines(): { lines: Record<string, unknown>[]; stream: { write(line: string): void } } {
  const lines: Record<string, unknown>[] = [];
  return { lines, stream: { write: (line) => void lines.push(JSON.parse(line) as Record<string, unknown>) } };
}

let t: TestApp | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

describe('request ids and unexpected errors', () => {
  it('a 500 carries the request id, in the body and the x-request-id header, and its log line names it', async () => {
    const { lines, stream } = captureLines();
    t = await appWithFailingRoute({ stream });
    const response = await anonymousClient(t.app).request('GET', '/api/test/fails');
    expect(response.statusCode).toBe(500);
    const body = response.json();
    expect(body).toEqual({ error: 'internal', message: expect.any(String), requestId: expect.any(String) });
    expect(body.message).not.toContain('disk');
    expect(body.message).toContain(body.requestId);
    expect(response.headers['x-request-id']).toBe(body.requestId);
    const logged = lines.filter((l) => l.requestId === body.requestId);
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatchObject({
      level: 50,
      msg: 'unhandled error',
      err: { message: 'the disk is on fire', stack: expect.stringContaining('app.errors.test.ts') },
    });
  });

  it('errors are logged while request logging is off, and every request is logged when it is on', async () => {
    const quiet = captureLines();
    t = await appWithFailingRoute({ stream: quiet.stream });
    const client = anonymousClient(t.app);
    await client.request('GET', '/api/health');
    await client.request('GET', '/api/test/fails');
    expect(quiet.lines.map((l) => l.msg)).toEqual(['unhandled error']);
    await t.close();

    const loud = captureLines();
    t = await appWithFailingRoute({ stream: loud.stream, requests: true });
    const health = await anonymousClient(t.app).request('GET', '/api/health');
    const id = health.headers['x-request-id'];
    expect(loud.lines.filter((l) => l.requestId === id).map((l) => l.msg)).toEqual([
      'incoming request',
      'request completed',
    ]);
  });

  it('a pino-compatible logger instance gets the error with the request id bound', async () => {
    const calls: { bindings: Record<string, unknown>; level: string; args: unknown[] }[] = [];
    const makeLogger = (bindings: Record<string, unknown>): FastifyBaseLogger => {
      const at =
        (level: string) =>
        (...args: unknown[]) =>
          void calls.push({ bindings, level, args });
      return {
        level: 'info',
        fatal: at('fatal'),
        error: at('error'),
        warn: at('warn'),
        info: at('info'),
        debug: at('debug'),
        trace: at('trace'),
        silent: at('silent'),
        child: (more: Record<string, unknown>) => makeLogger({ ...bindings, ...more }),
      } as unknown as FastifyBaseLogger;
    };
    t = await appWithFailingRoute({ instance: makeLogger({}) });
    const response = await anonymousClient(t.app).request('GET', '/api/test/fails');
    const errors = calls.filter((c) => c.level === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]!.bindings.requestId).toBe(response.json().requestId);
  });

  it('URLs the router cannot read get the one error shape and a request id too', async () => {
    const { stream } = captureLines();
    t = await appWithFailingRoute({ stream });
    const anonymous = anonymousClient(t.app);
    const badEncoding = await anonymous.request('GET', '/api/share/%ED%A0%80');
    expect(badEncoding.statusCode).toBe(400);
    expect(badEncoding.json()).toEqual({ error: 'bad-request', message: expect.any(String) });
    expect(badEncoding.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    const tooLong = await anonymous.request('GET', `/api/share/${'a'.repeat(150)}`);
    expect(tooLong.statusCode).toBe(414);
    expect(tooLong.json()).toEqual({ error: 'uri-too-long', message: expect.any(String) });
    expect(tooLong.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('every answer has an x-request-id, a new one each time: 200, 400, 401, 404', async () => {
    const { stream } = captureLines();
    t = await appWithFailingRoute({ stream });
    const owner = await signUp(t.app, 'owner@example.com');
    const anonymous = anonymousClient(t.app);
    const responses = [
      await anonymous.request('GET', '/api/health'),
      await owner.request('POST', '/api/workspaces', { name: '' }),
      await anonymous.request('GET', '/api/workspaces'),
      await anonymous.request('GET', '/api/no-such-route'),
    ];
    expect(responses.map((r) => r.statusCode)).toEqual([200, 400, 401, 404]);
    const ids = responses.map((r) => r.headers['x-request-id']);
    for (const id of ids) expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
