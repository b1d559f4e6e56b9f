import { createReadStream } from 'node:fs';
import { createGunzip } from 'node:zlib';
import Papa from 'papaparse';
import type { DatasetColumns, DatasetFormat, DatasetMapping } from '@trailmap/domain';
import { DEFAULT_GAPS } from '../cases/types.js';
import { DEFAULT_FIELD_CANDIDATES } from '../import/columnMapping.js';
import { listOcelObjectTypes, parseOcel, type OcelObjectTypeSummary } from '../import/ocel.js';
import { parseNdjsonLine } from '../import/ndjson.js';
import { parseXes } from '../import/parseXes.js';
import { chooseObjectType } from '../mine/importLog.js';
import { parseTimestamp } from '../import/parseTimestamp.js';
import { parseSegmentBatch } from '../import/segment.js';
import { ImportError, type ImportRow } from '../import/types.js';
import type { EventStore } from '../store/openEventStore.js';

/** What a column's sampled values look like. */
export type PreviewColumnType = 'timestamp' | 'number' | 'boolean' | 'text' | 'empty';
export type PreviewValue = string | number | boolean | null;

export interface PreviewColumn {
  name: string;
  type: PreviewColumnType;
  /** Up to three distinct non-empty values, as text. */
  examples: string[];
}

/** The first rows of a file and what Trailmap reads in it, before anything is imported. */
export interface DatasetPreview {
  format: DatasetFormat;
  columns: PreviewColumn[];
  /** The first rows (at most `PREVIEW_ROWS`), by column name. */
  rows: Record<string, PreviewValue>[];
  /** The mapping Trailmap would use: columns recognised by pm4py/XES or plain names. */
  suggested: DatasetMapping;
  /** Case, activity or timestamp columns not recognised (the mapping must name them). */
  missing: ('case' | 'activity' | 'timestamp')[];
  /** OCEL 2.0: the object types, one of which becomes the case notion. */
  objectTypes?: OcelObjectTypeSummary[];
}

export const PREVIEW_ROWS = 20;
const HEAD_BYTES = 256 * 1024;

/** The first `HEAD_BYTES` of a file as text, gunzipped when it is gzip. */
async function readHeadText(path: string): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  const raw = createReadStream(path, { start: 0, end: HEAD_BYTES * 4 });
  const first = await new Promise<Buffer>((resolve, reject) => {
    raw.once('readable', () => resolve((raw.read(2) as Buffer | null) ?? Buffer.alloc(0)));
    raw.once('error', reject);
  });
  raw.unshift(first);
  const source = first[0] === 0x1f && first[1] === 0x8b ? raw.pipe(createGunzip()) : raw;
  try {
    for await (const chunk of source as AsyncIterable<Buffer>) {
      chunks.push(chunk);
      size += chunk.length;
      if (size >= HEAD_BYTES) break;
    }
  } catch {
    // a gzip stream cut by the byte range ends early: what was read so far is the head
  } finally {
    raw.destroy();
  }
  return Buffer.concat(chunks)
    .subarray(0, HEAD_BYTES)
    .toString('utf8')
    .replace(/^\uFEFF/, '');
}

function typeOf(values: readonly PreviewValue[]): PreviewColumnType {
  const present = values.filter((v) => v !== null && v !== '');
  if (present.length === 0) return 'empty';
  if (present.every((v) => typeof v === 'boolean' || v === 'true' || v === 'false')) return 'boolean';
  if (
    present.every((v) => typeof v === 'number' || (typeof v === 'string' && /^-?\d+(\.\d+)?$/.test(v.trim())))
  )
    return 'number';
  const isTime = (v: PreviewValue) => {
    if (typeof v !== 'string' || !/\d{4}|\d{1,2}[/.-]\d{1,2}/.test(v)) return false;
    try {
      return !Number.isNaN(parseTimestamp(v));
    } catch {
      return false;
    }
  };
  if (present.every(isTime)) return 'timestamp';
  return 'text';
}

function describeColumns(
  names: readonly string[],
  rows: readonly Record<string, PreviewValue>[],
): PreviewColumn[] {
  return names.map((name) => {
    const values = rows.map((row) => row[name] ?? null);
    const examples = [...new Set(values.filter((v) => v !== null && v !== '').map(String))].slice(0, 3);
    return { name, type: typeOf(values), examples };
  });
}

/** The canonical fields recognised among `names`, as pm4py/XES or plain names (case-insensitive). */
function recognise(names: readonly string[]): DatasetColumns {
  const lower = names.map((n) => n.trim().toLowerCase());
  const found: DatasetColumns = {};
  for (const [field, candidates] of Object.entries(DEFAULT_FIELD_CANDIDATES)) {
    const index = candidates.map((c) => lower.indexOf(c)).find((i) => i !== -1);
    if (index !== undefined) found[field as keyof DatasetColumns] = names[index];
  }
  return found;
}

const REQUIRED = ['case', 'activity', 'timestamp'] as const;

function missingOf(columns: DatasetColumns, needsCase: boolean): DatasetPreview['missing'] {
  return REQUIRED.filter((field) => (field !== 'case' || needsCase) && columns[field] === undefined);
}

