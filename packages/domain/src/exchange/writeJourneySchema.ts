/**
 * Writes the published JSON Schema of the current journey document version to
 * docs/schemas/journey.v<formatVersion>.schema.json (earlier versions' files are left as they are).
 * Run from the repository root after changing a record validator:
 *   node --import tsx packages/domain/src/exchange/writeJourneySchema.ts
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { JOURNEY_JSON_SCHEMA_PATH, serializeJourneyJsonSchema } from './getJourneyJsonSchema.js';

const repositoryRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../../..');
const target = resolve(repositoryRoot, JOURNEY_JSON_SCHEMA_PATH);
mkdirSync(dirname(target), { recursive: true });
writeFileSync(target, serializeJourneyJsonSchema());
console.log(`wrote ${JOURNEY_JSON_SCHEMA_PATH}`);
