import type { Store } from '@trailmap/db';
import type { JourneyMap, JourneyMeta, WorkspaceId } from '@trailmap/domain';
import { HttpError } from '../http/errors.js';

type MetaReferences = Pick<JourneyMeta, 'personaIds' | 'counterpartId'>;

/**
 * The personas and counterpart a map names must be of the same workspace (else 400, naming the field).
 * For an edit, `before` is the stored map: a reference it already holds is not checked again, so a map
 * that lost a persona some other way can still be saved, while an edit can never add a dangling one.
 */
export async function checkMetaReferences(
  store: Store,
  workspaceId: WorkspaceId,
  meta: MetaReferences,
  { selfId, before }: { selfId?: JourneyMap['id']; before?: MetaReferences } = {},
): Promise<void> {
  const issues: { path: string; message: string }[] = [];
  const held = new Set<string>(before?.personaIds ?? []);
  const added = meta.personaIds.map((id, i) => ({ id, i })).filter(({ id }) => !held.has(id));
  if (added.length > 0) {
    const known = new Set<string>((await store.personas.list(workspaceId)).map((p) => p.id));
    for (const { id, i } of added) {
      if (!known.has(id))
        issues.push({ path: `body.personaIds.${i}`, message: `no persona ${id} in this workspace` });
    }
  }
  if (meta.counterpartId && meta.counterpartId !== before?.counterpartId) {
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
