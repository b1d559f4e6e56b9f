import { apiKeyScopeSchema, nameText } from '@trailmap/domain';
import { z } from 'zod';
import type { AppContext } from '../app.js';
import { authorizeWorkspace, requireUser } from '../auth/principal.js';
import { createApiKeySecret, hashSecret } from '../auth/tokens.js';
import { notFound } from '../http/errors.js';
import { apiKeyParams, workspaceParams } from '../http/params.js';
import type { Api } from '../http/types.js';

const apiKeyView = z.object({
  id: z.string(),
  name: z.string(),
  scope: apiKeyScopeSchema,
  prefix: z.string(),
  createdBy: z.string(),
  createdAt: z.string(),
  lastUsedAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
});

export function registerApiKeyRoutes(api: Api, { store }: AppContext) {
  api.get(
    '/api/workspaces/:workspaceId/api-keys',
    {
      schema: {
        tags: ['api keys'],
        summary: 'The workspace API keys (owner); secrets are never shown again',
        params: workspaceParams,
        response: { 200: z.object({ apiKeys: z.array(apiKeyView) }) },
      },
    },
    async (request) => {
      await authorizeWorkspace(store, request.principal, request.params.workspaceId, 'own');
      return { apiKeys: await store.apiKeys.list(request.params.workspaceId) };
    },
  );

  api.post(
    '/api/workspaces/:workspaceId/api-keys',
    {
      schema: {
        tags: ['api keys'],
        summary: 'Create an API key (owner). The key is in the response once; only its hash is kept.',
        params: workspaceParams,
        body: z.object({ name: nameText, scope: apiKeyScopeSchema }),
        response: { 201: z.object({ apiKey: apiKeyView, key: z.string() }) },
      },
    },
    async (request, reply) => {
      const { workspaceId } = request.params;
      await authorizeWorkspace(store, request.principal, workspaceId, 'own');
      const { user } = requireUser(request.principal);
      const { key, prefix } = createApiKeySecret();
      const apiKey = await store.apiKeys.create({
        workspaceId,
        name: request.body.name,
        scope: request.body.scope,
        prefix,
        secretHash: hashSecret(key),
        createdBy: user.id,
      });
      return reply.code(201).send({ apiKey, key });
    },
  );

  api.delete(
    '/api/workspaces/:workspaceId/api-keys/:keyId',
    {
      schema: {
        tags: ['api keys'],
        summary: 'Revoke an API key (owner); it stops working at once',
        params: apiKeyParams,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      const { workspaceId, keyId } = request.params;
      await authorizeWorkspace(store, request.principal, workspaceId, 'own');
      if (!(await store.apiKeys.revoke(workspaceId, keyId))) throw notFound('API key');
      return reply.code(204).send(null);
    },
  );
}
