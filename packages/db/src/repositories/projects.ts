import { and, asc, count, eq, inArray, type SQL } from 'drizzle-orm';
import {
  createId,
  type JourneyId,
  type Project,
  type ProjectFields,
  type ProjectId,
  type UserId,
  type WorkspaceId,
} from '@trailmap/domain';
import { toIso, type Database } from '../database.js';
import { rejectBrokenReferences } from '../duplicates.js';
import { journeys, projects } from '../schema.js';
import type { ProjectsRepository } from '../types.js';

type ProjectRow = typeof projects.$inferSelect;

function toProject(row: ProjectRow): Project {
  return {
    id: row.id as ProjectId,
    workspaceId: row.workspaceId as WorkspaceId,
    journeyId: row.journeyId as JourneyId,
    title: row.title,
    ideaIds: row.ideaIds,
    ownerId: row.ownerId as UserId | null,
    status: row.status,
    startDate: row.startDate,
    customerCheck: row.customerCheck,
    createdAt: toIso(row.createdAt),
    updatedAt: toIso(row.updatedAt),
  };
}

/** Only the editable fields, so stray keys on the input never reach the row. */
function pickFields(fields: ProjectFields) {
  const { assumption, how, learned } = fields.customerCheck;
  return {
    journeyId: fields.journeyId,
    title: fields.title,
    ideaIds: fields.ideaIds,
    ownerId: fields.ownerId,
    status: fields.status,
    startDate: fields.startDate,
    customerCheck: { assumption, how, learned },
  };
}

export function createProjectsRepository(db: Database): ProjectsRepository {
  const byId = (workspaceId: WorkspaceId, id: ProjectId) =>
    and(eq(projects.workspaceId, workspaceId), eq(projects.id, id));
  return {
    async create(workspaceId, fields) {
      const now = new Date();
      const [row] = await rejectBrokenReferences(() =>
        db
          .insert(projects)
          .values({
            ...pickFields(fields),
            id: createId('project'),
            workspaceId,
            createdAt: now,
            updatedAt: now,
          })
          .returning(),
      );
      if (!row) throw new Error('project insert returned no row');
      return toProject(row);
    },
    async get(workspaceId, id) {
      const [row] = await db.select().from(projects).where(byId(workspaceId, id));
      return row ? toProject(row) : null;
    },
    async list(workspaceId, filter = {}) {
      const conditions: SQL[] = [eq(projects.workspaceId, workspaceId)];
      if (filter.journeyId) conditions.push(eq(projects.journeyId, filter.journeyId));
      if (filter.statuses) {
        if (filter.statuses.length === 0) return [];
        conditions.push(inArray(projects.status, [...filter.statuses]));
      }
      const rows = await db
        .select()
        .from(projects)
        .where(and(...conditions))
        .orderBy(asc(projects.createdAt), asc(projects.id));
      return rows.map(toProject);
    },
    async count(workspaceId) {
      const [row] = await db
        .select({ n: count() })
        .from(projects)
        .where(eq(projects.workspaceId, workspaceId));
      return Number(row?.n ?? 0);
    },
    async update(workspaceId, id, fields) {
      const [row] = await rejectBrokenReferences(() =>
        db
          .update(projects)
          .set({ ...pickFields(fields), updatedAt: new Date() })
          .where(byId(workspaceId, id))
          .returning(),
      );
      return row ? toProject(row) : null;
    },
    async delete(workspaceId, id) {
      const deleted = await db.delete(projects).where(byId(workspaceId, id)).returning({ id: projects.id });
      return deleted.length > 0;
    },
    async lockJourney(workspaceId, journeyId) {
      const rows = await db
        .select({ id: journeys.id })
        .from(journeys)
        .where(and(eq(journeys.workspaceId, workspaceId), eq(journeys.id, journeyId)))
        .for('update');
      return rows.length > 0;
    },
    async clearOwner(workspaceId, userId) {
      const cleared = await db
        .update(projects)
        .set({ ownerId: null, updatedAt: new Date() })
        .where(and(eq(projects.workspaceId, workspaceId), eq(projects.ownerId, userId)))
        .returning({ id: projects.id });
      return cleared.length;
    },
  };
}
