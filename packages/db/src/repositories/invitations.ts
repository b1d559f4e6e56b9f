import { and, asc, eq } from 'drizzle-orm';
import { createId, type InvitationId, type UserId, type WorkspaceId } from '@trailmap/domain';
import { toIso, type Database } from '../database.js';
import { invitations } from '../schema.js';
import type { Invitation, InvitationsRepository } from '../types.js';
import { normaliseEmail } from './users.js';

type InvitationRow = typeof invitations.$inferSelect;

function toInvitation(row: InvitationRow): Invitation {
  return {
    id: row.id as InvitationId,
    workspaceId: row.workspaceId as WorkspaceId,
    email: row.email,
    role: row.role,
    invitedBy: row.invitedBy as UserId,
    createdAt: toIso(row.createdAt),
  };
}

export function createInvitationsRepository(db: Database): InvitationsRepository {
  return {
    async upsert(input) {
      const [row] = await db
        .insert(invitations)
        .values({
          id: createId('invitation'),
          workspaceId: input.workspaceId,
          email: normaliseEmail(input.email),
          role: input.role,
          invitedBy: input.invitedBy,
          createdAt: new Date(),
        })
        .onConflictDoUpdate({
          target: [invitations.workspaceId, invitations.email],
          set: { role: input.role, invitedBy: input.invitedBy },
        })
        .returning();
      if (!row) throw new Error('invitation upsert returned no row');
      return toInvitation(row);
    },
    async listForWorkspace(workspaceId) {
      const rows = await db
        .select()
        .from(invitations)
        .where(eq(invitations.workspaceId, workspaceId))
        .orderBy(asc(invitations.createdAt), asc(invitations.email));
      return rows.map(toInvitation);
    },
    async listForEmail(email) {
      const rows = await db
        .select()
        .from(invitations)
        .where(eq(invitations.email, normaliseEmail(email)))
        .orderBy(asc(invitations.createdAt), asc(invitations.id));
      return rows.map(toInvitation);
    },
    async delete(workspaceId, id) {
      const deleted = await db
        .delete(invitations)
        .where(and(eq(invitations.workspaceId, workspaceId), eq(invitations.id, id)))
        .returning({ id: invitations.id });
      return deleted.length > 0;
    },
  };
}
