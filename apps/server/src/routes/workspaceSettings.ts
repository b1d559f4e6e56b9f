import { IDEA_CRITERIA, workspaceSettingsPatchSchema } from '@trailmap/domain';
import type { AppContext } from '../app.js';
import { authorizeWorkspace } from '../auth/principal.js';
import { HttpError, notFound } from '../http/errors.js';
import { workspaceParams } from '../http/params.js';
import type { Api } from '../http/types.js';

export function registerWorkspaceSettingsRoutes(api: Api, { store }: AppContext) {
  api.get(
    '/api/workspaces/:workspaceId/settings',
    {
      schema: {
        tags: ['workspaces'],
        summary: "The workspace's settings (the chosen-project limit, the ideas' criterion weights)",
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
          'Change the workspace settings (owner): chosenProjectLimit, chosen or in-progress projects per journey (1–50); criterionWeights, the ideas’ criteria weights (0–10 in steps of 0.5; those named change, at least one stays above 0)',
        params: workspaceParams,
        body: workspaceSettingsPatchSchema,
      },
    },
    async (request) => {
      const { workspaceId } = request.params;
      await authorizeWorkspace(store, request.principal, workspaceId, 'own');
      const patch = request.body;
      if (patch.criterionWeights) {
        const current = await store.workspaceSettings.get(workspaceId);
        if (!current) throw notFound('workspace');
        const merged = { ...current.criterionWeights, ...patch.criterionWeights };
        if (!IDEA_CRITERIA.some((c) => (merged[c] ?? 0) > 0)) {
          const message = 'at least one criterion needs a weight above 0';
          throw new HttpError(400, 'validation', `body.criterionWeights: ${message}`, {
            issues: [{ path: 'body.criterionWeights', message }],
          });
        }
      }
      const settings = await store.workspaceSettings.update(workspaceId, {
        ...(patch.chosenProjectLimit !== undefined ? { chosenProjectLimit: patch.chosenProjectLimit } : {}),
        ...(patch.criterionWeights ? { criterionWeights: patch.criterionWeights } : {}),
      });
      if (!settings) throw notFound('workspace');
      return { settings };
    },
  );
}
