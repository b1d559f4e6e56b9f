import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import Papa from 'papaparse';
import { resolveCsvColumns, type CsvColumns } from '../import/parseCsv.js';
import { ImportError } from '../import/types.js';
import {
  insertVersion,
  nextStagingName,
  rejectDuplicates,
  stageSql,
  type ImportResult,
} from './importEvents.js';
import type { EventStore } from './openEventStore.js';

export interface NativeImportOptions {
  /** Column mapping as for `parseCsv`; unmapped fields are detected from the header. */
  columns?: Partial<CsvColumns>;
  /** CSV only: the field delimiter (detected by DuckDB when omitted). */
  delimiter?: string;
}

const quoteIdent = (name: string): string => `"${name.replaceAll('"', '""')}"`;
const quoteText = (text: string): string => `'${text.replaceAll("'", "''")}'`;

/**
 * Imports a CSV file without passing rows through JavaScript: DuckDB's `read_csv` reads the file (in
 * parallel), the mapping becomes SQL, and the rows are checked and inserted like `importEvents` does.
 * Same all-or-nothing behaviour and event ids as `parseCsv` + `importEvents`.
 */
export async function importCsvFile(
  store: EventStore,
  dataset: string,
  path: string,
  options: NativeImportOptions = {},
): Promise<ImportResult> {
  const file = basename(path);
  const header = readCsvHeader(path, file, options.delimiter);
  const delimiter = options.delimiter ? `, delim = ${quoteText(options.delimiter)}` : '';
  const reader = `read_csv(${quoteText(path)}, header = true, all_varchar = true${delimiter})`;
  return importNative(store, dataset, reader, header, options, file, 'csv');
}

/** Imports a Parquet file through DuckDB's `read_parquet`, mapped and checked as `importCsvFile` does. */
export async function importParquetFile(
  store: EventStore,
  dataset: string,
  path: string,
  options: NativeImportOptions = {},
): Promise<ImportResult> {
  const file = basename(path);
  const reader = `read_parquet(${quoteText(path)})`;
  let header: string[];
  try {
    const described = await store.connection.runAndReadAll(`DESCRIBE SELECT * FROM ${reader}`);
    header = described.getRowObjectsJS().map((row) => String(row.column_name));
  } catch (error) {
    throw new ImportError(cleanDuckdbMessage(error), { file });
  }
  return importNative(store, dataset, reader, header, options, file, 'parquet');
}

function readCsvHeader(path: string, file: string, delimiter: string | undefined): string[] {
  let size: number;
  try {
    size = statSync(path).size;
  } catch {
    throw new ImportError('no such file', { file });
  }
  if (size === 0) throw new ImportError('the file is empty', { file });
  const bytes = Buffer.alloc(Math.min(size, 1 << 20));
  const fd = openSync(path, 'r');
  try {
    readSync(fd, bytes, 0, bytes.length, 0);
  } finally {
    closeSync(fd);
  }
  const text = bytes.toString('utf8');
  const end = text.indexOf('\n');
  if (end === -1 && size > bytes.length)
    throw new ImportError(`a line longer than ${bytes.length} characters`, { file, line: 1 });
  const firstLine = (end === -1 ? text : text.slice(0, end)).replace(/\r$/, '');
  const parsed = Papa.parse<string[]>(firstLine, delimiter ? { delimiter } : {});
  const header = (parsed.data[0] ?? []).map((name) => name.trim());
  if (header.length === 0 || (header.length === 1 && header[0] === ''))
    throw new ImportError('the file is empty (no header row)', { file });
  return header;
}

function cleanDuckdbMessage(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? 'unreadable file';
}

