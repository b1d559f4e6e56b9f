import type { EventFilter, QueryScope } from '../queries/EventFilter.js';
import type { ProgressListener } from '../import/types.js';
import { getLatestVersion, listDatasetVersions, type DatasetVersion } from '../store/listDatasetVersions.js';
import type { EventStore } from '../store/openEventStore.js';
import { toDatasetKey, toWorkspacePrefix } from './datasetKey.js';
import { deleteDatasetEvents } from './deleteDatasetEvents.js';
import type { DatasetFormat, DatasetMapping } from '@trailmap/domain';
import { importLog, type ImportedLog } from '../mine/importLog.js';
import { toMineInput } from './toMineInput.js';
import { previewDatasetFile, type DatasetPreview } from './previewDatasetFile.js';
import { summariseDataset, type DatasetFigures } from './summariseDataset.js';

/** A query of the engine: `(store, scope, filter)` and whatever else it takes. */
export type ScopedQuery<R> = (store: EventStore, scope: QueryScope, filter: EventFilter) => Promise<R>;

/**
 * One workspace's view of the event store: every call names a dataset of this workspace by its id, and
 * the store key it reaches is made here from the workspace id, so no call can read or change another
 * workspace's events — whatever id it is given (another workspace's dataset id reads as empty).
 */
export interface WorkspaceEvents {
  readonly workspaceId: string;
  /**
   * Imports a file into the dataset as a new version, read as the mapping says (the same import as
   * `trailmap mine`); returns what the store does not keep (format, case notion, events without a case).
   */
  importFile(datasetId: string, input: DatasetFileInput, onProgress?: ProgressListener): Promise<ImportedLog>;
  /** Deletes every event of the dataset; returns how many there were. */
  deleteDataset(datasetId: string): Promise<number>;
  /** Deletes the events of every dataset of the workspace (when the workspace goes); returns how many. */
  deleteAllDatasets(): Promise<number>;
  summarise(datasetId: string): Promise<DatasetFigures>;
  versions(datasetId: string): Promise<DatasetVersion[]>;
  latestVersion(datasetId: string): Promise<number | null>;
  /** Runs an engine query on the dataset (its latest version unless `version` is given). */
  query<R>(datasetId: string, run: ScopedQuery<R>, filter?: EventFilter, version?: number): Promise<R>;
  /** Reads the start of a file for the mapping step (nothing is imported). */
  preview(input: Omit<DatasetFileInput, 'mapping'>): Promise<DatasetPreview>;
}

/** A file to import into a dataset; its name (the upload's) is the one import errors name. */
export interface DatasetFileInput {
  path: string;
  fileName: string;
  format: DatasetFormat;
  mapping: DatasetMapping;
}

export function openWorkspaceEvents(store: EventStore, workspaceId: string): WorkspaceEvents {
  const key = (datasetId: string) => toDatasetKey(workspaceId, datasetId);
  return {
    workspaceId,
    importFile: (datasetId, input, onProgress) =>
      importLog(store, key(datasetId), toMineInput(input.path, input.mapping), input.format, onProgress),
    deleteDataset: (datasetId) => deleteDatasetEvents(store, key(datasetId)),
    deleteAllDatasets: () => deleteDatasetEvents(store, toWorkspacePrefix(workspaceId), true),
    summarise: (datasetId) => summariseDataset(store, key(datasetId)),
    versions: (datasetId) => listDatasetVersions(store, key(datasetId)),
    latestVersion: (datasetId) => getLatestVersion(store, key(datasetId)),
    query: (datasetId, run, filter = {}, version) =>
      run(store, { dataset: key(datasetId), ...(version !== undefined ? { version } : {}) }, filter),
    preview: (input) => previewDatasetFile(store, input),
  };
}
