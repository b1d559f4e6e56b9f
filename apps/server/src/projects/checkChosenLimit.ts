import type { Store } from '@trailmap/db';
import {
  CHOSEN_PROJECT_STATUSES,
  countsAsChosen,
  DEFAULT_CHOSEN_PROJECT_LIMIT,
  type JourneyId,
  type ProjectFields,
  type ProjectId,
  type WorkspaceId,
} from '@trailmap/domain';
import { conflict, notFound } from '../http/errors.js';

/**
 * "Choose five": a project that takes one of its journey's chosen places (status chosen or in progress)
 * while the journey already has the workspace's limit of such projects answers 409 `chosen-limit`, naming
 * the limit and the projects that hold the places. Call it in the transaction that writes: it locks the
 * journey first, so two writers cannot both take the last place. A project that already held a place on
 * the same journey (chosen → in progress) takes no new one; lowering the limit never undoes a choice.
 */
export async function checkChosenLimit(
  store: Store,
  workspaceId: WorkspaceId,
  next: Pick<ProjectFields, 'journeyId' | 'status'>,
  before?: { id: ProjectId; journeyId: JourneyId; status: ProjectFields['status'] },
): Promise<void> {
  if (!(await store.projects.lockJourney(workspaceId, next.journeyId))) throw notFound('journey');
  if (!countsAsChosen(next.status)) return;
  if (before && before.journeyId === next.journeyId && countsAsChosen(before.status)) return;
  const limit =
    (await store.workspaceSettings.get(workspaceId))?.chosenProjectLimit ?? DEFAULT_CHOSEN_PROJECT_LIMIT;
  const chosen = (
    await store.projects.list(workspaceId, { journeyId: next.journeyId, statuses: CHOSEN_PROJECT_STATUSES })
  ).filter((p) => p.id !== before?.id);
  if (chosen.length < limit) return;
  const titles = chosen.map((p) => `"${p.title}"`).join(', ');
  throw conflict(
    'chosen-limit',
    `this journey already has ${chosen.length} chosen or in-progress projects, the limit of this workspace is ${limit}: ${titles}. Finish or drop one of them first, or raise the limit in the workspace settings.`,
    { limit, chosen: chosen.map((p) => ({ id: p.id, title: p.title, status: p.status })) },
  );
}
