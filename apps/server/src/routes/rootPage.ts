import type { FastifyInstance } from 'fastify';

/** Until the web app is built, `/` is a plain page that points to the API documentation. */
export function registerRootPage(app: FastifyInstance) {
  app.get('/', { schema: { hide: true } }, async (_request, reply) =>
    reply
      .type('text/html; charset=utf-8')
      .send(
        `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Trailmap</title>` +
          `<meta name="viewport" content="width=device-width, initial-scale=1">` +
          `<style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:4rem auto;padding:0 1rem;color:#1a1a2e}a{color:#1d4ed8}</style></head>` +
          `<body><h1>Trailmap</h1><p>Customer journey mapping and mining. The web app is on its way; the HTTP API runs now.</p>` +
          `<ul><li><a href="/api/docs">API documentation (OpenAPI)</a></li><li><a href="/api/health">Health</a></li></ul></body></html>`,
      ),
  );
}
