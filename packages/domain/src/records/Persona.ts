import { z } from 'zod';
import { idSchema } from '../ids.js';
import type { MigrationSequence } from '../migrations.js';
import { isPictureDataUrl } from './picture.js';
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
  /**
   * A picture uploaded to the app, as a PNG, JPEG or WebP `data:` URL (the app scales it down first); without
   * one the app shows initials. Links to other hosts are not taken: the app never shows pictures it does
   * not serve itself.
   */
  pictureUrl: z
    .string()
    .max(200_000)
    .regex(/^data:image\/(png|jpeg|webp);base64,/, 'must be a PNG, JPEG or WebP picture (data:image URL)')
    .refine(isPictureDataUrl, 'must be a PNG, JPEG or WebP picture (data:image URL)')
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
