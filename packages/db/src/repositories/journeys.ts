import { and, desc, eq, sql, type SQL } from 'drizzle-orm';
import {
  createId,
  datasetFilterSchema,
  journeyContentSchema,
  liftJourneyContent,
  type DatasetId,
  type JourneyContent,
  type JourneyId,
  type JourneyMap,
  type JourneyMeta,
  type WorkspaceId,
} from '@trailmap/domain';
import { toIso, type Database } from '../database.js';
import { rejectBrokenReferences } from '../duplicates.js';
import { journeys } from '../schema.js';
import type { JourneySummary, JourneysRepository } from '../types.js';

type JourneyRow = typeof journeys.$inferSelect;

function toMeta(row: Pick<JourneyRow, keyof JourneyMeta>): JourneyMeta {
  return {
    title: row.title,
    goal: row.goal,
    scope: row.scope,
    personaIds: row.personaIds,
    state: row.state,
    counterpartId: row.counterpartId as JourneyId | null,
    phaseModel: row.phaseModel,
    datasetId: row.datasetId as DatasetId | null,
    datasetFilter: row.datasetFilter === null ? null : datasetFilterSchema.parse(row.datasetFilter),
  };
}

function toJourney(row: JourneyRow): JourneyMap {
  return {
    ...toMeta(row),
    ...journeyContentSchema.parse(liftJourneyContent(row.content as Record<string, unknown>)),
    id: row.id as JourneyId,
    workspaceId: row.workspaceId as WorkspaceId,
    version: row.version,
    createdAt: toIso(row.createdAt),
    updatedAt: toIso(row.updatedAt),
  };
}

/** The columns written from meta and content; stray keys on the input never reach the row. */
function toColumns(input: JourneyMeta & JourneyContent) {
  const content: JourneyContent = {
    phases: input.phases,
    lanes: input.lanes,
    touchpoints: input.touchpoints,
    painPoints: input.painPoints,
    ideas: input.ideas,
  };
  return {
    title: input.title,
    goal: input.goal,
    scope: input.scope,
    personaIds: input.personaIds,
    state: input.state,
    counterpartId: input.counterpartId,
    phaseModel: input.phaseModel,
    datasetId: input.datasetId,
    // Filter only with a link: an unlinked map keeps none.
    datasetFilter: input.datasetId === null ? null : input.datasetFilter,
    content,
  };
}

const summaryColumns = {
  id: journeys.id,
  workspaceId: journeys.workspaceId,
  title: journeys.title,
  goal: journeys.goal,
  scope: journeys.scope,
  personaIds: journeys.personaIds,
  state: journeys.state,
  counterpartId: journeys.counterpartId,
  phaseModel: journeys.phaseModel,
  datasetId: journeys.datasetId,
  datasetFilter: journeys.datasetFilter,
  version: journeys.version,
  createdAt: journeys.createdAt,
  updatedAt: journeys.updatedAt,
  phaseCount: sql<number>`jsonb_array_length(${journeys.content} -> 'phases')`.mapWith(Number),
  touchpointCount: sql<number>`jsonb_array_length(${journeys.content} -> 'touchpoints')`.mapWith(Number),
};

export function createJourneysRepository(db: Database): JourneysRepository {
  const byId = (workspaceId: WorkspaceId, id: JourneyId) =>
    and(eq(journeys.workspaceId, workspaceId), eq(journeys.id, id));

  const get = async (workspaceId: WorkspaceId, id: JourneyId): Promise<JourneyMap | null> => {
    const [row] = await db.select().from(journeys).where(byId(workspaceId, id));
    return row ? toJourney(row) : null;
  };

  return {
    async create(workspaceId, input) {
      const now = new Date();
      const [row] = await rejectBrokenReferences(() =>
        db
          .insert(journeys)
          .values({
            ...toColumns(input),
            id: input.id ?? createId('journey'),
            workspaceId,
            version: 1,
            createdAt: now,
            updatedAt: now,
          })
          .returning(),
      );
      if (!row) throw new Error('journey insert returned no row');
      return toJourney(row);
    },
    get,
    async list(workspaceId, filter = {}) {
      const conditions: SQL[] = [eq(journeys.workspaceId, workspaceId)];
      if (filter.personaId)
        conditions.push(sql`${journeys.personaIds} @> ${JSON.stringify([filter.personaId])}::jsonb`);
      if (filter.state) conditions.push(eq(journeys.state, filter.state));
      if (filter.datasetId) conditions.push(eq(journeys.datasetId, filter.datasetId));
      const rows = await db
        .select(summaryColumns)
        .from(journeys)
        .where(and(...conditions))
        .orderBy(desc(journeys.updatedAt), desc(journeys.id));
      return rows.map((r): JourneySummary => ({
        ...toMeta(r),
        id: r.id as JourneyId,
        workspaceId: r.workspaceId as WorkspaceId,
        version: r.version,
        createdAt: toIso(r.createdAt),
        updatedAt: toIso(r.updatedAt),
        phaseCount: r.phaseCount,
        touchpointCount: r.touchpointCount,
      }));
    },
    async update(workspaceId, id, expectedVersion, next) {
      const [row] = await rejectBrokenReferences(() =>
        db
          .update(journeys)
          .set({ ...toColumns(next), version: sql`${journeys.version} + 1`, updatedAt: new Date() })
          .where(and(byId(workspaceId, id), eq(journeys.version, expectedVersion)))
          .returning(),
      );
      if (row) return { ok: true, journey: toJourney(row) };
      const current = await get(workspaceId, id);
      return current ? { ok: false, reason: 'conflict', current } : { ok: false, reason: 'not-found' };
    },
    async delete(workspaceId, id) {
      const deleted = await db.delete(journeys).where(byId(workspaceId, id)).returning({ id: journeys.id });
      return deleted.length > 0;
    },
  };
}
