import {
  clipText,
  createExampleMap,
  createJourneyContent,
  EXAMPLE_MAP_KEYS,
  journeyContentSchema,
  journeyMetaSchema,
  journeyStateSchema,
  idSchema,
  LIMITS,
  longText,
  nameText,
  PHASE_MODEL_TEMPLATES,
  shortText,
  TEMPLATE_LANGUAGES,
} from '@trailmap/domain';
import { z } from 'zod';
import { IMPORT_BODY_LIMIT_BYTES, type AppContext } from '../app.js';
import { authorizeWorkspace } from '../auth/principal.js';
import { badRequest, conflict, HttpError, notFound } from '../http/errors.js';
import { journeyParams, versionField, workspaceParams } from '../http/params.js';
import { definedOnly, patchSchema } from '../http/patchSchema.js';
import type { Api } from '../http/types.js';
import { checkDatasetLink, checkMetaReferences } from '../journeys/checkReferences.js';
import { editableParts, mutateJourney, staleVersion } from '../journeys/mutateJourney.js';
import { rewriteJourney } from '../journeys/rewriteJourney.js';

const templateModels = PHASE_MODEL_TEMPLATES.map((t) => t.model) as [
  (typeof PHASE_MODEL_TEMPLATES)[number]['model'],
  ...(typeof PHASE_MODEL_TEMPLATES)[number]['model'][],
];

const createBody = journeyMetaSchema.omit({ phaseModel: true, counterpartId: true }).extend({
  template: z
    .enum(templateModels)
    .optional()
    .describe('the phase model to start from, empty (default `blank`; not together with `example`)'),
  example: z
    .enum(EXAMPLE_MAP_KEYS)
    .optional()
    .describe(
      'an example map to start from: its phase model, phases and cards (GET /api/templates lists them)',
    ),
  language: z
    .enum(TEMPLATE_LANGUAGES)
    .default('en')
    .describe('the language of the new phase names and needs (and of the example cards)'),
  goal: shortText.optional().describe("default empty, or the example's goal"),
  scope: longText.optional().describe("default empty, or the example's scope"),
});

type CreateBody = z.infer<typeof createBody>;

/** The new map's phase model, goal, scope and content: an example's, or a phase model's empty columns. */
function startContent({ template, example, language, goal, scope }: CreateBody) {
  if (example && template) {
    const issue = {
      path: 'body.template',
      message: 'not together with example: an example brings its own phases',
    };
    throw new HttpError(400, 'validation', `${issue.path}: ${issue.message}`, { issues: [issue] });
  }
  if (example) {
    const { title: _title, ...start } = createExampleMap(example, language);
    return { ...start, goal: goal ?? start.goal, scope: scope ?? start.scope };
  }
  const model = template ?? 'blank';
  return {
    phaseModel: model,
    goal: goal ?? '',
    scope: scope ?? '',
    ...createJourneyContent(model, language),
  };
}

