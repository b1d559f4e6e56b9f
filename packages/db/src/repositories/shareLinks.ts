import { and, asc, eq, isNull, sql, type SQL } from 'drizzle-orm';
import { createId, type JourneyId, type ShareLinkId, type UserId, type WorkspaceId } from '@trailmap/domain';
import { toIso, toIsoOrNull, type Database } from '../database.js';
import { rejectDuplicates } from '../duplicates.js';
import { journeys, shareLinks, users } from '../schema.js';
import type { ShareLink, ShareLinkListed, ShareLinksRepository } from '../types.js';

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
    includeBackstage: row.includeBackstage,
    figures: row.figures ?? null,
    kind: row.kind,
  };
}

export function createShareLinksRepository(db: Database): ShareLinksRepository {
  /** Links with their creator's name and their map's title, oldest first. */
  async function listWhere(where: SQL | undefined): Promise<ShareLinkListed[]> {
    const rows = await db
      .select({ link: shareLinks, createdByName: users.name, journeyTitle: journeys.title })
      .from(shareLinks)
      .innerJoin(users, eq(users.id, shareLinks.createdBy))
      .innerJoin(journeys, eq(journeys.id, shareLinks.journeyId))
      .where(where)
      .orderBy(asc(shareLinks.createdAt), asc(shareLinks.id));
    return rows.map((r) => ({
      ...toShareLink(r.link),
      createdByName: r.createdByName,
      journeyTitle: r.journeyTitle,
    }));
  }
  const revokedNow = () => sql`coalesce(${shareLinks.revokedAt}, ${new Date().toISOString()}::timestamptz)`;

  return {
    async create(input) {
      const row = {
        ...input,
        includeBackstage: input.includeBackstage ?? false,
        figures: input.figures ?? null,
        kind: input.kind ?? 'map',
        id: createId('shareLink'),
        createdAt: new Date(),
        revokedAt: null,
      };
      await rejectDuplicates(() => db.insert(shareLinks).values(row));
      return toShareLink(row);
    },
    listForJourney(workspaceId, journeyId) {
      return listWhere(and(eq(shareLinks.workspaceId, workspaceId), eq(shareLinks.journeyId, journeyId)));
    },
    listForWorkspace(workspaceId) {
      return listWhere(eq(shareLinks.workspaceId, workspaceId));
    },
    async revoke(workspaceId, journeyId, id) {
      // Revoking twice keeps the first revocation time.
      const revoked = await db
        .update(shareLinks)
        .set({ revokedAt: revokedNow() })
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
    async revokeAll(workspaceId) {
      const revoked = await db
        .update(shareLinks)
        .set({ revokedAt: new Date() })
        .where(and(eq(shareLinks.workspaceId, workspaceId), isNull(shareLinks.revokedAt)))
        .returning({ id: shareLinks.id });
      return revoked.length;
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
