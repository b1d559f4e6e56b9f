import type { Client } from './createTestApp.js';

/** The part of JSON Schema that the OpenAPI document of this API uses. */
export interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  items?: JsonSchema;
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  nullable?: boolean;
  default?: unknown;
  pattern?: string;
  format?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  minItems?: number;
  maxItems?: number;
}

export interface Parameter {
  name: string;
  schema: JsonSchema;
  required: boolean;
}

/** One route of the OpenAPI document: method, path (`/api/workspaces/{workspaceId}`), inputs. */
export interface Operation {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  path: string;
  pathParams: Parameter[];
  query: Parameter[];
  /** The JSON body's schema, when the route declares one. */
  body: JsonSchema | null;
  /** `METHOD /path`, as tests name routes. */
  name: string;
}

interface OpenApiDocument {
  paths: Record<
    string,
    Record<
      string,
      {
        parameters?: { in: string; name: string; required?: boolean; schema: JsonSchema }[];
        requestBody?: { content?: Record<string, { schema: JsonSchema }> };
      }
    >
  >;
}

const METHODS = new Set(['get', 'post', 'put', 'patch', 'delete']);
export const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** Every operation of the running app's OpenAPI document (`GET /api/docs/json`). */
export async function readOperations(client: Client): Promise<Operation[]> {
  const response = await client.request('GET', '/api/docs/json');
  if (response.statusCode !== 200) throw new Error(`no OpenAPI document: ${response.statusCode}`);
  const document = response.json() as OpenApiDocument;
  return Object.entries(document.paths).flatMap(([path, operations]) =>
    Object.entries(operations)
      .filter(([method]) => METHODS.has(method))
      .map(([method, op]): Operation => {
        const parameters = op.parameters ?? [];
        const toParameter = (p: (typeof parameters)[number]): Parameter => ({
          name: p.name,
          schema: p.schema,
          required: p.required ?? false,
        });
        const upper = method.toUpperCase() as Operation['method'];
        return {
          method: upper,
          path,
          pathParams: parameters.filter((p) => p.in === 'path').map(toParameter),
          query: parameters.filter((p) => p.in === 'query').map(toParameter),
          body: op.requestBody?.content?.['application/json']?.schema ?? null,
          name: `${upper} ${path}`,
        };
      }),
  );
}

/** The id prefix a schema's pattern asks for (`^prs_[0-9a-z]{6,40}$` → `prs`), if it is an id. */
export function idPrefixOf(schema: JsonSchema): string | null {
  return /^\^([a-z]{3})_\[0-9a-z\]/.exec(schema.pattern ?? '')?.[1] ?? null;
}

/** Fills `{name}` segments of an OpenAPI path, URL-encoding each value. */
export function fillPath(path: string, values: Record<string, string>): string {
  return path.replace(/\{(\w+)\}/g, (_m, name: string) => encodeURIComponent(values[name] ?? ''));
}

/** The schema without its null option (`nullable`, `type: [x, 'null']`, `anyOf` with a null member). */
export function nonNull(schema: JsonSchema): JsonSchema {
  if (Array.isArray(schema.type)) {
    const types = schema.type.filter((t) => t !== 'null');
    return { ...schema, type: types.length === 1 ? types[0] : types };
  }
  const options = schema.anyOf ?? schema.oneOf;
  if (options) {
    const rest = options.filter((o) => o.type !== 'null');
    if (rest.length === 1) return nonNull(rest[0]!);
  }
  return schema;
}

export function typeOf(schema: JsonSchema): string | undefined {
  const s = nonNull(schema);
  if (typeof s.type === 'string') return s.type;
  if (Array.isArray(s.type)) return s.type[0];
  if (s.properties) return 'object';
  if (s.items) return 'array';
  return undefined;
}

export interface SampleContext {
  /** A real id for a prefix (`prs` → a persona of the workspace), when there is one. */
  idFor(prefix: string): string | undefined;
  /** The value for a property whose name calls for a real value (`version`), if any. */
  byName?(name: string): unknown;
}

const TEXT_CANDIDATES = ['https://example.com/picture.png', 'channel', 'someone@example.com', 'Sample text'];

/** A plausible value for a string schema: a real id, an enum member, or text matching the pattern. */
function sampleString(schema: JsonSchema, context: SampleContext): string {
  const prefix = idPrefixOf(schema);
  if (prefix) return context.idFor(prefix) ?? `${prefix}_sample000000`;
  if (schema.format === 'email') return 'someone@example.com';
  if (schema.format === 'date-time') return '2025-01-01T00:00:00.000Z';
  if (schema.pattern) {
    const pattern = new RegExp(schema.pattern);
    const match = TEXT_CANDIDATES.find((t) => pattern.test(t));
    if (match) return match;
  }
  const text = 'Sample text';
  return text.padEnd(schema.minLength ?? 0, 'x').slice(0, schema.maxLength ?? text.length);
}

/**
 * A plausible value for a schema: every property present (optional ones too), arrays of one item, real
 * ids where the schema asks for an id. Not always valid (cross-field rules), but close to it: the base
 * that tests change one field of.
 */
export function sampleValue(schema: JsonSchema, context: SampleContext, name = ''): unknown {
  const named = name ? context.byName?.(name) : undefined;
  if (named !== undefined) return named;
  const s = nonNull(schema);
  if (s.const !== undefined) return s.const;
  if (s.enum && s.enum.length > 0) return s.enum[0];
  const options = s.anyOf ?? s.oneOf;
  if (options && options.length > 0) return sampleValue(options[0]!, context, name);
  if (s.allOf && s.allOf.length > 0) return sampleValue(s.allOf[0]!, context, name);
  switch (typeOf(s)) {
    case 'string':
      return sampleString(s, context);
    case 'integer':
    case 'number':
      return Math.min(Math.max(1, s.minimum ?? 1), s.maximum ?? 1);
    case 'boolean':
      return true;
    case 'array':
      return s.items ? [sampleValue(s.items, context)] : [];
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const [key, child] of Object.entries(s.properties ?? {}))
        out[key] = sampleValue(child, context, key);
      return out;
    }
    default:
      return null;
  }
}
