import { MigrationError, migrateRecord } from '../migrations.js';
import { findUnsafeText } from '../records/findUnsafeText.js';
import { findReferenceProblems } from '../records/JourneyMap.js';
import {
  JOURNEY_DOCUMENT_FORMAT,
  JOURNEY_DOCUMENT_MIGRATIONS,
  journeyDocumentSchema,
  type JourneyDocument,
} from './journeyDocument.js';
import { JourneyFormatError, type JourneyFormatIssue } from './JourneyFormatError.js';

function joinPath(path: readonly PropertyKey[]): string {
  return path.map((segment) => String(segment)).join('.');
}

function fail(path: string, message: string): never {
  throw new JourneyFormatError([{ path, message }]);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Persona pictures that are links to other hosts (documents exported before pictures had to be uploaded)
 * are dropped rather than refused: the app only shows pictures it serves itself.
 */
function dropLinkedPictures(personas: unknown): unknown {
  if (!Array.isArray(personas)) return personas;
  return personas.map((persona: unknown) =>
    isPlainObject(persona) && typeof persona.pictureUrl === 'string' && /^https?:/i.test(persona.pictureUrl)
      ? { ...persona, pictureUrl: null }
      : persona,
  );
}

/**
 * Reads a journey document: a parsed JSON value, or JSON text. Checks the format tag, migrates older
 * `formatVersion`s to the current one (refusing newer ones), validates every field and checks that ids
 * are unique, every reference points to something on the map and no text holds a control character
 * (other than tab, LF, CR) or a lone surrogate. Throws a `JourneyFormatError` whose
 * `issues` name each problem's path (`journey.touchpoints.3.emotion`) and what is wrong.
 */
export function parseJourneyDocument(input: unknown): JourneyDocument {
  let value = input;
  if (typeof value === 'string') {
    try {
      value = JSON.parse(value) as unknown;
    } catch (error) {
      fail('', `not valid JSON (${error instanceof Error ? error.message : String(error)})`);
    }
  }
  if (!isPlainObject(value)) fail('', 'a journey document must be a JSON object');
  if (value.format !== JOURNEY_DOCUMENT_FORMAT) {
    fail('format', `must be "${JOURNEY_DOCUMENT_FORMAT}", got ${JSON.stringify(value.format) ?? 'nothing'}`);
  }
  const version = value.formatVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    fail('formatVersion', `must be a whole number ≥ 1, got ${JSON.stringify(version) ?? 'nothing'}`);
  }

  let migrated: Record<string, unknown>;
  try {
    migrated = migrateRecord(JOURNEY_DOCUMENT_MIGRATIONS, value, version);
  } catch (error) {
    if (error instanceof MigrationError) fail('formatVersion', error.message);
    throw error;
  }
  migrated = {
    ...migrated,
    formatVersion: JOURNEY_DOCUMENT_MIGRATIONS.currentVersion,
    personas: dropLinkedPictures(migrated.personas),
  };

  const parsed = journeyDocumentSchema.safeParse(migrated);
  if (!parsed.success) {
    throw new JourneyFormatError(
      parsed.error.issues.map((issue) => ({ path: joinPath(issue.path), message: issue.message })),
    );
  }

  const document = parsed.data;
  const issues: JourneyFormatIssue[] = findReferenceProblems(document.journey).map((problem) => ({
    path: joinPath(['journey', ...problem.path]),
    message: problem.message,
  }));
  // Text a store cannot hold or a map should not show: control characters, lone surrogates.
  issues.push(...findUnsafeText(document, ''));
  const personaIds = new Set<string>();
  document.personas.forEach((persona, i) => {
    if (personaIds.has(persona.id))
      issues.push({ path: `personas.${i}.id`, message: `duplicate id ${persona.id}` });
    personaIds.add(persona.id);
  });
  if (issues.length > 0) throw new JourneyFormatError(issues);
  return document;
}
