import type { Store } from '@trailmap/db';
import type { JourneyMap, ProjectFields, WorkspaceId } from '@trailmap/domain';
import { HttpError, notFound } from '../http/errors.js';

type References = Pick<ProjectFields, 'journeyId' | 'ideaIds' | 'ownerId'>;

/**
 * A project's journey must be of the workspace (else 404 `journey`); its ideas must be on that map and its
 * owner a member of the workspace (else 400 naming the field). For an edit, `before` is the stored
 * project: what it already holds on the same journey is not checked again, so a project whose idea was
 * since taken off the map can still be saved. Returns the journey.
 */
export async function checkProjectReferences(
  store: Store,
  workspaceId: WorkspaceId,
  next: References,
  before?: References,
): Promise<JourneyMap> {
  const journey = await store.journeys.get(workspaceId, next.journeyId);
  if (!journey) throw notFound('journey');
  const issues: { path: string; message: string }[] = [];
  const held = new Set<string>(before?.journeyId === next.journeyId ? before.ideaIds : []);
  const onMap = new Set<string>(journey.ideas.map((idea) => idea.id));
  next.ideaIds.forEach((id, i) => {
    if (!held.has(id) && !onMap.has(id))
      issues.push({ path: `body.ideaIds.${i}`, message: `no idea ${id} on the project's journey` });
  });
  if (next.ownerId && next.ownerId !== before?.ownerId) {
    if (!(await store.memberships.get(workspaceId, next.ownerId)))
      issues.push({ path: 'body.ownerId', message: `no member ${next.ownerId} in this workspace` });
  }
  if (issues.length > 0)
    throw new HttpError(400, 'validation', issues.map((i) => `${i.path}: ${i.message}`).join('; '), {
      issues,
    });
  return journey;
}
