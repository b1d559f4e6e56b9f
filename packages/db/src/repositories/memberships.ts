import { and, asc, count, eq } from 'drizzle-orm';
import type { Membership, UserId, WorkspaceId } from '@trailmap/domain';
import { toIso, type Database } from '../database.js';
import { rejectDuplicates } from '../duplicates.js';
import { memberships, users } from '../schema.js';
import type { MembershipsRepository } from '../types.js';

type MembershipRow = typeof memberships.$inferSelect;

function toMembership(row: MembershipRow): Membership {
  return {
    workspaceId: row.workspaceId as WorkspaceId,
    userId: row.userId as UserId,
    role: row.role,
    createdAt: toIso(row.createdAt),
  };
}

export function createMembershipsRepository(db: Database): MembershipsRepository {
  const byKey = (workspaceId: WorkspaceId, userId: UserId) =>
    and(eq(memberships.workspaceId, workspaceId), eq(memberships.userId, userId));
  return {
    async add(workspaceId, userId, role) {
      const row = { workspaceId, userId, role, createdAt: new Date() };
      await rejectDuplicates(() => db.insert(memberships).values(row));
      return toMembership(row);
    },
    async get(workspaceId, userId) {
      const [row] = await db.select().from(memberships).where(byKey(workspaceId, userId));
      return row ? toMembership(row) : null;
    },
    async list(workspaceId) {
      const rows = await db
        .select({ membership: memberships, email: users.email, name: users.name })
        .from(memberships)
        .innerJoin(users, eq(users.id, memberships.userId))
        .where(eq(memberships.workspaceId, workspaceId))
        .orderBy(asc(memberships.createdAt), asc(users.email));
      return rows.map((r) => ({ ...toMembership(r.membership), email: r.email, name: r.name }));
    },
    async setRole(workspaceId, userId, role) {
      const [row] = await db.update(memberships).set({ role }).where(byKey(workspaceId, userId)).returning();
      return row ? toMembership(row) : null;
    },
    async remove(workspaceId, userId) {
      const deleted = await db
        .delete(memberships)
        .where(byKey(workspaceId, userId))
        .returning({ userId: memberships.userId });
      return deleted.length > 0;
    },
    async countOwners(workspaceId) {
      const [row] = await db
        .select({ n: count() })
        .from(memberships)
        .where(and(eq(memberships.workspaceId, workspaceId), eq(memberships.role, 'owner')));
      return row?.n ?? 0;
    },
  };
}
