import { PHASE_MODEL_TEMPLATES } from '@trailmap/domain';
import { z } from 'zod';
import type { AppContext } from '../app.js';
import type { Api } from '../http/types.js';

export function registerTemplateRoutes(api: Api, _context: AppContext) {
  api.get(
    '/api/templates',
    {
      schema: {
        tags: ['journeys'],
        summary: 'The phase-model templates a new journey map can start from',
        security: [],
        response: {
          200: z.object({
            templates: z.array(
              z.object({
                model: z.string(),
                name: z.string(),
                description: z.string(),
                phases: z.array(z.object({ key: z.string(), name: z.string(), customerNeed: z.string() })),
              }),
            ),
          }),
        },
      },
    },
    async () => ({ templates: [...PHASE_MODEL_TEMPLATES] }),
  );
}
