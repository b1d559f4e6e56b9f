import type { Store } from '@trailmap/db';
import type { JourneyMap, JourneyMeta, WorkspaceId } from '@trailmap/domain';
import { HttpError } from '../http/errors.js';

/** The personas and counterpart a map names must be of the same workspace (else 400, naming the field). */
export async function checkMetaReferences(
  store: Store,
  workspaceId: WorkspaceId,
  meta: Pick<JourneyMeta, 'personaIds' | 'counterpartId'>,
  selfId?: JourneyMap['id'],
): Promise<void> {
  const issues: { path: string; message: string }[] = [];
  if (meta.personaIds.length > 0) {
    const known = new Set<string>((await store.personas.list(workspaceId)).map((p) => p.id));
    meta.personaIds.forEach((id, i) => {
      if (!known.has(id))
        issues.push({ path: `body.personaIds.${i}`, message: `no persona ${id} in this workspace` });
    });
  }
  if (meta.counterpartId) {
    if (meta.counterpartId === selfId) {
      issues.push({ path: 'body.counterpartId', message: 'a map cannot be its own counterpart' });
    } else if (!(await store.journeys.get(workspaceId, meta.counterpartId))) {
      issues.push({
        path: 'body.counterpartId',
        message: `no journey ${meta.counterpartId} in this workspace`,
      });
    }
  }
  if (issues.length > 0) {
    throw new HttpError(400, 'validation', issues.map((i) => `${i.path}: ${i.message}`).join('; '), {
      issues,
    });
  }
}
