import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { registerRootPage } from './rootPage.js';

/**
 * Content-Security-Policy of the app's HTML: only our own scripts; inline styles for the map's layout;
 * pictures only from the app itself, the uploaded ones it stores as `data:` URLs, and `blob:` for the
 * picture being scaled down in the browser before upload — never from other hosts.
 */
const APP_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "frame-ancestors 'self'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

/**
 * Serves the built web app (apps/web/dist) at `/`, with every non-API path falling back to its
 * index.html so deep links work. Without a build, `/` is a plain page that links to the API docs.
 */
export async function registerWebApp(app: FastifyInstance, webRoot: string | null) {
  const index = webRoot ? join(webRoot, 'index.html') : null;
  if (!webRoot || !index || !existsSync(index)) {
    registerRootPage(app);
    return;
  }
  await app.register(fastifyStatic, { root: webRoot, serve: false });
  const sendIndex = (reply: FastifyReply) =>
    reply
      .header('content-security-policy', APP_CSP)
      .header('cache-control', 'no-cache')
      .sendFile('index.html');
  app.get('/', { schema: { hide: true } }, (_request, reply) => sendIndex(reply));
  app.get('/*', { schema: { hide: true } }, (request, reply) => {
    const path = request.url.split('?')[0] ?? '';
    if (path.startsWith('/api/')) {
      return reply.code(404).send({ error: 'not-found', message: `no route ${request.method} ${path}` });
    }
    const file = path.slice(1);
    if (file && !file.includes('..') && existsSync(join(webRoot, file))) {
      // Built assets have content hashes in their names: cache them for a year.
      if (file.startsWith('assets/')) return reply.sendFile(file, { maxAge: '365d', immutable: true });
      return reply.sendFile(file);
    }
    return sendIndex(reply);
  });
}
