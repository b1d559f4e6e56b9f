import type { Store } from '@trailmap/db';
import type { JourneyMap, JourneyMeta, WorkspaceId } from '@trailmap/domain';
import { HttpError, notFound } from '../http/errors.js';

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

type DataLink = Pick<JourneyMeta, 'datasetId' | 'datasetFilter'>;

/**
 * The dataset a map links to must be of the same workspace (else 404 `dataset`, as for any object the
 * workspace does not have); a standing filter needs a link and a time range that ends after it starts
 * (else 400 naming the field under `at`). For an edit, a link the stored map already holds is not
 * checked again.
 */
export async function checkDatasetLink(
  store: Store,
  workspaceId: WorkspaceId,
  link: DataLink,
  { before, at = 'body' }: { before?: DataLink; at?: string } = {},
): Promise<void> {
  const filter = link.datasetFilter;
  const issues: { path: string; message: string }[] = [];
  if (filter && link.datasetId === null)
    issues.push({
      path: `${at}.datasetFilter`,
      message: 'a standing filter needs a linked dataset (datasetId)',
    });
  if (filter?.from && filter.to && Date.parse(filter.from) >= Date.parse(filter.to))
    issues.push({ path: `${at}.datasetFilter.to`, message: 'must be after from' });
  if (issues.length > 0) {
    throw new HttpError(400, 'validation', issues.map((i) => `${i.path}: ${i.message}`).join('; '), {
      issues,
    });
  }
  if (link.datasetId && link.datasetId !== before?.datasetId) {
    if (!(await store.datasets.get(workspaceId, link.datasetId))) throw notFound('dataset');
  }
}
