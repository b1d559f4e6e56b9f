import type { PersonaId } from '../ids.js';
import type { JourneyContent, JourneyMeta } from '../records/JourneyMap.js';
import type { PersonaFields } from '../records/Persona.js';
import { journeyContentSchema, journeyMetaSchema } from '../records/JourneyMap.js';
import { personaFieldsSchema } from '../records/Persona.js';
import {
  JOURNEY_DOCUMENT_FORMAT,
  JOURNEY_DOCUMENT_VERSION,
  type JourneyDocument,
  type JourneyDocumentJourney,
  type JourneyDocumentPersona,
} from './journeyDocument.js';

/** What `exportJourneyDocument` needs of a journey: a stored `JourneyMap` fits. */
export type ExportableJourney = JourneyMeta & JourneyContent & { id: JourneyDocumentJourney['id'] };
/** What it needs of a persona: a stored `Persona` fits. */
export type ExportablePersona = PersonaFields & { id: PersonaId };

function pickKeys<T extends object>(source: T, keys: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const record = source as Record<string, unknown>;
  for (const key of keys) if (key in record) out[key] = structuredClone(record[key]);
  return out;
}

const JOURNEY_KEYS = [
  'id',
  ...Object.keys(journeyMetaSchema.shape),
  ...Object.keys(journeyContentSchema.shape),
];
const PERSONA_KEYS = ['id', ...Object.keys(personaFieldsSchema.shape)];

/**
 * Packs a journey map and the personas it is for into a versioned document. The journey keeps its id;
 * workspace id, store version and timestamps are left out. Of `personas`, only those the map names in
 * `personaIds` are included (in that order); persona ids the list does not hold stay in `personaIds`.
 */
export function exportJourneyDocument(
  journey: ExportableJourney,
  personas: readonly ExportablePersona[],
  exportedAt: Date = new Date(),
): JourneyDocument {
  const byId = new Map(personas.map((p) => [p.id as string, p]));
  const referenced = [...new Set<string>(journey.personaIds)]
    .map((id) => byId.get(id))
    .filter((p): p is ExportablePersona => p !== undefined);
  return {
    format: JOURNEY_DOCUMENT_FORMAT,
    formatVersion: JOURNEY_DOCUMENT_VERSION,
    exportedAt: exportedAt.toISOString(),
    journey: pickKeys(journey, JOURNEY_KEYS) as JourneyDocumentJourney,
    personas: referenced.map((p) => pickKeys(p, PERSONA_KEYS) as JourneyDocumentPersona),
  };
}
