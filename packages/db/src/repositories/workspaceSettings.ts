import { eq } from 'drizzle-orm';
import {
  DEFAULT_CRITERION_WEIGHTS,
  criterionWeightsSchema,
  type CriterionWeights,
  type WorkspaceSettings,
} from '@trailmap/domain';
import type { Database } from '../database.js';
import { workspaces } from '../schema.js';
import type { WorkspaceSettingsRepository } from '../types.js';

const columns = {
  chosenProjectLimit: workspaces.chosenProjectLimit,
  criterionWeights: workspaces.criterionWeights,
};

/** The stored weights over the defaults (a criterion added later reads with its default). */
function readWeights(stored: unknown): CriterionWeights {
  const parsed = criterionWeightsSchema.safeParse(stored ?? {});
  return parsed.success ? parsed.data : { ...DEFAULT_CRITERION_WEIGHTS };
}

function toSettings(row: { chosenProjectLimit: number; criterionWeights: unknown }): WorkspaceSettings {
  return { chosenProjectLimit: row.chosenProjectLimit, criterionWeights: readWeights(row.criterionWeights) };
}

export function createWorkspaceSettingsRepository(db: Database): WorkspaceSettingsRepository {
  return {
    async get(workspaceId) {
      const [row] = await db.select(columns).from(workspaces).where(eq(workspaces.id, workspaceId));
      return row ? toSettings(row) : null;
    },
    async update(workspaceId, patch) {
      const set: { chosenProjectLimit?: number; criterionWeights?: CriterionWeights } = {};
      if (patch.chosenProjectLimit !== undefined) set.chosenProjectLimit = patch.chosenProjectLimit;
      if (patch.criterionWeights !== undefined) {
        const current = await this.get(workspaceId);
        if (!current) return null;
        const defined = Object.entries(patch.criterionWeights).filter(([, w]) => w !== undefined);
        set.criterionWeights = { ...current.criterionWeights, ...Object.fromEntries(defined) };
      }
      if (Object.keys(set).length === 0) return this.get(workspaceId);
      const [row] = await db
        .update(workspaces)
        .set(set)
        .where(eq(workspaces.id, workspaceId))
        .returning(columns);
      return row ? toSettings(row) : null;
    },
  };
}
