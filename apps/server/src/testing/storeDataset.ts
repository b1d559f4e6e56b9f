import type { Store } from '@trailmap/db';
import { datasetMappingSchema, type Dataset, type WorkspaceId } from '@trailmap/domain';

/**
 * A ready dataset row without events, stored directly (no import): enough for what only needs the
 * dataset to exist — linking a map to it, deleting it.
 */
export async function storeDataset(
  store: Store,
  workspaceId: string,
  name = 'Shop events',
): Promise<Dataset> {
  const created = await store.datasets.create(workspaceId as WorkspaceId, {
    name,
    format: 'csv',
    mapping: datasetMappingSchema.parse({}),
    sizeBytes: 0,
    createdBy: null,
  });
  const ready = await store.datasets.finishImport(created.workspaceId, created.id, {
    events: 0,
    cases: 0,
    customers: 0,
    activities: 0,
    firstEventAt: null,
    lastEventAt: null,
    versions: 0,
  });
  if (!ready) throw new Error('the dataset was not stored');
  return ready;
}
