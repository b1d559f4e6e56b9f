import { z } from 'zod';
import { APP_VERSION, type AppContext } from '../app.js';
import type { Api } from '../http/types.js';

const versions = z.object({
  version: z.string(),
  stores: z.object({
    workspace: z.object({
      engine: z.enum(['pglite', 'postgres']),
      version: z.string(),
      schemaVersion: z.number(),
    }),
    events: z.object({ engine: z.literal('duckdb'), version: z.string() }),
  }),
});

export function registerHealthRoutes(api: Api, { store, options }: AppContext) {
  api.get(
    '/api/health',
    {
      schema: {
        tags: ['system'],
        summary:
          'Whether the server runs: `{ status: "ok" }` for anyone; signed-in users and API keys also get the versions of the app and both stores',
        security: [],
        response: {
          200: z.object({ status: z.literal('ok') }).extend(versions.partial().shape),
        },
      },
    },
    async (request) => {
      if (!request.principal) return { status: 'ok' as const };
      const [workspace, events] = await Promise.all([store.info(), options.describeEventStore()]);
      return { status: 'ok' as const, version: APP_VERSION, stores: { workspace, events } };
    },
  );
}