async function importNative(
  store: EventStore,
  dataset: string,
  reader: string,
  header: string[],
  options: NativeImportOptions,
  file: string,
  source: 'csv' | 'parquet',
): Promise<ImportResult> {
  const columns = resolveCsvColumns(header, options.columns ?? {}, file);
  return store.runExclusive(async () => {
    const connection = store.connection;
    const staging = nextStagingName();
    const raw = `${staging}_raw`;
    const text = (column: string | null): string =>
      column === null ? 'NULL' : `NULLIF(CAST(${quoteIdent(column)} AS VARCHAR), '')`;
    const time = (column: string | null): string =>
      column === null ? 'NULL' : `epoch_ms(TRY_CAST(${text(column)} AS TIMESTAMPTZ))`;
    const score = (column: string | null): string =>
      column === null ? 'NULL' : `TRY_CAST(${text(column)} AS DOUBLE)`;
    const mapped = new Set(
      Object.values(columns).filter((c): c is string => c !== null && c !== columns.channel),
    );
    const rest = header.filter((name) => !mapped.has(name));
    // empty values are left out, as parseCsv does (concat_ws skips NULLs)
    const entries = rest.map(
      (name) => `${quoteText(`${JSON.stringify(name)}:`)} || CAST(to_json(${text(name)}) AS VARCHAR)`,
    );
    const properties = rest.length ? `'{' || concat_ws(',', ${entries.join(', ')}) || '}'` : "'{}'";
    const caseExpr = text(columns.case);
    const eventId =
      columns.eventId !== null
        ? text(columns.eventId)
        : columns.case !== null
          ? `${caseExpr} || '/' || CAST(row_number() OVER (PARTITION BY ${caseExpr} ORDER BY rowid) - 1 AS VARCHAR)`
          : `'line:' || CAST(rowid + 2 AS VARCHAR)`;
    try {
      try {
        await connection.run(`CREATE OR REPLACE TEMP TABLE ${raw} AS SELECT * FROM ${reader}`);
      } catch (error) {
        throw new ImportError(cleanDuckdbMessage(error), { file });
      }
      await connection.run(stageSql.replaceAll('{{staging}}', staging));
      await connection.run(
        `INSERT INTO ${staging}
        SELECT CAST(rowid AS INTEGER), CAST(rowid + 2 AS INTEGER), ${eventId}, ${text(columns.customer)}, ${text(columns.anonymous)},
               ${caseExpr}, ${time(columns.timestamp)}, ${time(columns.startTimestamp)}, coalesce(${text(columns.activity)}, ''),
               ${text(columns.channel)}, '${source}', ${properties}, ${score(columns.nps)}, ${score(columns.csat)}, ${score(columns.ces)}
        FROM ${raw}`.replace(
          `, ${time(columns.timestamp)},`,
          `, coalesce(${time(columns.timestamp)}, 'NaN'::DOUBLE),`,
        ),
      );
      await rejectBadValues(store, staging, columns, file);
      // derived ids (`<case>/<index in case>`, `line:<n>`) are unique by construction: the index has no
      // '/', so the last '/' splits every id back into one (case, index) pair
      if (columns.eventId !== null) await rejectDuplicates(store, staging, file);
      const counted = await connection.runAndReadAll(`SELECT count(*) AS n FROM ${staging}`);
      const eventsRead = Number(counted.getRowObjectsJS()[0]?.n ?? 0);
      return await insertVersion(store, dataset, staging, eventsRead);
    } finally {
      await connection.run(`DROP TABLE IF EXISTS ${staging}`);
      await connection.run(`DROP TABLE IF EXISTS ${raw}`);
    }
  });
}

/** The first row with an empty or unreadable required value or a score out of range, as an ImportError. */
async function rejectBadValues(
  store: EventStore,
  staging: string,
  columns: CsvColumns,
  file: string,
): Promise<void> {
  const checks: { condition: string; reason: string; column: string | null }[] = [
    { condition: "s.activity = ''", reason: 'empty activity', column: columns.activity },
    { condition: 'isnan(s.ts_ms)', reason: 'empty or unparsable timestamp', column: columns.timestamp },
    ...(columns.case !== null
      ? [{ condition: 's.case_id IS NULL', reason: 'empty case id', column: columns.case }]
      : []),
    {
      condition: 's.nps IS NOT NULL AND (s.nps < 0 OR s.nps > 10)',
      reason: 'nps score is not a number from 0 to 10',
      column: columns.nps,
    },
    {
      condition: 's.csat IS NOT NULL AND (s.csat < 1 OR s.csat > 5)',
      reason: 'csat score is not a number from 1 to 5',
      column: columns.csat,
    },
    {
      condition: 's.ces IS NOT NULL AND (s.ces < 1 OR s.ces > 7)',
      reason: 'ces score is not a number from 1 to 7',
      column: columns.ces,
    },
  ];
  const union = checks
    .map(
      (check, i) =>
        `SELECT ${i} AS check_index, min(s.source_line) AS line FROM ${staging} s WHERE ${check.condition}`,
    )
    .join(' UNION ALL ');
  const reader = await store.connection.runAndReadAll(
    `SELECT check_index, line FROM (${union}) WHERE line IS NOT NULL ORDER BY line, check_index LIMIT 1`,
  );
  const bad = reader.getRowObjectsJS()[0];
  if (!bad) return;
  const check = checks[Number(bad.check_index)];
  throw new ImportError(check?.reason ?? 'bad value', {
    file,
    line: Number(bad.line),
    column: check?.column ?? undefined,
  });
}
