import { z } from 'zod';
import { evidenceSchema } from '../evidence.js';
import { idSchema } from '../ids.js';
import { longText, nameText } from './text.js';

export const IDEA_STATUSES = ['proposed', 'chosen', 'in-progress', 'done', 'dropped'] as const;
export type IdeaStatus = (typeof IDEA_STATUSES)[number];

const rating = z.number().int().min(1).max(5);

/** An improvement idea; reach × feasibility scores it for "choose 5". */
export const ideaFieldsSchema = z.object({
  phaseId: idSchema('phase').nullable().default(null),
  touchpointId: idSchema('touchpoint').nullable().default(null),
  painPointId: idSchema('painPoint').nullable().default(null),
  title: nameText,
  description: longText.default(''),
  /** How many customers, how often: 1 (few, rarely) .. 5 (most, often). */
  reach: rating.nullable().default(null),
  /** How quickly, with existing means: 1 (hard) .. 5 (quick win). */
  feasibility: rating.nullable().default(null),
  status: z.enum(IDEA_STATUSES).default('proposed'),
  evidence: evidenceSchema.default('assumption'),
});
export type IdeaFields = z.infer<typeof ideaFieldsSchema>;

export const ideaSchema = ideaFieldsSchema.extend({ id: idSchema('idea') });
export type Idea = z.infer<typeof ideaSchema>;
