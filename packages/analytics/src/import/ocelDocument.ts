/**
 * Reading and validating an OCEL 2.0 JSON document (objectTypes, eventTypes, objects, events).
 * The whole document is parsed at once: OCEL JSON is one JSON value, not a line format.
 */
import { openInput, readWholeText, type ParserInput } from './ndjsonLines.js';
import { isPlainObject, parseTimestampMs } from './parquetValues.js';
import { ImportError } from './types.js';

export interface OcelRelationship {
  objectId: string;
  qualifier: string | null;
}

export interface OcelEvent {
  id: string;
  type: string;
  tsMs: number;
  attributes: Record<string, unknown>;
  relationships: OcelRelationship[];
}

export interface OcelDocument {
  file: string;
  bytesTotal: number;
  /** Declared object types, plus any type only seen on objects, in declaration order. */
  objectTypes: string[];
  /** Object id → object type. */
  objectTypeOf: Map<string, string>;
  events: OcelEvent[];
}

function fail(file: string, field: string, reason: string): never {
  throw new ImportError(reason, { file, field });
}

function readString(value: unknown, file: string, field: string): string {
  if (typeof value === 'string' && value !== '') return value;
  if (typeof value === 'number') return String(value);
  return fail(file, field, 'must be a non-empty string');
}

function readArray(value: unknown, file: string, field: string, optional = false): unknown[] {
  if (Array.isArray(value)) return value;
  if (optional && (value === undefined || value === null)) return [];
  return fail(file, field, 'must be an array');
}

function readAttributes(value: unknown, file: string, field: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  readArray(value, file, field, true).forEach((attribute, i) => {
    if (!isPlainObject(attribute)) fail(file, `${field}[${i}]`, 'must be an object with name and value');
    out[readString(attribute.name, file, `${field}[${i}].name`)] = attribute.value ?? null;
  });
  return out;
}

function readRelationships(value: unknown, file: string, field: string): OcelRelationship[] {
  return readArray(value, file, field, true).map((relationship, i) => {
    if (!isPlainObject(relationship)) fail(file, `${field}[${i}]`, 'must be an object with objectId');
    const qualifier = relationship.qualifier;
    return {
      objectId: readString(relationship.objectId, file, `${field}[${i}].objectId`),
      qualifier: typeof qualifier === 'string' ? qualifier : null,
    };
  });
}

function readEvent(
  value: unknown,
  index: number,
  file: string,
  objectTypeOf: Map<string, string>,
): OcelEvent {
  const at = `events[${index}]`;
  if (!isPlainObject(value)) fail(file, at, 'must be an object');
  const tsMs = parseTimestampMs(value.time);
  if (tsMs === null) fail(file, `${at}.time`, `not a timestamp: ${JSON.stringify(value.time ?? null)}`);
  const relationships = readRelationships(value.relationships, file, `${at}.relationships`);
  relationships.forEach((relationship, i) => {
    if (!objectTypeOf.has(relationship.objectId)) {
      fail(file, `${at}.relationships[${i}].objectId`, `unknown object "${relationship.objectId}"`);
    }
  });
  return {
    id: readString(value.id, file, `${at}.id`),
    type: readString(value.type, file, `${at}.type`),
    tsMs,
    attributes: readAttributes(value.attributes, file, `${at}.attributes`),
    relationships,
  };
}

/** Validates a parsed OCEL 2.0 JSON value. */
export function readOcelValue(value: unknown, file: string, bytesTotal: number): OcelDocument {
  if (!isPlainObject(value)) fail(file, '(root)', 'an OCEL 2.0 JSON document must be an object');
  if ('ocel:events' in value) {
    fail(
      file,
      'ocel:events',
      'this is OCEL 1.0 JSON; convert it to OCEL 2.0 JSON (objectTypes, objects, events)',
    );
  }
  const objectTypes: string[] = [];
  readArray(value.objectTypes, file, 'objectTypes', true).forEach((type, i) => {
    const name = isPlainObject(type) ? type.name : undefined;
    objectTypes.push(readString(name, file, `objectTypes[${i}].name`));
  });
  const objectTypeOf = new Map<string, string>();
  readArray(value.objects, file, 'objects').forEach((object, i) => {
    if (!isPlainObject(object)) fail(file, `objects[${i}]`, 'must be an object');
    const id = readString(object.id, file, `objects[${i}].id`);
    const type = readString(object.type, file, `objects[${i}].type`);
    if (objectTypeOf.has(id)) fail(file, `objects[${i}].id`, `duplicate object id "${id}"`);
    objectTypeOf.set(id, type);
    if (!objectTypes.includes(type)) objectTypes.push(type);
  });
  const events = readArray(value.events, file, 'events').map((event, i) =>
    readEvent(event, i, file, objectTypeOf),
  );
  return { file, bytesTotal, objectTypes, objectTypeOf, events };
}

/** Reads and validates an OCEL 2.0 JSON input. */
export async function readOcelDocument(
  input: ParserInput,
  onBytes?: (bytesRead: number, bytesTotal: number | null) => void,
): Promise<OcelDocument> {
  const opened = await openInput(input);
  const text = await readWholeText(opened.chunks, opened.name, (n) => onBytes?.(n, opened.bytesTotal));
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new ImportError(`invalid JSON: ${(error as Error).message}`, { file: opened.name });
  }
  return readOcelValue(value, opened.name, opened.bytesTotal ?? Buffer.byteLength(text));
}
