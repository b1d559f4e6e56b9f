import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import { createId, type ApiKey, type ApiKeyId, type UserId, type WorkspaceId } from '@trailmap/domain';
import { toIso, toIsoOrNull, type Database } from '../database.js';
import { rejectDuplicates } from '../duplicates.js';
import { apiKeys } from '../schema.js';
import type { ApiKeysRepository } from '../types.js';

type ApiKeyRow = typeof apiKeys.$inferSelect;

function toApiKey(row: ApiKeyRow): ApiKey {
  return {
    id: row.id as ApiKeyId,
    workspaceId: row.workspaceId as WorkspaceId,
    name: row.name,
    scope: row.scope,
    prefix: row.prefix,
    createdBy: row.createdBy as UserId,
    createdAt: toIso(row.createdAt),
    lastUsedAt: toIsoOrNull(row.lastUsedAt),
    revokedAt: toIsoOrNull(row.revokedAt),
  };
}

export function createApiKeysRepository(db: Database): ApiKeysRepository {
  return {
    async create(input) {
      const row = {
        ...input,
        id: createId('apiKey'),
        createdAt: new Date(),
        lastUsedAt: null,
        revokedAt: null,
      };
      await rejectDuplicates(() => db.insert(apiKeys).values(row));
      return toApiKey(row);
    },
    async findByHash(secretHash) {
      const [row] = await db.select().from(apiKeys).where(eq(apiKeys.secretHash, secretHash));
      return row ? { ...toApiKey(row), secretHash: row.secretHash } : null;
    },
    async list(workspaceId) {
      const rows = await db
        .select()
        .from(apiKeys)
        .where(eq(apiKeys.workspaceId, workspaceId))
        .orderBy(asc(apiKeys.createdAt), asc(apiKeys.id));
      return rows.map(toApiKey);
    },
    async revoke(workspaceId, id) {
      // Revoking twice keeps the first revocation time.
      const revoked = await db
        .update(apiKeys)
        .set({ revokedAt: sql`coalesce(${apiKeys.revokedAt}, ${new Date().toISOString()}::timestamptz)` })
        .where(and(eq(apiKeys.workspaceId, workspaceId), eq(apiKeys.id, id)))
        .returning({ id: apiKeys.id });
      return revoked.length > 0;
    },
    async revokeForCreator(workspaceId, userId) {
      const revoked = await db
        .update(apiKeys)
        .set({ revokedAt: new Date() })
        .where(
          and(eq(apiKeys.workspaceId, workspaceId), eq(apiKeys.createdBy, userId), isNull(apiKeys.revokedAt)),
        )
        .returning({ id: apiKeys.id });
      return revoked.length;
    },
    async touch(id, at) {
      await db.update(apiKeys).set({ lastUsedAt: at }).where(eq(apiKeys.id, id));
    },
  };
}
