import { closeSync, openSync, readSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { SEGMENT_TYPES } from '../import/segmentMessage.js';

/** The event log formats `trailmap mine` reads (the app's importers). */
export type LogFormat = 'xes' | 'csv' | 'parquet' | 'ndjson' | 'ocel' | 'segment';
export const LOG_FORMATS: readonly LogFormat[] = ['xes', 'csv', 'parquet', 'ndjson', 'ocel', 'segment'];

export const LOG_FORMAT_NAMES: Readonly<Record<LogFormat, string>> = {
  xes: 'XES',
  csv: 'CSV',
  parquet: 'Parquet',
  ndjson: 'NDJSON',
  ocel: 'OCEL 2.0 JSON',
  segment: 'Segment JSON',
};

export interface DetectedFormat {
  format: LogFormat;
  /** Whether the file name settled it, or the first bytes (JSON files, unknown extensions). */
  by: 'extension' | 'content';
}

/** How many bytes of the file the content checks look at. */
const sniffBytes = 64 * 1024;

/**
 * The format of a log file. The extension decides for `.xes`, `.xes.gz`, `.csv`, `.csv.gz`, `.tsv`,
 * `.parquet` and `.jsonocel`; JSON files (`.json`, `.ndjson`, `.jsonl`) and unknown extensions are told
 * apart by their first 64 KB (see docs/mining.md, "Formats"). Null when neither says.
 */
export function detectLogFormat(path: string): DetectedFormat | null {
  const name = path.toLowerCase();
  const byName = (format: LogFormat): DetectedFormat => ({ format, by: 'extension' });
  if (name.endsWith('.xes') || name.endsWith('.xes.gz')) return byName('xes');
  if (name.endsWith('.csv') || name.endsWith('.csv.gz') || name.endsWith('.tsv')) return byName('csv');
  if (name.endsWith('.parquet')) return byName('parquet');
  if (name.endsWith('.jsonocel')) return byName('ocel');
  const head = readHead(path);
  const json = name.endsWith('.json') || name.endsWith('.ndjson') || name.endsWith('.jsonl');
  const format = sniffFormat(head, json);
  return format === null ? null : { format, by: 'content' };
}

function readHead(path: string): Buffer {
  const fd = openSync(path, 'r');
  try {
    const buffer = Buffer.alloc(sniffBytes);
    const length = readSync(fd, buffer, 0, sniffBytes, 0);
    return buffer.subarray(0, length);
  } finally {
    closeSync(fd);
  }
}

/** The format the first bytes of a file show; `json` says the name promises JSON. */
export function sniffFormat(head: Buffer, json: boolean): LogFormat | null {
  if (head.subarray(0, 4).toString('latin1') === 'PAR1') return 'parquet';
  if (head[0] === 0x1f && head[1] === 0x8b) {
    // gzip: XES and CSV are read gzipped (a partial stream still shows its beginning)
    const text = gunzipHead(head);
    if (text === null) return null;
    return /^\s*</.test(text) ? 'xes' : sniffCsv(text);
  }
  const text = head.toString('utf8').replace(/^\uFEFF/, '');
  const start = text.trimStart();
  if (start.startsWith('<')) return 'xes';
  if (start.startsWith('{') || start.startsWith('[')) return sniffJson(start);
  return json ? null : sniffCsv(text);
}

function gunzipHead(head: Buffer): string | null {
  try {
    return gunzipSync(head, { finishFlush: 2 /* Z_SYNC_FLUSH: accept a cut-off stream */ }).toString('utf8');
  } catch {
    return null;
  }
}

const segmentTypes = new Set<string>(SEGMENT_TYPES);
const segmentTypeField = new RegExp(`"type"\\s*:\\s*"(${SEGMENT_TYPES.join('|')})"`, 'i');

/** A Segment message: a known `type` and a user or anonymous id or an event name. */
function isSegmentMessage(value: unknown): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const message = value as Record<string, unknown>;
  return (
    typeof message.type === 'string' &&
    segmentTypes.has(message.type.toLowerCase()) &&
    ('userId' in message || 'anonymousId' in message || 'event' in message || 'messageId' in message)
  );
}

/**
 * JSON: a first line that is a whole object is NDJSON (Segment when it is a Segment message); else one
 * document: OCEL 2.0 (`objectTypes`, `objects`, `events`, or OCEL 1.0's `ocel:` keys, which the OCEL
 * reader refuses with its reason) or Segment (`{ "batch": [...] }`, an array of messages, one message).
 */
function sniffJson(text: string): LogFormat | null {
  const firstLine = text.slice(0, text.indexOf('\n') === -1 ? text.length : text.indexOf('\n'));
  const first = parseJson(firstLine);
  if (first !== undefined && typeof first === 'object' && first !== null && !Array.isArray(first)) {
    const record = first as Record<string, unknown>;
    if (Array.isArray(record.batch)) return 'segment';
    if ('objectTypes' in record || 'ocel:global-log' in record) return 'ocel';
    return isSegmentMessage(record) ? 'segment' : 'ndjson';
  }
  if (/"objectTypes"\s*:|"ocel:global-log"\s*:|"ocel:events"\s*:/.test(text)) return 'ocel';
  if (/^\{\s*"batch"\s*:/.test(text) || /"batch"\s*:\s*\[/.test(text)) return 'segment';
  if (text.startsWith('[') && segmentTypeField.test(text)) return 'segment';
  const whole = parseJson(text);
  return isSegmentMessage(whole) ? 'segment' : null;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** Text whose first line has a delimiter (comma, semicolon, tab or bar) between two names is CSV. */
function sniffCsv(text: string): LogFormat | null {
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  // eslint-disable-next-line no-control-regex
  if (/[\x00-\x08\x0e-\x1f]/.test(firstLine)) return null;
  return /^[^,;\t|]+[,;\t|][^,;\t|]/.test(firstLine) ? 'csv' : null;
}
