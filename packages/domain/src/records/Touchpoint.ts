import { z } from 'zod';
import { channelSchema } from '../channels.js';
import { evidenceSchema } from '../evidence.js';
import { idSchema } from '../ids.js';
import { longText, nameText, shortText } from './text.js';
import { touchpointMatcherSchema } from './TouchpointMatcher.js';

export const EMOTION_MIN = -3;
export const EMOTION_MAX = 3;
export const SCORE_MIN = 1;
export const SCORE_MAX = 10;

const score = z.number().int().min(SCORE_MIN).max(SCORE_MAX);

/** The fields of a touchpoint that a user edits; `phaseId` and `order` place the card on the map. */
export const touchpointFieldsSchema = z.object({
  phaseId: idSchema('phase'),
  /** Position within its phase, left to right; ties are broken by array order. */
  order: z.number().int().min(0).max(100_000).default(0),
  title: nameText,
  channel: channelSchema,
  customerAction: shortText.default(''),
  thinksFeels: shortText.default(''),
  /** How the customer feels: −3 (very negative) … 0 (neutral) … +3 (delighted). */
  emotion: z.number().int().min(EMOTION_MIN).max(EMOTION_MAX).default(0),
  /** What the customer expects, 1..10; null when unknown. */
  expectation: score.nullable().default(null),
  /** What the customer gets, 1..10; null when unknown. */
  experience: score.nullable().default(null),
  /** Expected time from this step to the next, in seconds; null when unknown. */
  expectedSecondsToNext: z
    .number()
    .int()
    .min(0)
    .max(10 * 365 * 24 * 3600)
    .nullable()
    .default(null),
  owningDepartment: z.string().max(200).default(''),
  backstageNotes: longText.default(''),
  evidence: evidenceSchema.default('assumption'),
  /** Which events of the map's linked dataset are this touchpoint; null = none ("no data"). */
  matcher: touchpointMatcherSchema.nullable().default(null),
});
export type TouchpointFields = z.infer<typeof touchpointFieldsSchema>;

export const touchpointSchema = touchpointFieldsSchema.extend({ id: idSchema('touchpoint') });
export type Touchpoint = z.infer<typeof touchpointSchema>;
