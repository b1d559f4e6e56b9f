import { openWorkspaceEvents, type EventStore, type ImportProgress } from '@trailmap/analytics';
import type { Store } from '@trailmap/db';
import type { DatasetFormat, DatasetId, DatasetMapping, WorkspaceId } from '@trailmap/domain';
import type { FastifyBaseLogger } from 'fastify';
import { discardUpload, type ReceivedUpload } from './receiveUpload.js';
import { toImportProblem } from './toImportProblem.js';

/** One file to import into a dataset, queued. */
export interface DatasetImportJob {
  workspaceId: WorkspaceId;
  datasetId: DatasetId;
  upload: ReceivedUpload;
  format: DatasetFormat;
  mapping: DatasetMapping;
}

export interface DatasetImports {
  /** Queues an import; it runs after the ones before it, whoever waits for the answer. */
  enqueue(job: DatasetImportJob): void;
  /** Imports of the workspace that are queued or running. */
  pendingFor(workspaceId: WorkspaceId): number;
  /** Resolves when every queued import has ended (tests, shutdown). */
  idle(): Promise<void>;
}

/** How often a running import writes its progress to the workspace store. */
const PROGRESS_INTERVAL_MS = 500;

/**
 * Runs dataset imports in the background, one at a time (the event store writes one import at a time):
 * progress goes to the dataset's row while it runs; at the end the dataset is `ready` with its figures,
 * or keeps its earlier versions (`failed` when it has none) with the file, line, column and reason of
 * what went wrong. The uploaded file is removed either way. Nothing of it blocks the request that queued it.
 */
export function createDatasetImports(
  store: Store,
  events: EventStore,
  log: FastifyBaseLogger,
): DatasetImports {
  const pending = new Map<WorkspaceId, number>();
  let chain: Promise<void> = Promise.resolve();

  async function run(job: DatasetImportJob): Promise<void> {
    const { workspaceId, datasetId, upload } = job;
    const workspace = openWorkspaceEvents(events, workspaceId);
    let lastWrite = 0;
    const onProgress = (progress: ImportProgress) => {
      const now = Date.now();
      if (now - lastWrite < PROGRESS_INTERVAL_MS || !progress.bytesTotal) return;
      lastWrite = now;
      const share = Math.min(0.99, progress.bytesRead / progress.bytesTotal);
      void store.datasets.setProgress(workspaceId, datasetId, share).catch(() => undefined);
    };
    try {
      const before = await store.datasets.get(workspaceId, datasetId);
      const imported = await workspace.importFile(
        datasetId,
        { path: upload.path, fileName: upload.fileName, format: job.format, mapping: job.mapping },
        onProgress,
      );
      const figures = await workspace.summarise(datasetId);
      const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());
      await store.datasets.finishImport(workspaceId, datasetId, {
        events: figures.events,
        cases: figures.cases,
        customers: figures.customers,
        activities: figures.activities,
        firstEventAt: iso(figures.firstTimestampMs),
        lastEventAt: iso(figures.lastTimestampMs),
        versions: figures.versions,
        fileName: upload.fileName,
        imported: {
          caseNotion: imported.caseNotion,
          eventsWithoutCase: (before?.imported?.eventsWithoutCase ?? 0) + imported.eventsWithoutCase,
        },
      });
    } catch (error) {
      const problem = toImportProblem(error);
      if (problem.reason === 'server error') log.error({ err: error, datasetId }, 'dataset import failed');
      await store.datasets
        .failImport(workspaceId, datasetId, problem, { sizeBytes: upload.sizeBytes })
        .catch((err: unknown) => {
          log.error({ err, datasetId }, 'could not record a failed import');
        });
    } finally {
      discardUpload(upload);
    }
  }

  return {
    enqueue(job) {
      pending.set(job.workspaceId, (pending.get(job.workspaceId) ?? 0) + 1);
      chain = chain
        .then(() => run(job))
        .finally(() => {
          const left = (pending.get(job.workspaceId) ?? 1) - 1;
          if (left > 0) pending.set(job.workspaceId, left);
          else pending.delete(job.workspaceId);
        });
    },
    pendingFor: (workspaceId) => pending.get(workspaceId) ?? 0,
    idle: () => chain,
  };
}
