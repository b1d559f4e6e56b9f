import { and, desc, eq, sql } from 'drizzle-orm';
import type { PgUpdateSetSource } from 'drizzle-orm/pg-core';
import {
  createId,
  datasetMappingSchema,
  type Dataset,
  type DatasetId,
  type UserId,
  type WorkspaceId,
} from '@trailmap/domain';
import { toIso, toIsoOrNull, type Database } from '../database.js';
import { datasets } from '../schema.js';
import type { DatasetsRepository } from '../types.js';

type DatasetRow = typeof datasets.$inferSelect;

function toDataset(row: DatasetRow): Dataset {
  return {
    id: row.id as DatasetId,
    workspaceId: row.workspaceId as WorkspaceId,
    name: row.name,
    status: row.status,
    progress: row.progress,
    error: row.error ?? null,
    format: row.format,
    mapping: datasetMappingSchema.parse(row.mapping),
    fileName: row.fileName ?? null,
    imported: row.imported ?? null,
    events: row.events,
    cases: row.cases,
    customers: row.customers,
    activities: row.activities,
    firstEventAt: toIsoOrNull(row.firstEventAt),
    lastEventAt: toIsoOrNull(row.lastEventAt),
    versions: row.versions,
    sizeBytes: row.sizeBytes,
    createdBy: (row.createdBy as UserId | null) ?? null,
    createdAt: toIso(row.createdAt),
    updatedAt: toIso(row.updatedAt),
  };
}

export function createDatasetsRepository(db: Database): DatasetsRepository {
  const byKey = (workspaceId: WorkspaceId, id: DatasetId) =>
    and(eq(datasets.workspaceId, workspaceId), eq(datasets.id, id));
  const update = async (
    workspaceId: WorkspaceId,
    id: DatasetId,
    set: PgUpdateSetSource<typeof datasets>,
  ): Promise<Dataset | null> => {
    const [row] = await db
      .update(datasets)
      .set({ ...set, updatedAt: new Date() })
      .where(byKey(workspaceId, id))
      .returning();
    return row ? toDataset(row) : null;
  };
  return {
    async create(workspaceId, input) {
      const now = new Date();
      const [row] = await db
        .insert(datasets)
        .values({
          id: input.id ?? createId('dataset'),
          workspaceId,
          name: input.name,
          status: 'importing',
          progress: 0,
          error: null,
          format: input.format,
          mapping: input.mapping,
          fileName: input.fileName ?? null,
          sizeBytes: input.sizeBytes,
          createdBy: input.createdBy,
          createdAt: now,
          updatedAt: now,
        })
        .returning();
      if (!row) throw new Error('dataset insert returned no row');
      return toDataset(row);
    },
    async get(workspaceId, id) {
      const [row] = await db.select().from(datasets).where(byKey(workspaceId, id));
      return row ? toDataset(row) : null;
    },
    async list(workspaceId) {
      const rows = await db
        .select()
        .from(datasets)
        .where(eq(datasets.workspaceId, workspaceId))
        .orderBy(desc(datasets.createdAt), desc(datasets.id));
      return rows.map(toDataset);
    },
    rename(workspaceId, id, name) {
      return update(workspaceId, id, { name });
    },
    startImport(workspaceId, id, input) {
      return update(workspaceId, id, {
        status: 'importing',
        progress: 0,
        error: null,
        sizeBytes: sql`${datasets.sizeBytes} + ${input.sizeBytes}`,
      });
    },
    async setProgress(workspaceId, id, progress) {
      await db
        .update(datasets)
        .set({ progress })
        .where(and(byKey(workspaceId, id), eq(datasets.status, 'importing')));
    },
    finishImport(workspaceId, id, summary) {
      return update(workspaceId, id, {
        status: 'ready',
        progress: null,
        error: null,
        events: summary.events,
        cases: summary.cases,
        customers: summary.customers,
        activities: summary.activities,
        firstEventAt: summary.firstEventAt ? new Date(summary.firstEventAt) : null,
        lastEventAt: summary.lastEventAt ? new Date(summary.lastEventAt) : null,
        versions: summary.versions,
        ...(summary.fileName !== undefined ? { fileName: summary.fileName } : {}),
        ...(summary.imported !== undefined ? { imported: summary.imported } : {}),
      });
    },
    failImport(workspaceId, id, error, upload) {
      // A dataset that holds events stays explorable (its earlier versions); a first import that failed
      // leaves a dataset without events, marked failed, whose error the app shows.
      return update(workspaceId, id, {
        status: sql`CASE WHEN ${datasets.versions} > 0 THEN 'ready' ELSE 'failed' END`,
        progress: null,
        error,
        sizeBytes: sql`greatest(0, ${datasets.sizeBytes} - ${upload?.sizeBytes ?? 0})`,
      });
    },
    async delete(workspaceId, id) {
      const deleted = await db.delete(datasets).where(byKey(workspaceId, id)).returning({ id: datasets.id });
      return deleted.length > 0;
    },
    async failInterrupted(error) {
      const rows = await db
        .update(datasets)
        .set({
          status: sql`CASE WHEN ${datasets.versions} > 0 THEN 'ready' ELSE 'failed' END`,
          progress: null,
          error,
          updatedAt: new Date(),
        })
        .where(eq(datasets.status, 'importing'))
        .returning();
      return rows.map(toDataset);
    },
  };
}
