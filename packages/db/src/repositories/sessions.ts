import { and, eq, gt, lte } from 'drizzle-orm';
import type { UserId } from '@trailmap/domain';
import { toIso, type Database } from '../database.js';
import { sessions } from '../schema.js';
import type { SessionsRepository } from '../types.js';

export function createSessionsRepository(db: Database): SessionsRepository {
  return {
    async create(input) {
      await db.insert(sessions).values({
        tokenHash: input.tokenHash,
        userId: input.userId,
        expiresAt: new Date(input.expiresAt),
      });
    },
    async findValid(tokenHash, now) {
      const [row] = await db
        .select()
        .from(sessions)
        .where(and(eq(sessions.tokenHash, tokenHash), gt(sessions.expiresAt, now)));
      return row ? { userId: row.userId as UserId, expiresAt: toIso(row.expiresAt) } : null;
    },
    async delete(tokenHash) {
      await db.delete(sessions).where(eq(sessions.tokenHash, tokenHash));
    },
    async deleteExpired(now) {
      const deleted = await db
        .delete(sessions)
        .where(lte(sessions.expiresAt, now))
        .returning({ tokenHash: sessions.tokenHash });
      return deleted.length;
    },
  };
}