export function registerJourneyRoutes(api: Api, { store }: AppContext) {
  api.get(
    '/api/workspaces/:workspaceId/journeys',
    {
      schema: {
        tags: ['journeys'],
        summary: 'The journey maps of a workspace (summaries), optionally for one persona or state',
        params: workspaceParams,
        querystring: z.object({
          personaId: idSchema('persona').optional(),
          state: journeyStateSchema.optional(),
        }),
      },
    },
    async (request) => {
      const { workspaceId } = request.params;
      await authorizeWorkspace(store, request.principal, workspaceId, 'read');
      return { journeys: await store.journeys.list(workspaceId, definedOnly(request.query)) };
    },
  );

  api.post(
    '/api/workspaces/:workspaceId/journeys',
    {
      schema: {
        tags: ['journeys'],
        summary:
          'Create a journey map from a phase-model template (empty) or from an example map (filled) (editor)',
        params: workspaceParams,
        body: createBody,
      },
    },
    async (request, reply) => {
      const { workspaceId } = request.params;
      await authorizeWorkspace(store, request.principal, workspaceId, 'edit');
      const { template: _t, example: _e, language: _l, goal: _g, scope: _s, ...meta } = request.body;
      const start = startContent(request.body);
      await checkMetaReferences(store, workspaceId, { ...meta, counterpartId: null });
      await checkDatasetLink(store, workspaceId, meta);
      const journey = await store.journeys.create(workspaceId, { ...meta, counterpartId: null, ...start });
      return reply.code(201).send({ journey });
    },
  );

  api.get(
    '/api/workspaces/:workspaceId/journeys/:journeyId',
    {
      schema: { tags: ['journeys'], summary: 'One journey map with all its content', params: journeyParams },
    },
    async (request) => {
      const { workspaceId, journeyId } = request.params;
      await authorizeWorkspace(store, request.principal, workspaceId, 'read');
      const journey = await store.journeys.get(workspaceId, journeyId);
      if (!journey) throw notFound('journey');
      return { journey };
    },
  );

  api.patch(
    '/api/workspaces/:workspaceId/journeys/:journeyId',
    {
      schema: {
        tags: ['journeys'],
        summary:
          'Change title, goal, scope, personas or state, or link the map to a dataset of the workspace (`datasetId`, `null` unlinks; `datasetFilter` its standing filter) (editor); send the version you edited',
        params: journeyParams,
        body: patchSchema(journeyMetaSchema).extend({ version: versionField }),
      },
    },
    async (request) => {
      const { workspaceId, journeyId } = request.params;
      await authorizeWorkspace(store, request.principal, workspaceId, 'edit');
      const { version, ...patch } = request.body;
      // Unlinking takes the link's standing filter with it, unless the same edit says otherwise.
      const unlink = patch.datasetId === null && patch.datasetFilter === undefined;
      const journey = await mutateJourney(store, workspaceId, journeyId, version, (current) => ({
        ...editableParts(current),
        ...definedOnly(patch),
        ...(unlink ? { datasetFilter: null } : {}),
      }));
      return { journey };
    },
  );

  api.put(
    '/api/workspaces/:workspaceId/journeys/:journeyId',
    {
      bodyLimit: IMPORT_BODY_LIMIT_BYTES,
      schema: {
        tags: ['journeys'],
        summary:
          'Replace a whole map (meta and content), as the editor autosaves it (editor); send the version you edited',
        params: journeyParams,
        body: journeyMetaSchema.extend(journeyContentSchema.shape).extend({ version: versionField }),
      },
    },
    async (request) => {
      const { workspaceId, journeyId } = request.params;
      await authorizeWorkspace(store, request.principal, workspaceId, 'edit');
      const { version, ...next } = request.body;
      const journey = await mutateJourney(store, workspaceId, journeyId, version, () => next);
      return { journey };
    },
  );

  api.delete(
    '/api/workspaces/:workspaceId/journeys/:journeyId',
    {
      schema: {
        tags: ['journeys'],
        summary: 'Delete a journey map (editor); its counterpart stays, without the link',
        params: journeyParams,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      const { workspaceId, journeyId } = request.params;
      await authorizeWorkspace(store, request.principal, workspaceId, 'edit');
      const deleted = await store.transaction(async (tx) => {
        const journey = await tx.journeys.get(workspaceId, journeyId);
        if (!journey) return false;
        if (journey.counterpartId) {
          await rewriteJourney(tx, workspaceId, journey.counterpartId, (other) =>
            other.counterpartId === journeyId ? { ...editableParts(other), counterpartId: null } : null,
          );
        }
        return tx.journeys.delete(workspaceId, journeyId);
      });
      if (!deleted) throw notFound('journey');
      return reply.code(204).send(null);
    },
  );

  api.post(
    '/api/workspaces/:workspaceId/journeys/:journeyId/duplicate',
    {
      schema: {
        tags: ['journeys'],
        summary: 'Copy a map with all its content (editor); the copy has no counterpart',
        params: journeyParams,
        body: z.object({ title: nameText.optional() }).default({}),
      },
    },
    async (request, reply) => {
      const { workspaceId, journeyId } = request.params;
      await authorizeWorkspace(store, request.principal, workspaceId, 'edit');
      const source = await store.journeys.get(workspaceId, journeyId);
      if (!source) throw notFound('journey');
      const title = request.body.title ?? clipText(`Copy of ${source.title}`, LIMITS.name);
      const journey = await store.journeys.create(workspaceId, {
        ...editableParts(source),
        title,
        counterpartId: null,
      });
      return reply.code(201).send({ journey });
    },
  );

  api.post(
    '/api/workspaces/:workspaceId/journeys/:journeyId/desired',
    {
      schema: {
        tags: ['journeys'],
        summary:
          'Create the desired version of a current map (editor): a copy in state "desired", linked both ways. Touchpoint ids are kept so the two can be compared card by card.',
        params: journeyParams,
        body: z.object({ version: versionField, title: nameText.optional() }),
      },
    },
    async (request, reply) => {
      const { workspaceId, journeyId } = request.params;
      await authorizeWorkspace(store, request.principal, workspaceId, 'edit');
      const result = await store.transaction(async (tx) => {
        const source = await tx.journeys.get(workspaceId, journeyId);
        if (!source) throw notFound('journey');
        if (source.version !== request.body.version) throw staleVersion(source, request.body.version);
        if (source.state !== 'current') throw badRequest('only a current map can get a desired version');
        if (source.counterpartId && (await tx.journeys.get(workspaceId, source.counterpartId))) {
          throw conflict('counterpart-exists', 'this map already has a desired version', {
            counterpartId: source.counterpartId,
          });
        }
        const desired = await tx.journeys.create(workspaceId, {
          ...editableParts(source),
          title: request.body.title ?? clipText(`${source.title} (desired)`, LIMITS.name),
          state: 'desired',
          counterpartId: source.id,
        });
        const updated = await tx.journeys.update(workspaceId, source.id, source.version, {
          ...editableParts(source),
          counterpartId: desired.id,
        });
        if (!updated.ok)
          throw updated.reason === 'conflict'
            ? staleVersion(updated.current, source.version)
            : notFound('journey');
        return { desired, current: updated.journey };
      });
      return reply.code(201).send({ journey: result.desired, current: result.current });
    },
  );
}
