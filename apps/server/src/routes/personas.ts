import { personaFieldsSchema, type PersonaFields } from '@trailmap/domain';
import { z } from 'zod';
import type { AppContext } from '../app.js';
import { authorizeWorkspace } from '../auth/principal.js';
import { notFound } from '../http/errors.js';
import { definedOnly, patchSchema } from '../http/patchSchema.js';
import { personaParams, workspaceParams } from '../http/params.js';
import type { Api } from '../http/types.js';
import { editableParts } from '../journeys/mutateJourney.js';
import { rewriteJourney } from '../journeys/rewriteJourney.js';

export function registerPersonaRoutes(api: Api, { store }: AppContext) {
  api.get(
    '/api/workspaces/:workspaceId/personas',
    { schema: { tags: ['personas'], summary: 'The personas of a workspace', params: workspaceParams } },
    async (request) => {
      await authorizeWorkspace(store, request.principal, request.params.workspaceId, 'read');
      return { personas: await store.personas.list(request.params.workspaceId) };
    },
  );

  api.post(
    '/api/workspaces/:workspaceId/personas',
    {
      schema: {
        tags: ['personas'],
        summary: 'Create a persona (editor)',
        params: workspaceParams,
        body: personaFieldsSchema,
      },
    },
    async (request, reply) => {
      await authorizeWorkspace(store, request.principal, request.params.workspaceId, 'edit');
      const persona = await store.personas.create(request.params.workspaceId, request.body);
      return reply.code(201).send({ persona });
    },
  );

  api.get(
    '/api/workspaces/:workspaceId/personas/:personaId',
    { schema: { tags: ['personas'], summary: 'One persona', params: personaParams } },
    async (request) => {
      const { workspaceId, personaId } = request.params;
      await authorizeWorkspace(store, request.principal, workspaceId, 'read');
      const persona = await store.personas.get(workspaceId, personaId);
      if (!persona) throw notFound('persona');
      return { persona };
    },
  );

  api.patch(
    '/api/workspaces/:workspaceId/personas/:personaId',
    {
      schema: {
        tags: ['personas'],
        summary: 'Change some fields of a persona (editor)',
        params: personaParams,
        body: patchSchema(personaFieldsSchema),
      },
    },
    async (request) => {
      const { workspaceId, personaId } = request.params;
      await authorizeWorkspace(store, request.principal, workspaceId, 'edit');
      const current = await store.personas.get(workspaceId, personaId);
      if (!current) throw notFound('persona');
      const fields: PersonaFields = { ...pickFields(current), ...definedOnly(request.body) };
      const persona = await store.personas.update(workspaceId, personaId, personaFieldsSchema.parse(fields));
      if (!persona) throw notFound('persona');
      return { persona };
    },
  );

  api.delete(
    '/api/workspaces/:workspaceId/personas/:personaId',
    {
      schema: {
        tags: ['personas'],
        summary: 'Delete a persona (editor); maps that listed it no longer do',
        params: personaParams,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      const { workspaceId, personaId } = request.params;
      await authorizeWorkspace(store, request.principal, workspaceId, 'edit');
      const deleted = await store.transaction(async (tx) => {
        for (const summary of await tx.journeys.list(workspaceId, { personaId })) {
          await rewriteJourney(tx, workspaceId, summary.id, (journey) => ({
            ...editableParts(journey),
            personaIds: journey.personaIds.filter((p) => p !== personaId),
          }));
        }
        return tx.personas.delete(workspaceId, personaId);
      });
      if (!deleted) throw notFound('persona');
      return reply.code(204).send(null);
    },
  );
}

function pickFields(p: PersonaFields): PersonaFields {
  const { name, description, goals, needs, frustrations, quote, pictureUrl, segmentRule } = p;
  return { name, description, goals, needs, frustrations, quote, pictureUrl, segmentRule };
}
