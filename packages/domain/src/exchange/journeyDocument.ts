import { z } from 'zod';
import { idSchema } from '../ids.js';
import type { MigrationSequence } from '../migrations.js';
import { journeyContentSchema, journeyMetaSchema } from '../records/JourneyMap.js';
import { personaFieldsSchema } from '../records/Persona.js';
import { LIMITS, isoDateTime } from '../records/text.js';

/** The `format` tag of every Trailmap journey document. */
export const JOURNEY_DOCUMENT_FORMAT = 'trailmap.journey';
/** The format version this Trailmap writes; older documents are migrated on read, newer ones refused. */
export const JOURNEY_DOCUMENT_VERSION = 1;

/** The journey inside a document: meta + content and its id, without workspace or store bookkeeping. */
export const journeyDocumentJourneySchema = journeyMetaSchema.extend({
  ...journeyContentSchema.shape,
  id: idSchema('journey'),
});
export type JourneyDocumentJourney = z.infer<typeof journeyDocumentJourneySchema>;

/** A persona inside a document: its editable fields and its id. */
export const journeyDocumentPersonaSchema = personaFieldsSchema.extend({ id: idSchema('persona') });
export type JourneyDocumentPersona = z.infer<typeof journeyDocumentPersonaSchema>;

/** A journey map as a portable, versioned JSON file (export, import, backup, exchange between workspaces). */
export const journeyDocumentSchema = z
  .object({
    format: z.literal(JOURNEY_DOCUMENT_FORMAT),
    formatVersion: z.literal(JOURNEY_DOCUMENT_VERSION),
    exportedAt: isoDateTime,
    journey: journeyDocumentJourneySchema,
    /** The personas the journey is for (those named in `journey.personaIds` that were known at export). */
    personas: z.array(journeyDocumentPersonaSchema).max(LIMITS.personasPerJourney).default([]),
  })
  .meta({
    title: 'Trailmap journey document',
    description:
      'A Trailmap customer journey map with its personas, as exported by Trailmap (format version 1).',
  });
export type JourneyDocument = z.infer<typeof journeyDocumentSchema>;

/** Steps that lift an older document one `formatVersion` up (none yet: version 1 is the first). */
export const JOURNEY_DOCUMENT_MIGRATIONS: MigrationSequence = {
  recordType: JOURNEY_DOCUMENT_FORMAT,
  currentVersion: JOURNEY_DOCUMENT_VERSION,
  steps: [],
};
