import { z } from 'zod';
import {
  DEFAULT_CRITERION_WEIGHTS,
  criterionWeightsPatchSchema,
  criterionWeightsSchema,
} from './IdeaCriteria.js';

/** How many projects of one journey may be chosen or in progress at once, unless a workspace says otherwise. */
export const DEFAULT_CHOSEN_PROJECT_LIMIT = 5;
/** The largest work-in-progress limit a workspace may set. */
export const MAX_CHOSEN_PROJECT_LIMIT = 50;

/** A workspace's own settings (owners change them). */
export const workspaceSettingsSchema = z.object({
  /** The work-in-progress limit of "choose five": chosen + in-progress projects per journey. */
  chosenProjectLimit: z
    .number()
    .int()
    .min(1)
    .max(MAX_CHOSEN_PROJECT_LIMIT)
    .default(DEFAULT_CHOSEN_PROJECT_LIMIT),
  /** The ideas' criteria set: a weight per criterion (0 = off); the score formula is Σ wᵢ·sᵢ / Σ wᵢ. */
  criterionWeights: criterionWeightsSchema.default({ ...DEFAULT_CRITERION_WEIGHTS }),
});
export type WorkspaceSettings = z.infer<typeof workspaceSettingsSchema>;

/** A change to the settings (owners): the fields named; weights merge into the current ones. */
export const workspaceSettingsPatchSchema = z
  .object({
    chosenProjectLimit: z.number().int().min(1).max(MAX_CHOSEN_PROJECT_LIMIT).optional(),
    criterionWeights: criterionWeightsPatchSchema.optional(),
  })
  .strict();
export type WorkspaceSettingsPatch = z.infer<typeof workspaceSettingsPatchSchema>;
