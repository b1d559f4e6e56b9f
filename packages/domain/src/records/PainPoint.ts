import { z } from 'zod';
import { evidenceSchema } from '../evidence.js';
import { idSchema } from '../ids.js';
import { longText, nameText } from './text.js';

export const SEVERITIES = ['low', 'medium', 'high'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const painPointFieldsSchema = z.object({
  phaseId: idSchema('phase'),
  /** The touchpoint where it hurts, when it is tied to one. */
  touchpointId: idSchema('touchpoint').nullable().default(null),
  title: nameText,
  description: longText.default(''),
  severity: z.enum(SEVERITIES).default('medium'),
  evidence: evidenceSchema.default('assumption'),
});
export type PainPointFields = z.infer<typeof painPointFieldsSchema>;

export const painPointSchema = painPointFieldsSchema.extend({ id: idSchema('painPoint') });
export type PainPoint = z.infer<typeof painPointSchema>;
