import { eq } from 'drizzle-orm';
import type { WorkspaceSettings } from '@trailmap/domain';
import type { Database } from '../database.js';
import { workspaces } from '../schema.js';
import type { WorkspaceSettingsRepository } from '../types.js';

const columns = { chosenProjectLimit: workspaces.chosenProjectLimit };

export function createWorkspaceSettingsRepository(db: Database): WorkspaceSettingsRepository {
  return {
    async get(workspaceId) {
      const [row] = await db.select(columns).from(workspaces).where(eq(workspaces.id, workspaceId));
      return row ?? null;
    },
    async update(workspaceId, patch) {
      const set: Partial<WorkspaceSettings> = {};
      if (patch.chosenProjectLimit !== undefined) set.chosenProjectLimit = patch.chosenProjectLimit;
      if (Object.keys(set).length === 0) return this.get(workspaceId);
      const [row] = await db
        .update(workspaces)
        .set(set)
        .where(eq(workspaces.id, workspaceId))
        .returning(columns);
      return row ?? null;
    },
  };
}
