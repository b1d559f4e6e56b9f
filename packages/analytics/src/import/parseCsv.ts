import Papa from 'papaparse';
import { DEFAULT_FIELD_CANDIDATES, type ColumnMapping } from './columnMapping.js';
import { openSource, type SourceInput } from './openSource.js';
import { parseTimestamp } from './parseTimestamp.js';
import { ImportError, type ImportRow, type Parser, type ProgressListener } from './types.js';

/** Which CSV column holds which canonical field (null: the file has none). */
export type CsvColumns = ColumnMapping;

export interface CsvOptions {
  /** Explicit mapping; unmapped fields are detected from pm4py/XES-style or plain names. */
  columns?: Partial<CsvColumns>;
  delimiter?: string;
  batchSize?: number;
  /** Longest line accepted, in characters. */
  maxLineChars?: number;
  /**
   * Keep rows whose case column is empty (with `caseId` null and the event id `line:<n>`) instead of
   * failing at the first one; the caller decides what a row without a case is (default false).
   */
  allowEmptyCase?: boolean;
}

const candidates = DEFAULT_FIELD_CANDIDATES;
const required: readonly (keyof CsvColumns)[] = ['case', 'activity', 'timestamp'];
const scoreRanges = { nps: [0, 10], csat: [1, 5], ces: [1, 7] } as const;
const defaultMaxLineChars = 1 << 20;

/** Resolves the column mapping against a header row; throws an ImportError naming what is missing. */
export function resolveCsvColumns(
  header: readonly string[],
  given: Partial<CsvColumns>,
  file: string,
): CsvColumns {
  const lower = header.map((name) => name.trim().toLowerCase());
  const resolved = {} as CsvColumns;
  for (const field of Object.keys(candidates) as (keyof CsvColumns)[]) {
    const explicit = given[field];
    if (explicit !== undefined) {
      if (explicit !== null && !header.includes(explicit)) {
        throw new ImportError(
          `missing column "${explicit}" (mapped to ${field}); the header has: ${header.join(', ')}`,
          {
            file,
            line: 1,
            column: explicit,
          },
        );
      }
      (resolved as unknown as Record<string, string | null>)[field] = explicit;
      continue;
    }
    const index = candidates[field].map((name) => lower.indexOf(name)).find((i) => i !== -1);
    const found = index === undefined ? null : (header[index] ?? null);
    if (found === null && required.includes(field)) {
      throw new ImportError(
        `missing ${field} column (looked for ${candidates[field].join(', ')}); the header has: ${header.join(', ')}`,
        { file, line: 1 },
      );
    }
    (resolved as unknown as Record<string, string | null>)[field] = found;
  }
  return resolved;
}

/** A streaming CSV parser (papaparse) with a column mapping. */
export const parseCsv: Parser<CsvOptions> = async function* (
  input: SourceInput,
  options: CsvOptions,
  onProgress?: ProgressListener,
) {
  const source = openSource(input);
  const file = source.name;
  const batchSize = options.batchSize ?? 8192;
  const maxLineChars = options.maxLineChars ?? defaultMaxLineChars;
  let header: string[] | null = null;
  let columns: CsvColumns | null = null;
  let index: Record<string, number> = {};
  let line = 0;
  let batch: ImportRow[] = [];
  let rows = 0;
  const perCase = new Map<string, number>();
  let runChars = 0;
  let lineNo = 1;
  let leftover = '';
  let delimiter = options.delimiter;
  let newline: '\n' | '\r\n' = '\n';

  const take = (records: string[][]): void => {
    for (const record of records) {
      line++;
      if (record.length === 1 && record[0] === '') continue;
      if (header === null) {
        header = record.map((name) => name.trim());
        columns = resolveCsvColumns(header, options.columns ?? {}, file);
        index = Object.fromEntries(header.map((name, i) => [name, i]));
        continue;
      }
      batch.push(
        toRow(record, line, header, columns as CsvColumns, index, file, perCase, options.allowEmptyCase),
      );
    }
  };
  const parse = (text: string, last: boolean): number => {
    const parser = new Papa.Parser({ delimiter, newline });
    const result = parser.parse(text, 0, !last) as Papa.ParseResult<string[]>;
    const quoteError = result.errors.find((e) => e.type === 'Quotes');
    if (quoteError && last) {
      throw new ImportError('a quoted field is never closed', {
        file,
        line: line + (quoteError.row ?? 0) + 1,
      });
    }
    take(result.data);
    return result.meta.cursor;
  };

  for await (const chunk of source.chunks) {
    for (let start = 0; ;) {
      const nl = chunk.indexOf('\n', start);
      runChars += (nl === -1 ? chunk.length : nl) - start;
      if (runChars > maxLineChars)
        throw new ImportError(`a line longer than ${maxLineChars} characters`, { file, line: lineNo });
      if (nl === -1) break;
      runChars = 0;
      lineNo++;
      start = nl + 1;
    }
    if (delimiter === undefined) {
      delimiter = guessDelimiter(chunk);
      if (chunk.includes('\r\n')) newline = '\r\n';
    }
    const text = leftover.length ? Buffer.from(leftover + chunk, 'utf8').toString('utf8') : chunk;
    const cursor = parse(text, false);
    leftover = text.slice(cursor);
    if (batch.length >= batchSize) {
      rows += batch.length;
      onProgress?.({ rows, bytesRead: source.bytesRead(), bytesTotal: source.bytesTotal });
      const out = batch;
      batch = [];
      yield out;
    }
  }
  if (leftover.length) parse(leftover, true);
  if (header === null) throw new ImportError('the file is empty (no header row)', { file });
  rows += batch.length;
  onProgress?.({ rows, bytesRead: source.bytesRead(), bytesTotal: source.bytesTotal });
  if (batch.length) yield batch;
};

