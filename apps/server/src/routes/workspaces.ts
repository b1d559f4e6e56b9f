import { openWorkspaceEvents } from '@trailmap/analytics';
import { nameText, roleSchema } from '@trailmap/domain';
import { z } from 'zod';
import type { AppContext } from '../app.js';
import { authorizeWorkspace, requireUser } from '../auth/principal.js';
import { conflict, notFound, unauthorized } from '../http/errors.js';
import { workspaceParams } from '../http/params.js';
import type { Api } from '../http/types.js';

const workspaceView = z.object({ id: z.string(), name: z.string(), createdAt: z.string(), role: roleSchema });

export function registerWorkspaceRoutes(api: Api, { store, datasets }: AppContext) {
  api.get(
    '/api/workspaces',
    {
      schema: {
        tags: ['workspaces'],
        summary: "The caller's workspaces with the caller's role (for an API key: its one workspace)",
        response: { 200: z.object({ workspaces: z.array(workspaceView) }) },
      },
    },
    async (request) => {
      const principal = request.principal;
      if (!principal) throw unauthorized();
      if (principal.kind === 'apiKey') {
        const workspace = await store.workspaces.get(principal.key.workspaceId);
        const role = principal.key.scope === 'write' ? ('editor' as const) : ('viewer' as const);
        return { workspaces: workspace ? [{ ...workspace, role }] : [] };
      }
      return { workspaces: await store.workspaces.listForUser(principal.user.id) };
    },
  );

  api.post(
    '/api/workspaces',
    {
      schema: {
        tags: ['workspaces'],
        summary: 'Create a workspace; the caller owns it',
        body: z.object({ name: nameText }),
        response: { 201: z.object({ workspace: workspaceView }) },
      },
    },
    async (request, reply) => {
      const { user } = requireUser(request.principal);
      const workspace = await store.transaction(async (tx) => {
        const created = await tx.workspaces.create({ name: request.body.name });
        await tx.memberships.add(created.id, user.id, 'owner');
        return created;
      });
      return reply.code(201).send({ workspace: { ...workspace, role: 'owner' as const } });
    },
  );

  api.get(
    '/api/workspaces/:workspaceId',
    {
      schema: {
        tags: ['workspaces'],
        summary: 'One workspace',
        params: workspaceParams,
        response: { 200: z.object({ workspace: workspaceView }) },
      },
    },
    async (request) => {
      const role = await authorizeWorkspace(store, request.principal, request.params.workspaceId, 'read');
      const workspace = await store.workspaces.get(request.params.workspaceId);
      if (!workspace) throw notFound('workspace');
      return { workspace: { ...workspace, role } };
    },
  );

  api.patch(
    '/api/workspaces/:workspaceId',
    {
      schema: {
        tags: ['workspaces'],
        summary: 'Rename a workspace (owner)',
        params: workspaceParams,
        body: z.object({ name: nameText }),
        response: { 200: z.object({ workspace: workspaceView }) },
      },
    },
    async (request) => {
      const role = await authorizeWorkspace(store, request.principal, request.params.workspaceId, 'own');
      const workspace = await store.workspaces.rename(request.params.workspaceId, request.body.name);
      if (!workspace) throw notFound('workspace');
      return { workspace: { ...workspace, role } };
    },
  );

  api.delete(
    '/api/workspaces/:workspaceId',
    {
      schema: {
        tags: ['workspaces'],
        summary:
          'Delete a workspace and everything in it, the events of its datasets too (owner); 409 while an import runs',
        params: workspaceParams,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      const { workspaceId } = request.params;
      await authorizeWorkspace(store, request.principal, workspaceId, 'own');
      if ((await store.datasets.list(workspaceId)).some((d) => d.status === 'importing'))
        throw conflict('importing', 'an import into this workspace is running; wait until it ends');
      await openWorkspaceEvents(datasets.events, workspaceId).deleteAllDatasets();
      await store.workspaces.delete(workspaceId);
      return reply.code(204).send(null);
    },
  );
}
