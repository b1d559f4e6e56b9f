import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CHANNELS } from '../channels.js';
import { exportJourneyDocument } from './exportJourneyDocument.js';
import { JOURNEY_JSON_SCHEMA_PATH, getJourneyJsonSchema } from './getJourneyJsonSchema.js';
import { serializeJourneyDocument } from './serializeJourneyDocument.js';
import { storeDemo } from './testDocuments.js';

const repositoryRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../../..');

type JsonSchema = {
  type?: string;
  const?: unknown;
  enum?: unknown[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  minItems?: number;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  maxItems?: number;
  pattern?: string;
  additionalProperties?: JsonSchema | boolean;
};

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

/**
 * A small structural JSON Schema checker for the keywords the generated schema uses (type, const, enum,
 * properties, required, items, anyOf, bounds, pattern, additionalProperties). Returns the failing paths.
 */
function checkValue(schema: JsonSchema, value: unknown, path: string): string[] {
  if (schema.anyOf) {
    const options = schema.anyOf.map((option) => checkValue(option, value, path));
    return options.some((errors) => errors.length === 0) ? [] : [`${path}: matches no anyOf option`];
  }
  if (schema.oneOf) {
    const matching = schema.oneOf.filter((option) => checkValue(option, value, path).length === 0).length;
    return matching === 1 ? [] : [`${path}: matches ${matching} oneOf options`];
  }
  const errors: string[] = [];
  const actual = typeOf(value);
  if (schema.type && !(schema.type === actual || (schema.type === 'number' && actual === 'integer')))
    return [`${path}: expected ${schema.type}, got ${actual}`];
  if ('const' in schema && schema.const !== value)
    errors.push(`${path}: expected ${JSON.stringify(schema.const)}`);
  if (schema.enum && !schema.enum.includes(value)) errors.push(`${path}: not in enum`);
  if (typeof value === 'number') {
    if (schema.minimum !== undefined && value < schema.minimum) errors.push(`${path}: below minimum`);
    if (schema.maximum !== undefined && value > schema.maximum) errors.push(`${path}: above maximum`);
  }
  if (typeof value === 'string') {
    if (schema.minLength !== undefined && value.length < schema.minLength) errors.push(`${path}: too short`);
    if (schema.maxLength !== undefined && value.length > schema.maxLength) errors.push(`${path}: too long`);
    if (schema.pattern !== undefined && !new RegExp(schema.pattern).test(value))
      errors.push(`${path}: pattern`);
  }
  if (Array.isArray(value)) {
    if (schema.maxItems !== undefined && value.length > schema.maxItems)
      errors.push(`${path}: too many items`);
    if (schema.minItems !== undefined && value.length < schema.minItems)
      errors.push(`${path}: too few items`);
    if (schema.items)
      value.forEach((item, i) => errors.push(...checkValue(schema.items!, item, `${path}.${i}`)));
  }
  if (actual === 'object') {
    const record = value as Record<string, unknown>;
    for (const key of schema.required ?? []) if (!(key in record)) errors.push(`${path}.${key}: required`);
    for (const [key, child] of Object.entries(record)) {
      const property = schema.properties?.[key];
      if (property) errors.push(...checkValue(property, child, `${path}.${key}`));
      else if (schema.additionalProperties === false) errors.push(`${path}.${key}: not allowed`);
      else if (typeof schema.additionalProperties === 'object')
        errors.push(...checkValue(schema.additionalProperties, child, `${path}.${key}`));
    }
  }
  return errors;
}

describe('getJourneyJsonSchema', () => {
  it(`getJourneyJsonSchema() matches the committed ${JOURNEY_JSON_SCHEMA_PATH} (run writeJourneySchema.ts when this fails)`, () => {
    const committed = JSON.parse(
      readFileSync(resolve(repositoryRoot, JOURNEY_JSON_SCHEMA_PATH), 'utf8'),
    ) as unknown;
    expect(committed).toEqual(getJourneyJsonSchema());
  });

  it('getJourneyJsonSchema() requires the document keys and lists every channel', () => {
    const schema = getJourneyJsonSchema() as JsonSchema;
    expect(schema.required).toEqual(['format', 'formatVersion', 'exportedAt', 'journey']);
    const journey = schema.properties!.journey!;
    expect(journey.required).toEqual(expect.arrayContaining(['id', 'title']));
    expect(journey.required).not.toContain('goal');
    const touchpoint = journey.properties!.touchpoints!.items!;
    expect(touchpoint.required).toEqual(['phaseId', 'title', 'channel', 'id']);
    expect(touchpoint.properties!.channel!.enum).toEqual([...CHANNELS]);
    expect(touchpoint.properties!.emotion).toMatchObject({ type: 'integer', minimum: -3, maximum: 3 });
    expect(journey.required).not.toContain('datasetId');
    expect(touchpoint.properties!.matcher!.anyOf).toHaveLength(2);
  });

  it('an exported document is valid against the published JSON Schema', () => {
    const committed = JSON.parse(
      readFileSync(resolve(repositoryRoot, JOURNEY_JSON_SCHEMA_PATH), 'utf8'),
    ) as JsonSchema;
    const { personas, journeys } = storeDemo();
    for (const journey of journeys) {
      const document = JSON.parse(
        serializeJourneyDocument(exportJourneyDocument(journey, personas)),
      ) as unknown;
      expect(checkValue(committed, document, '$')).toEqual([]);
    }
  });

  it('the published JSON Schema rejects what parseJourneyDocument rejects structurally', () => {
    const committed = JSON.parse(
      readFileSync(resolve(repositoryRoot, JOURNEY_JSON_SCHEMA_PATH), 'utf8'),
    ) as JsonSchema;
    const { personas, journeys } = storeDemo();
    const document = JSON.parse(serializeJourneyDocument(exportJourneyDocument(journeys[0]!, personas))) as {
      journey: { touchpoints: Record<string, unknown>[] };
    };
    document.journey.touchpoints[0]!.channel = 'carrier-pigeon';
    document.journey.touchpoints[1]!.emotion = 5;
    delete document.journey.touchpoints[2]!.title;
    document.journey.touchpoints[3]!.matcher = { activities: [] };
    document.journey.touchpoints[4]!.matcher = {
      activities: ['Ad Viewed'],
      properties: [{ key: 'x', op: 'between', value: 1 }],
    };
    expect(checkValue(committed, document, '$')).toEqual([
      '$.journey.touchpoints.0.channel: not in enum',
      '$.journey.touchpoints.1.emotion: above maximum',
      '$.journey.touchpoints.2.title: required',
      '$.journey.touchpoints.3.matcher: matches no anyOf option',
      '$.journey.touchpoints.4.matcher: matches no anyOf option',
    ]);
  });
});