function guessDelimiter(text: string): string {
  const firstLine = text.slice(0, Math.max(0, text.indexOf('\n')) || text.length);
  const counts = [',', ';', '\t', '|'].map((d) => [d, firstLine.split(d).length - 1] as const);
  counts.sort((a, b) => b[1] - a[1]);
  return counts[0] && counts[0][1] > 0 ? counts[0][0] : ',';
}

function toRow(
  record: readonly string[],
  line: number,
  header: readonly string[],
  columns: CsvColumns,
  index: Record<string, number>,
  file: string,
  perCase: Map<string, number>,
  allowEmptyCase = false,
): ImportRow {
  if (record.length !== header.length) {
    throw new ImportError(`expected ${header.length} fields, found ${record.length}`, { file, line });
  }
  const cell = (column: string | null): string | null => {
    if (column === null) return null;
    const value = record[index[column] as number];
    return value === undefined || value === '' ? null : value;
  };
  const activity = cell(columns.activity);
  if (activity === null) throw new ImportError('empty activity', { file, line, column: columns.activity });
  const tsMs = readTime(cell(columns.timestamp), columns.timestamp, file, line, true) as number;
  const startTsMs =
    columns.startTimestamp === null
      ? null
      : readTime(cell(columns.startTimestamp), columns.startTimestamp, file, line, false);
  const caseId = cell(columns.case);
  if (columns.case !== null && caseId === null && !allowEmptyCase)
    throw new ImportError('empty case id', { file, line, column: columns.case });
  let eventId = cell(columns.eventId);
  if (eventId === null) {
    if (caseId === null) eventId = `line:${line}`;
    else {
      const k = perCase.get(caseId) ?? 0;
      perCase.set(caseId, k + 1);
      eventId = `${caseId}/${k}`;
    }
  }
  const mapped = new Set(
    Object.values(columns).filter((c): c is string => c !== null && c !== columns.channel),
  );
  const properties: Record<string, string> = {};
  for (let i = 0; i < header.length; i++) {
    const name = header[i] as string;
    const value = record[i];
    if (value !== undefined && value !== '' && !mapped.has(name)) properties[name] = value;
  }
  return {
    eventId,
    caseId,
    customerId: cell(columns.customer),
    anonymousId: cell(columns.anonymous),
    tsMs,
    startTsMs,
    activity,
    channel: cell(columns.channel),
    source: 'csv',
    properties,
    nps: readScore(cell(columns.nps), 'nps', columns.nps, file, line),
    csat: readScore(cell(columns.csat), 'csat', columns.csat, file, line),
    ces: readScore(cell(columns.ces), 'ces', columns.ces, file, line),
    sourceLine: line,
  };
}

function readTime(
  value: string | null,
  column: string,
  file: string,
  line: number,
  needed: boolean,
): number | null {
  if (value === null) {
    if (needed) throw new ImportError('empty timestamp', { file, line, column });
    return null;
  }
  const ms = parseTimestamp(value);
  if (Number.isNaN(ms)) throw new ImportError(`unparsable timestamp "${value}"`, { file, line, column });
  return ms;
}

function readScore(
  value: string | null,
  kind: keyof typeof scoreRanges,
  column: string | null,
  file: string,
  line: number,
): number | null {
  if (value === null || column === null) return null;
  const score = Number(value);
  const [low, high] = scoreRanges[kind];
  if (!Number.isFinite(score) || score < low || score > high) {
    throw new ImportError(`${kind} score "${value}" is not a number from ${low} to ${high}`, {
      file,
      line,
      column,
    });
  }
  return score;
}
