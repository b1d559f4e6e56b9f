import type { AppContext } from '../app.js';
import { authorizeWorkspace } from '../auth/principal.js';
import { notFound } from '../http/errors.js';
import { journeyParams } from '../http/params.js';
import type { Api } from '../http/types.js';
import { answerPriorities } from '../priorities/answerPriorities.js';
import { measureIdeaFigures } from '../priorities/measureIdeaFigures.js';

/** The prioritisation view's data: a map's ideas scored on the workspace's criteria (docs/improvements.md). */
export function registerJourneyPriorityRoutes(api: Api, context: AppContext) {
  const { store } = context;
  api.get(
    '/api/workspaces/:workspaceId/journeys/:journeyId/priorities',
    {
      schema: {
        tags: ['journeys'],
        summary:
          'A map\'s ideas scored for "choose five": per idea and criterion the score (reach pre-filled from the linked data — the share of journeys reaching any of its touchpoints — and satisfaction from the NPS drivers, marked measured; typed scores marked estimated), the weighted score Σ wᵢ·sᵢ / Σ wᵢ, and the projects carrying it out',
        params: journeyParams,
      },
    },
    async (request) => {
      const { workspaceId, journeyId } = request.params;
      await authorizeWorkspace(store, request.principal, workspaceId, 'read');
      const journey = await store.journeys.get(workspaceId, journeyId);
      if (!journey) throw notFound('journey');
      const settings = await store.workspaceSettings.get(workspaceId);
      if (!settings) throw notFound('workspace');
      const measured = await measureIdeaFigures(context, journey, settings.criterionWeights.satisfaction > 0);
      const projects = await store.projects.list(workspaceId, { journeyId });
      return answerPriorities(journey, settings, measured, projects);
    },
  );
}
