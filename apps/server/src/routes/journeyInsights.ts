import {
  analyseEmotionCurve,
  diffJourneys,
  findMoments,
  getChannelCoverage,
  idSchema,
} from '@trailmap/domain';
import type { AppContext } from '../app.js';
import { authorizeWorkspace } from '../auth/principal.js';
import { notFound } from '../http/errors.js';
import { journeyParams } from '../http/params.js';
import type { Api } from '../http/types.js';

export function registerJourneyInsightRoutes(api: Api, { store }: AppContext) {
  api.get(
    '/api/workspaces/:workspaceId/journeys/:journeyId/analysis',
    {
      schema: {
        tags: ['journeys'],
        summary:
          'WOW moments and pain points (expectation vs experience), the emotion curve (peaks, valleys, a warning when a desired map flattened it) and channel coverage per phase',
        params: journeyParams,
      },
    },
    async (request) => {
      const { workspaceId, journeyId } = request.params;
      await authorizeWorkspace(store, request.principal, workspaceId, 'read');
      const journey = await store.journeys.get(workspaceId, journeyId);
      if (!journey) throw notFound('journey');
      const current =
        journey.state === 'desired' && journey.counterpartId
          ? await store.journeys.get(workspaceId, journey.counterpartId)
          : null;
      return {
        moments: findMoments(journey),
        emotionCurve: analyseEmotionCurve(journey, current ?? undefined),
        channelCoverage: getChannelCoverage(journey),
      };
    },
  );

  api.get(
    '/api/workspaces/:workspaceId/journeys/:journeyId/compare/:otherId',
    {
      schema: {
        tags: ['journeys'],
        summary:
          'Compare two maps (current vs desired, then vs now): added, removed and changed touchpoints and the emotion change per phase, from this map to the other',
        params: journeyParams.extend({ otherId: idSchema('journey') }),
      },
    },
    async (request) => {
      const { workspaceId, journeyId, otherId } = request.params;
      await authorizeWorkspace(store, request.principal, workspaceId, 'read');
      const [before, after] = await Promise.all([
        store.journeys.get(workspaceId, journeyId),
        store.journeys.get(workspaceId, otherId),
      ]);
      if (!before || !after) throw notFound('journey');
      return {
        before: { id: before.id, title: before.title, state: before.state, version: before.version },
        after: { id: after.id, title: after.title, state: after.state, version: after.version },
        diff: diffJourneys(before, after),
      };
    },
  );
}
