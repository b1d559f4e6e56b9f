import { z } from 'zod';
import { JOURNEY_DOCUMENT_VERSION, journeyDocumentSchema } from './journeyDocument.js';

/**
 * Where the published schema of the current format version lives in the repository, relative to its
 * root. The files of earlier versions stay beside it (`journey.v1.schema.json`), unchanged.
 */
export const JOURNEY_JSON_SCHEMA_PATH = `docs/schemas/journey.v${JOURNEY_DOCUMENT_VERSION}.schema.json`;

/**
 * The JSON Schema (draft 2020-12) of a journey document, generated from the zod validator. It describes
 * what a file may contain (`io: 'input'`): fields with defaults are optional. Reference checks (ids that
 * point to phases and touchpoints on the same map) are beyond JSON Schema; `parseJourneyDocument` does them.
 */
export function getJourneyJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(journeyDocumentSchema, { io: 'input' }) as Record<string, unknown>;
}

/** The schema as the text of the published file. */
export function serializeJourneyJsonSchema(): string {
  return `${JSON.stringify(getJourneyJsonSchema(), null, 2)}\n`;
}
