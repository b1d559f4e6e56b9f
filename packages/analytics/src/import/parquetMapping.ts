/**
 * The field mapping shared by the Parquet and NDJSON parsers (the same options as the CSV
 * column mapping): which field holds the case, activity, timestamp, customer, channel, start
 * timestamp and survey scores. Unmapped fields go to `properties`.
 */
import { basename } from 'node:path';
import { DEFAULT_FIELD_CANDIDATES, type ColumnMapping } from './columnMapping.js';
import { ImportError, type ImportRow } from './types.js';
import {
  describeScoreRange,
  isPlainObject,
  isScoreInRange,
  parseTimestampMs,
  readNumber,
  toJsonValue,
  type ScoreName,
} from './parquetValues.js';

/**
 * Which field holds which canonical value: a column name, or for nested records a dotted path
 * (`properties.nps`); null says the input has none (no auto-detection). The same keys as the CSV
 * parser's `CsvColumns`, so one mapping form serves CSV, Parquet and NDJSON. An exact key wins over
 * a path when a key itself contains dots.
 */
export type MappedColumns = ColumnMapping;

export type MappedField = keyof MappedColumns;

/** Options of the mapped parsers (Parquet, NDJSON), like `CsvOptions`. */
export interface MappedImportOptions {
  /** Explicit mapping; any field left out is detected from {@link DEFAULT_FIELD_CANDIDATES}. */
  columns?: Partial<MappedColumns>;
  /** The `source` written on every row (default: the format name). */
  source?: string;
  /** Channel for rows whose channel field is missing or empty. */
  defaultChannel?: string;
  /** Rows per yielded batch (default 10,000). */
  batchSize?: number;
}

export { DEFAULT_FIELD_CANDIDATES };

export const DEFAULT_BATCH_SIZE = 10_000;

const MAPPED_FIELDS = Object.keys(DEFAULT_FIELD_CANDIDATES) as MappedField[];
const SCORE_FIELDS: readonly ScoreName[] = ['nps', 'csat', 'ces'];

/** Where a record came from, for error messages and derived event ids. */
export interface RecordPosition {
  file: string;
  /** 1-based line (NDJSON) or record number (Parquet). */
  line: number;
}

/** Reads a value by exact key first, then by dotted path. */
export function readField(record: Record<string, unknown>, path: string): unknown {
  if (path in record) return record[path];
  let current: unknown = record;
  for (const part of path.split('.')) {
    if (!isPlainObject(current) || !(part in current)) return undefined;
    current = current[part];
  }
  return current;
}

/** The record's top-level key for a candidate name, compared case-insensitively. */
function findKey(keys: readonly string[], candidate: string): string | undefined {
  return keys.find((key) => key.toLowerCase() === candidate);
}

/** The path each field resolves to for this record: the explicit mapping, else the first candidate present. */
export function resolveFieldPaths(
  record: Record<string, unknown>,
  columns: Partial<MappedColumns> = {},
): Partial<Record<MappedField, string>> {
  const paths: Partial<Record<MappedField, string>> = {};
  const keys = Object.keys(record);
  for (const field of MAPPED_FIELDS) {
    const explicit = columns[field];
    if (explicit === null) continue;
    if (explicit !== undefined) {
      paths[field] = explicit;
      continue;
    }
    for (const candidate of DEFAULT_FIELD_CANDIDATES[field]) {
      const found = findKey(keys, candidate);
      if (found !== undefined) {
        paths[field] = found;
        break;
      }
    }
  }
  return paths;
}

function omitPath(record: Record<string, unknown>, parts: readonly string[]): Record<string, unknown> {
  const [head, ...rest] = parts;
  if (head === undefined || !(head in record)) return record;
  const copy = { ...record };
  const inner = copy[head];
  if (rest.length === 0 || !isPlainObject(inner)) delete copy[head];
  else {
    const reduced = omitPath(inner, rest);
    if (Object.keys(reduced).length === 0) delete copy[head];
    else copy[head] = reduced;
  }
  return copy;
}

