import { asc, eq } from 'drizzle-orm';
import { createId, type Workspace, type WorkspaceId } from '@trailmap/domain';
import { toIso, type Database } from '../database.js';
import { memberships, workspaces } from '../schema.js';
import type { WorkspacesRepository } from '../types.js';

type WorkspaceRow = Pick<typeof workspaces.$inferSelect, 'id' | 'name' | 'createdAt'>;

function toWorkspace(row: WorkspaceRow): Workspace {
  return { id: row.id as WorkspaceId, name: row.name, createdAt: toIso(row.createdAt) };
}

export function createWorkspacesRepository(db: Database): WorkspacesRepository {
  return {
    async create(input) {
      const row = { id: createId('workspace'), name: input.name, createdAt: new Date() };
      await db.insert(workspaces).values(row);
      return toWorkspace(row);
    },
    async get(id) {
      const [row] = await db.select().from(workspaces).where(eq(workspaces.id, id));
      return row ? toWorkspace(row) : null;
    },
    async listForUser(userId) {
      const rows = await db
        .select({ workspace: workspaces, role: memberships.role })
        .from(memberships)
        .innerJoin(workspaces, eq(workspaces.id, memberships.workspaceId))
        .where(eq(memberships.userId, userId))
        .orderBy(asc(workspaces.createdAt), asc(workspaces.id));
      return rows.map((r) => ({ ...toWorkspace(r.workspace), role: r.role }));
    },
    async rename(id, name) {
      const [row] = await db.update(workspaces).set({ name }).where(eq(workspaces.id, id)).returning();
      return row ? toWorkspace(row) : null;
    },
    async delete(id) {
      const deleted = await db
        .delete(workspaces)
        .where(eq(workspaces.id, id))
        .returning({ id: workspaces.id });
      return deleted.length > 0;
    },
    async findByName(name) {
      const [row] = await db
        .select()
        .from(workspaces)
        .where(eq(workspaces.name, name))
        .orderBy(asc(workspaces.createdAt), asc(workspaces.id))
        .limit(1);
      return row ? toWorkspace(row) : null;
    },
  };
}
