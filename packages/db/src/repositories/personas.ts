import { and, asc, eq } from 'drizzle-orm';
import {
  createId,
  type Persona,
  type PersonaFields,
  type PersonaId,
  type WorkspaceId,
} from '@trailmap/domain';
import { toIso, type Database } from '../database.js';
import { rejectDuplicates } from '../duplicates.js';
import { personas } from '../schema.js';
import type { PersonasRepository } from '../types.js';

type PersonaRow = typeof personas.$inferSelect;

function toPersona(row: PersonaRow): Persona {
  return {
    id: row.id as PersonaId,
    workspaceId: row.workspaceId as WorkspaceId,
    name: row.name,
    description: row.description,
    goals: row.goals,
    needs: row.needs,
    frustrations: row.frustrations,
    quote: row.quote,
    pictureUrl: row.pictureUrl,
    segmentRule: row.segmentRule,
    createdAt: toIso(row.createdAt),
    updatedAt: toIso(row.updatedAt),
  };
}

/** Only the editable fields, so stray keys on the input never reach the row. */
function pickFields(fields: PersonaFields): PersonaFields {
  return {
    name: fields.name,
    description: fields.description,
    goals: fields.goals,
    needs: fields.needs,
    frustrations: fields.frustrations,
    quote: fields.quote,
    pictureUrl: fields.pictureUrl,
    segmentRule: fields.segmentRule,
  };
}

export function createPersonasRepository(db: Database): PersonasRepository {
  const byId = (workspaceId: WorkspaceId, id: PersonaId) =>
    and(eq(personas.workspaceId, workspaceId), eq(personas.id, id));
  return {
    async create(workspaceId, fields) {
      const now = new Date();
      const [row] = await rejectDuplicates(() =>
        db
          .insert(personas)
          .values({
            ...pickFields(fields),
            id: createId('persona'),
            workspaceId,
            createdAt: now,
            updatedAt: now,
          })
          .returning(),
      );
      if (!row) throw new Error('persona insert returned no row');
      return toPersona(row);
    },
    async get(workspaceId, id) {
      const [row] = await db.select().from(personas).where(byId(workspaceId, id));
      return row ? toPersona(row) : null;
    },
    async list(workspaceId) {
      const rows = await db
        .select()
        .from(personas)
        .where(eq(personas.workspaceId, workspaceId))
        .orderBy(asc(personas.createdAt), asc(personas.id));
      return rows.map(toPersona);
    },
    async update(workspaceId, id, fields) {
      const [row] = await db
        .update(personas)
        .set({ ...pickFields(fields), updatedAt: new Date() })
        .where(byId(workspaceId, id))
        .returning();
      return row ? toPersona(row) : null;
    },
    async delete(workspaceId, id) {
      const deleted = await db.delete(personas).where(byId(workspaceId, id)).returning({ id: personas.id });
      return deleted.length > 0;
    },
  };
}
