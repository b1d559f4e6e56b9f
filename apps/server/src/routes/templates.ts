import {
  EXAMPLE_MAP_KEYS,
  listExampleMaps,
  localizePhaseModelTemplate,
  PHASE_MODEL_TEMPLATES,
  PHASE_MODELS,
  TEMPLATE_LANGUAGES,
} from '@trailmap/domain';
import { z } from 'zod';
import type { AppContext } from '../app.js';
import type { Api } from '../http/types.js';

export function registerTemplateRoutes(api: Api, _context: AppContext) {
  api.get(
    '/api/templates',
    {
      schema: {
        tags: ['journeys'],
        summary:
          'The phase-model templates and the example maps a new journey map can start from, in English or Dutch',
        security: [],
        querystring: z.object({ language: z.enum(TEMPLATE_LANGUAGES).default('en') }),
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
            examples: z
              .array(
                z.object({
                  key: z.enum(EXAMPLE_MAP_KEYS),
                  model: z.enum(PHASE_MODELS),
                  name: z.string(),
                  description: z.string(),
                  phases: z.array(z.object({ name: z.string() })),
                  touchpointCount: z.number().int(),
                }),
              )
              .describe('filled example maps (create one with `example` on POST …/journeys)'),
          }),
        },
      },
    },
    async (request) => ({
      templates: PHASE_MODEL_TEMPLATES.map((t) => localizePhaseModelTemplate(t, request.query.language)),
      examples: listExampleMaps(request.query.language),
    }),
  );
}