/** Rows of a canonical parser, as the preview shows them (the event model's fields and the properties). */
function canonicalRecord(row: ImportRow): Record<string, PreviewValue> {
  const record: Record<string, PreviewValue> = {
    case: row.caseId,
    activity: row.activity,
    timestamp: new Date(row.tsMs).toISOString(),
    customer: row.customerId,
    anonymous: row.anonymousId,
    channel: row.channel,
  };
  for (const [key, value] of Object.entries(row.properties ?? {})) {
    record[key] =
      value === null || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
        ? value
        : JSON.stringify(value);
  }
  return record;
}

async function firstRows(rows: AsyncIterable<ImportRow[]>): Promise<ImportRow[]> {
  const out: ImportRow[] = [];
  for await (const batch of rows) {
    out.push(...batch.slice(0, PREVIEW_ROWS - out.length));
    if (out.length >= PREVIEW_ROWS) break;
  }
  return out;
}

function previewCanonical(
  format: DatasetFormat,
  rows: ImportRow[],
  suggested: DatasetMapping,
): DatasetPreview {
  const records = rows.map(canonicalRecord);
  const names = [...new Set(records.flatMap((r) => Object.keys(r)))];
  return { format, columns: describeColumns(names, records), rows: records, suggested, missing: [] };
}

/**
 * Reads the start of an uploaded file and says what it holds: its columns (or XES/OCEL attributes) with
 * their types, the first rows, the mapping Trailmap recognises and what it still needs. Reads at most the
 * first 256 KB of tabular files; nothing is imported. Throws an `ImportError` for a file it cannot read.
 */
export async function previewDatasetFile(
  store: EventStore,
  input: { path: string; fileName: string; format: DatasetFormat },
): Promise<DatasetPreview> {
  const { path, fileName, format } = input;
  const base = { columns: {}, caseNotion: { kind: 'column' as const } };
  switch (format) {
    case 'csv': {
      const text = await readHeadText(path);
      const lines = text.split(/\r?\n/);
      // the last line of the head may be cut; leave it out unless the head is the whole file
      const whole = lines.slice(0, Math.min(lines.length, PREVIEW_ROWS + 1)).join('\n');
      const parsed = Papa.parse<Record<string, string>>(whole, { header: true, skipEmptyLines: true });
      const names = parsed.meta.fields ?? [];
      if (names.length === 0) throw new ImportError('no header row', { file: fileName, line: 1 });
      const rows = parsed.data.slice(0, PREVIEW_ROWS).map((r) => ({ ...r }) as Record<string, PreviewValue>);
      const columns = recognise(names);
      return {
        format,
        columns: describeColumns(names, rows),
        rows,
        suggested: {
          ...base,
          columns,
          ...(parsed.meta.delimiter !== ',' ? { delimiter: parsed.meta.delimiter } : {}),
        },
        missing: missingOf(columns, true),
      };
    }
    case 'ndjson': {
      const text = await readHeadText(path);
      const records: Record<string, PreviewValue>[] = [];
      const lines = text.split('\n');
      // a head cut inside a line: that line is left out
      if (text.length >= HEAD_BYTES) lines.pop();
      for (const [i, line] of lines.entries()) {
        if (records.length >= PREVIEW_ROWS) break;
        if (line.trim() === '') continue;
        const value = parseNdjsonLine(new TextEncoder().encode(line), fileName, i + 1);
        if (value === null) continue;
        records.push(
          Object.fromEntries(
            Object.entries(value).map(([k, v]) => [
              k,
              v === null || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean'
                ? v
                : JSON.stringify(v),
            ]),
          ),
        );
      }
      const names = [...new Set(records.flatMap((r) => Object.keys(r)))];
      const columns = recognise(names);
      return {
        format,
        columns: describeColumns(names, records),
        rows: records,
        suggested: { ...base, columns },
        missing: missingOf(columns, true),
      };
    }
    case 'parquet': {
      const quoted = `'${path.replaceAll("'", "''")}'`;
      const reader = await store.connection.runAndReadAll(
        `SELECT * FROM read_parquet(${quoted}) LIMIT ${PREVIEW_ROWS}`,
      );
      const names = reader.columnNames();
      const rows = reader.getRowObjectsJS().map((row) =>
        Object.fromEntries(
          names.map((name) => {
            const v = row[name];
            const value: PreviewValue =
              v === null || v === undefined
                ? null
                : typeof v === 'bigint'
                  ? Number(v)
                  : v instanceof Date
                    ? v.toISOString()
                    : typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean'
                      ? v
                      : String(v);
            return [name, value];
          }),
        ),
      );
      const columns = recognise(names);
      return {
        format,
        columns: describeColumns(names, rows),
        rows,
        suggested: { ...base, columns },
        missing: missingOf(columns, true),
      };
    }
    case 'xes': {
      const rows = await firstRows(parseXes({ path }, {}));
      return previewCanonical(format, rows, base);
    }
    case 'ocel': {
      const objectTypes = await listOcelObjectTypes(path);
      // the type `trailmap mine` takes without --object-type
      const chosen = chooseObjectType(objectTypes);
      if (!chosen) throw new ImportError('no object types', { file: fileName });
      const rows = await firstRows(parseOcel({ path }, { objectType: chosen }));
      return { ...previewCanonical(format, rows, { ...base, objectType: chosen }), objectTypes };
    }
    case 'segment': {
      const rows = await firstRows(parseSegmentBatch({ path }, {}));
      return previewCanonical(format, rows, {
        ...base,
        caseNotion: { kind: 'inactivity', gapSeconds: DEFAULT_GAPS.serviceJourneySeconds },
      });
    }
  }
}