/** Everything not mapped; a nested `properties` object is spread into the top level. */
function collectProperties(
  record: Record<string, unknown>,
  paths: Partial<Record<MappedField, string>>,
): Record<string, unknown> | null {
  let rest = record;
  for (const path of Object.values(paths)) {
    rest = path in rest ? omitPath(rest, [path]) : omitPath(rest, path.split('.'));
  }
  const { properties: nested, ...top } = rest;
  const merged: Record<string, unknown> = isPlainObject(nested) ? { ...nested, ...top } : rest;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(merged)) {
    if (value !== undefined) out[key] = toJsonValue(value);
  }
  return Object.keys(out).length ? out : null;
}

function readText(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value.trim() === '' ? null : value;
  if (typeof value === 'number' || typeof value === 'bigint' || typeof value === 'boolean')
    return String(value);
  if (value instanceof Date) return value.toISOString();
  return JSON.stringify(toJsonValue(value));
}

function fail(position: RecordPosition, field: string, reason: string): never {
  throw new ImportError(reason, { file: position.file, line: position.line, field });
}

function readScoreField(
  record: Record<string, unknown>,
  name: ScoreName,
  path: string | undefined,
  position: RecordPosition,
): number | null {
  if (path === undefined) return null;
  const raw = readField(record, path);
  if (raw === null || raw === undefined || raw === '') return null;
  const n = readNumber(raw);
  if (n === null || !isScoreInRange(name, n)) {
    fail(
      position,
      path,
      `${name} must be a number in ${describeScoreRange(name)}, got ${JSON.stringify(toJsonValue(raw))}`,
    );
  }
  return n;
}

/** Maps one record to a canonical row, or throws an ImportError naming the file, line and field. */
export function mapRecord(
  record: Record<string, unknown>,
  options: MappedImportOptions & { source: string },
  position: RecordPosition,
): ImportRow {
  const paths = resolveFieldPaths(record, options.columns);
  const activityPath = paths.activity;
  if (activityPath === undefined)
    fail(position, 'activity', 'no activity field (map one, or use concept:name)');
  const timestampPath = paths.timestamp;
  if (timestampPath === undefined)
    fail(position, 'timestamp', 'no timestamp field (map one, or use time:timestamp)');

  const activity = readText(readField(record, activityPath));
  if (activity === null) fail(position, activityPath, 'activity is missing or empty');
  const rawTs = readField(record, timestampPath);
  const tsMs = parseTimestampMs(rawTs);
  if (tsMs === null)
    fail(position, timestampPath, `not a timestamp: ${JSON.stringify(toJsonValue(rawTs ?? null))}`);

  let startTsMs: number | null = null;
  if (paths.startTimestamp !== undefined) {
    const rawStart = readField(record, paths.startTimestamp);
    if (rawStart !== null && rawStart !== undefined && rawStart !== '') {
      startTsMs = parseTimestampMs(rawStart);
      if (startTsMs === null) {
        fail(position, paths.startTimestamp, `not a timestamp: ${JSON.stringify(toJsonValue(rawStart))}`);
      }
    }
  }

  const text = (field: MappedField): string | null => {
    const path = paths[field];
    return path === undefined ? null : readText(readField(record, path));
  };
  const [nps, csat, ces] = SCORE_FIELDS.map((name) => readScoreField(record, name, paths[name], position));

  return {
    eventId: text('eventId') ?? `${options.source}:${basename(position.file)}:${position.line}`,
    caseId: text('case'),
    customerId: text('customer'),
    anonymousId: text('anonymous'),
    tsMs,
    startTsMs,
    activity,
    channel: text('channel') ?? options.defaultChannel ?? null,
    source: options.source,
    properties: collectProperties(record, paths),
    nps: nps ?? null,
    csat: csat ?? null,
    ces: ces ?? null,
    sourceLine: position.line,
  };
}
