import { z } from 'zod';
import { APP_VERSION, type AppContext } from '../app.js';
import type { Api } from '../http/types.js';

export function registerHealthRoutes(api: Api, { store, options }: AppContext) {
  api.get(
    '/api/health',
    {
      schema: {
        tags: ['system'],
        summary: 'Whether the server runs, and the versions of both stores',
        security: [],
        response: {
          200: z.object({
            status: z.literal('ok'),
            version: z.string(),
            stores: z.object({
              workspace: z.object({
                engine: z.enum(['pglite', 'postgres']),
                version: z.string(),
                schemaVersion: z.number(),
              }),
              events: z.object({ engine: z.literal('duckdb'), version: z.string() }),
            }),
          }),
        },
      },
    },
    async () => {
      const [workspace, events] = await Promise.all([store.info(), options.describeEventStore()]);
      return { status: 'ok' as const, version: APP_VERSION, stores: { workspace, events } };
    },
  );
}
