import { z } from 'zod';
import { idSchema } from '../ids.js';
import type { MigrationSequence, MigrationStep } from '../migrations.js';
import { JOURNEY_MIGRATIONS, journeyContentSchema, journeyMetaSchema } from '../records/JourneyMap.js';
import { personaFieldsSchema } from '../records/Persona.js';
import { LIMITS, isoDateTime } from '../records/text.js';

/** The `format` tag of every Trailmap journey document. */
export const JOURNEY_DOCUMENT_FORMAT = 'trailmap.journey';
/** The format version this Trailmap writes; older documents are migrated on read, newer ones refused. */
export const JOURNEY_DOCUMENT_VERSION = 3;

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
    description: `A Trailmap customer journey map with its personas, as exported by Trailmap (format version ${JOURNEY_DOCUMENT_VERSION}).`,
  });
export type JourneyDocument = z.infer<typeof journeyDocumentSchema>;

/**
 * Steps that lift an older document one `formatVersion` up. 2: the journey's dataset link
 * (`datasetId`, `datasetFilter`) and touchpoint matchers, null in a version 1 document (the journey
 * record's own step 1 → 2). 3: ideas link to many touchpoints, pain points and phases, with a source,
 * scores and score bases (the record's step 2 → 3).
 */
/** The journey record's own step to `to` (a document step lifts its journey exactly one record version). */
function journeyStep(to: number): MigrationStep {
  const step = JOURNEY_MIGRATIONS.steps.find((s) => s.to === to);
  if (!step) throw new Error(`no journey migration to version ${to}`);
  return step;
}

export const JOURNEY_DOCUMENT_MIGRATIONS: MigrationSequence = {
  recordType: JOURNEY_DOCUMENT_FORMAT,
  currentVersion: JOURNEY_DOCUMENT_VERSION,
  steps: [
    {
      to: 2,
      description: 'journey: dataset link and touchpoint matchers (journey record version 2)',
      up: (document) => {
        const journey = document.journey;
        if (typeof journey !== 'object' || journey === null || Array.isArray(journey)) return document;
        return { ...document, journey: journeyStep(2).up(journey as Record<string, unknown>) };
      },
    },
    {
      to: 3,
      description: 'journey: ideas with links, source and scores (journey record version 3)',
      up: (document) => {
        const journey = document.journey;
        if (typeof journey !== 'object' || journey === null || Array.isArray(journey)) return document;
        return { ...document, journey: journeyStep(3).up(journey as Record<string, unknown>) };
      },
    },
  ],
};
