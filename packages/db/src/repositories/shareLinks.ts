import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import { createId, type JourneyId, type ShareLinkId, type UserId, type WorkspaceId } from '@trailmap/domain';
import { toIso, toIsoOrNull, type Database } from '../database.js';
import { rejectDuplicates } from '../duplicates.js';
import { shareLinks } from '../schema.js';
import type { ShareLink, ShareLinksRepository } from '../types.js';

type ShareLinkRow = typeof shareLinks.$inferSelect;

function toShareLink(row: ShareLinkRow): ShareLink {
  return {
    id: row.id as ShareLinkId,
    workspaceId: row.workspaceId as WorkspaceId,
    journeyId: row.journeyId as JourneyId,
    prefix: row.prefix,
    createdBy: row.createdBy as UserId,
    createdAt: toIso(row.createdAt),
    revokedAt: toIsoOrNull(row.revokedAt),
  };
}

export function createShareLinksRepository(db: Database): ShareLinksRepository {
  return {
    async create(input) {
      const row = { ...input, id: createId('shareLink'), createdAt: new Date(), revokedAt: null };
      await rejectDuplicates(() => db.insert(shareLinks).values(row));
      return toShareLink(row);
    },
    async listForJourney(workspaceId, journeyId) {
      const rows = await db
        .select()
        .from(shareLinks)
        .where(and(eq(shareLinks.workspaceId, workspaceId), eq(shareLinks.journeyId, journeyId)))
        .orderBy(asc(shareLinks.createdAt), asc(shareLinks.id));
      return rows.map(toShareLink);
    },
    async revoke(workspaceId, journeyId, id) {
      // Revoking twice keeps the first revocation time.
      const revoked = await db
        .update(shareLinks)
        .set({ revokedAt: sql`coalesce(${shareLinks.revokedAt}, ${new Date().toISOString()}::timestamptz)` })
        .where(
          and(
            eq(shareLinks.workspaceId, workspaceId),
            eq(shareLinks.journeyId, journeyId),
            eq(shareLinks.id, id),
          ),
        )
        .returning({ id: shareLinks.id });
      return revoked.length > 0;
    },
    async findActiveByHash(tokenHash) {
      const [row] = await db
        .select()
        .from(shareLinks)
        .where(and(eq(shareLinks.tokenHash, tokenHash), isNull(shareLinks.revokedAt)));
      return row ? toShareLink(row) : null;
    },
  };
}
