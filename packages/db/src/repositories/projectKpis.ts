import { and, asc, eq } from 'drizzle-orm';
import {
  createId,
  type DatasetId,
  type JourneyId,
  type KpiScope,
  type PersonaId,
  type ProjectId,
  type ProjectKpi,
  type ProjectKpiFields,
  type ProjectKpiId,
  type TouchpointId,
  type WorkspaceId,
} from '@trailmap/domain';
import { toIso, toIsoOrNull, type Database } from '../database.js';
import { rejectBrokenReferences } from '../duplicates.js';
import { projectKpis } from '../schema.js';
import type { ProjectKpisRepository } from '../types.js';

type KpiRow = typeof projectKpis.$inferSelect;

/** The scope with only the ids (and contact activities) it has (absent ones are left out, as the API shows them). */
function toScope(row: KpiRow): KpiScope {
  const scope: KpiScope = { datasetId: row.datasetId as DatasetId };
  if (row.journeyId) scope.journeyId = row.journeyId as JourneyId;
  if (row.touchpointId) scope.touchpointId = row.touchpointId as TouchpointId;
  if (row.toTouchpointId) scope.toTouchpointId = row.toTouchpointId as TouchpointId;
  if (row.personaId) scope.personaId = row.personaId as PersonaId;
  if (row.contactActivities?.length) scope.contactActivities = row.contactActivities;
  return scope;
}

function toKpi(row: KpiRow): ProjectKpi {
  return {
    id: row.id as ProjectKpiId,
    projectId: row.projectId as ProjectId,
    workspaceId: row.workspaceId as WorkspaceId,
    metric: row.metric,
    scope: toScope(row),
    baseline: { from: toIso(row.baselineFrom), to: toIso(row.baselineTo) },
    after: { from: toIso(row.afterFrom), to: toIsoOrNull(row.afterTo) },
    target: row.target,
    createdAt: toIso(row.createdAt),
    updatedAt: toIso(row.updatedAt),
  };
}

function toColumns(fields: ProjectKpiFields) {
  const { scope } = fields;
  return {
    metric: fields.metric,
    datasetId: scope.datasetId,
    journeyId: scope.journeyId ?? null,
    touchpointId: scope.touchpointId ?? null,
    toTouchpointId: scope.toTouchpointId ?? null,
    personaId: scope.personaId ?? null,
    contactActivities: scope.contactActivities ?? null,
    baselineFrom: new Date(fields.baseline.from),
    baselineTo: new Date(fields.baseline.to),
    afterFrom: new Date(fields.after.from),
    afterTo: fields.after.to === null ? null : new Date(fields.after.to),
    target: fields.target,
  };
}

export function createProjectKpisRepository(db: Database): ProjectKpisRepository {
  const byId = (workspaceId: WorkspaceId, projectId: ProjectId, id: ProjectKpiId) =>
    and(
      eq(projectKpis.workspaceId, workspaceId),
      eq(projectKpis.projectId, projectId),
      eq(projectKpis.id, id),
    );
  return {
    async create(workspaceId, projectId, fields) {
      const now = new Date();
      const [row] = await rejectBrokenReferences(() =>
        db
          .insert(projectKpis)
          .values({
            ...toColumns(fields),
            id: createId('projectKpi'),
            workspaceId,
            projectId,
            createdAt: now,
            updatedAt: now,
          })
          .returning(),
      );
      if (!row) throw new Error('KPI insert returned no row');
      return toKpi(row);
    },
    async get(workspaceId, projectId, id) {
      const [row] = await db
        .select()
        .from(projectKpis)
        .where(byId(workspaceId, projectId, id));
      return row ? toKpi(row) : null;
    },
    async list(workspaceId, projectId) {
      const rows = await db
        .select()
        .from(projectKpis)
        .where(and(eq(projectKpis.workspaceId, workspaceId), eq(projectKpis.projectId, projectId)))
        .orderBy(asc(projectKpis.createdAt), asc(projectKpis.id));
      return rows.map(toKpi);
    },
    async update(workspaceId, projectId, id, fields) {
      const [row] = await rejectBrokenReferences(() =>
        db
          .update(projectKpis)
          .set({ ...toColumns(fields), updatedAt: new Date() })
          .where(byId(workspaceId, projectId, id))
          .returning(),
      );
      return row ? toKpi(row) : null;
    },
    async delete(workspaceId, projectId, id) {
      const deleted = await db
        .delete(projectKpis)
        .where(byId(workspaceId, projectId, id))
        .returning({ id: projectKpis.id });
      return deleted.length > 0;
    },
  };
}
