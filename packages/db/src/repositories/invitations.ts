import { and, asc, eq, gt } from 'drizzle-orm';
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
    expiresAt: toIso(row.expiresAt),
  };
}

export function createInvitationsRepository(db: Database): InvitationsRepository {
  const liveLink = (tokenHash: string, now: Date) =>
    and(eq(invitations.tokenHash, tokenHash), gt(invitations.expiresAt, now));
  return {
    async upsert(input) {
      const now = new Date();
      const link = {
        role: input.role,
        invitedBy: input.invitedBy,
        tokenHash: input.tokenHash,
        expiresAt: new Date(input.expiresAt),
        createdAt: now,
      };
      const [row] = await db
        .insert(invitations)
        .values({
          id: createId('invitation'),
          workspaceId: input.workspaceId,
          email: normaliseEmail(input.email),
          ...link,
        })
        .onConflictDoUpdate({ target: [invitations.workspaceId, invitations.email], set: link })
        .returning();
      if (!row) throw new Error('invitation upsert returned no row');
      return toInvitation(row);
    },
    async renewLink(workspaceId, id, input) {
      const [row] = await db
        .update(invitations)
        .set({
          tokenHash: input.tokenHash,
          expiresAt: new Date(input.expiresAt),
          invitedBy: input.invitedBy,
          createdAt: new Date(),
        })
        .where(and(eq(invitations.workspaceId, workspaceId), eq(invitations.id, id)))
        .returning();
      return row ? toInvitation(row) : null;
    },
    async listForWorkspace(workspaceId) {
      const rows = await db
        .select()
        .from(invitations)
        .where(eq(invitations.workspaceId, workspaceId))
        .orderBy(asc(invitations.createdAt), asc(invitations.email));
      return rows.map(toInvitation);
    },
    async findByTokenHash(tokenHash, now) {
      const [row] = await db.select().from(invitations).where(liveLink(tokenHash, now));
      return row ? toInvitation(row) : null;
    },
    async takeByTokenHash(tokenHash, now) {
      const [row] = await db.delete(invitations).where(liveLink(tokenHash, now)).returning();
      return row ? toInvitation(row) : null;
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
