import { workspaceSettingsSchema } from '@trailmap/domain';
import type { AppContext } from '../app.js';
import { authorizeWorkspace } from '../auth/principal.js';
import { notFound } from '../http/errors.js';
import { workspaceParams } from '../http/params.js';
import { definedOnly, patchSchema } from '../http/patchSchema.js';
import type { Api } from '../http/types.js';

export function registerWorkspaceSettingsRoutes(api: Api, { store }: AppContext) {
  api.get(
    '/api/workspaces/:workspaceId/settings',
    {
      schema: {
        tags: ['workspaces'],
        summary: "The workspace's settings (the chosen-project limit)",
        params: workspaceParams,
      },
    },
    async (request) => {
      const { workspaceId } = request.params;
      await authorizeWorkspace(store, request.principal, workspaceId, 'read');
      const settings = await store.workspaceSettings.get(workspaceId);
      if (!settings) throw notFound('workspace');
      return { settings };
    },
  );

  api.patch(
    '/api/workspaces/:workspaceId/settings',
    {
      schema: {
        tags: ['workspaces'],
        summary:
          'Change the workspace settings (owner): chosenProjectLimit, chosen or in-progress projects per journey (1–50)',
        params: workspaceParams,
        body: patchSchema(workspaceSettingsSchema).strict(),
      },
    },
    async (request) => {
      const { workspaceId } = request.params;
      await authorizeWorkspace(store, request.principal, workspaceId, 'own');
      const settings = await store.workspaceSettings.update(workspaceId, definedOnly(request.body));
      if (!settings) throw notFound('workspace');
      return { settings };
    },
  );
}
