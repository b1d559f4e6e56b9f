import type { Store } from '@trailmap/db';
import type { KpiScope, WorkspaceId } from '@trailmap/domain';
import { notFound } from '../http/errors.js';

/**
 * Everything a KPI's scope names must be of the workspace: the dataset, the journey, the persona (else
 * 404 naming the kind, as for any object the workspace does not have), and its touchpoints must be on the
 * scope's journey (else 404 `touchpoint`).
 */
export async function checkKpiScope(store: Store, workspaceId: WorkspaceId, scope: KpiScope): Promise<void> {
  if (!(await store.datasets.get(workspaceId, scope.datasetId))) throw notFound('dataset');
  if (scope.journeyId) {
    const journey = await store.journeys.get(workspaceId, scope.journeyId);
    if (!journey) throw notFound('journey');
    const touchpoints = new Set<string>(journey.touchpoints.map((t) => t.id));
    for (const id of [scope.touchpointId, scope.toTouchpointId]) {
      if (id && !touchpoints.has(id)) throw notFound('touchpoint');
    }
  }
  if (scope.personaId && !(await store.personas.get(workspaceId, scope.personaId))) throw notFound('persona');
}
