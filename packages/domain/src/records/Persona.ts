import { z } from 'zod';
import { idSchema } from '../ids.js';
import type { MigrationSequence } from '../migrations.js';
import { segmentRuleSchema } from './SegmentRule.js';
import { isoDateTime, longText, nameText, shortText, textList } from './text.js';

/** The fields a user edits; ids and timestamps are set by the store. */
export const personaFieldsSchema = z.object({
  name: nameText,
  description: longText.default(''),
  goals: textList.default([]),
  needs: textList.default([]),
  frustrations: textList.default([]),
  quote: shortText.default(''),
  /** A picture as an https or data: URL; without one the app shows initials. */
  pictureUrl: z
    .string()
    .max(200_000)
    .regex(/^(https:\/\/|data:image\/(png|jpeg|webp);base64,)/, 'must be an https URL or a data:image URL')
    .nullable()
    .default(null),
  segmentRule: segmentRuleSchema.nullable().default(null),
});
export type PersonaFields = z.infer<typeof personaFieldsSchema>;

export const personaSchema = personaFieldsSchema.extend({
  id: idSchema('persona'),
  workspaceId: idSchema('workspace'),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
});
export type Persona = z.infer<typeof personaSchema>;

export const PERSONA_MIGRATIONS: MigrationSequence = { recordType: 'persona', currentVersion: 1, steps: [] };
