import { closeSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import Papa from 'papaparse';
import { resolveCsvColumns, type CsvColumns } from '../import/parseCsv.js';
import { ImportError } from '../import/types.js';
import {
  insertVersion,
  writeVersion,
  nextStagingName,
  noEvents,
  rejectDuplicates,
  stageSql,
  type ImportResult,
} from './importEvents.js';
import type { EventStore } from './openEventStore.js';
import { withImportConnection } from './withImportConnection.js';

export interface NativeImportOptions {
  /** Column mapping as for `parseCsv`; unmapped fields are detected from the header. */
  columns?: Partial<CsvColumns>;
  /** CSV only: the field delimiter (detected by DuckDB when omitted). */
  delimiter?: string;
}

const fastInsertSql = readFileSync(new URL('./nativeImportInsert.duckdb.sql', import.meta.url), 'utf8');

/** @internal How many native imports took the fast path, and how many the precise one (for tests). */
export const nativeImportPaths = { fast: 0, precise: 0 };

const quoteIdent = (name: string): string => `"${name.replaceAll('"', '""')}"`;
const quoteText = (text: string): string => `'${text.replaceAll("'", "''")}'`;

/** What the loader reads: the file's header, column types (Parquet) and its SQL readers. */
interface NativeSource {
  kind: 'csv' | 'parquet';
  file: string;
  header: string[];
  /** DuckDB column types by name (Parquet only; CSV columns are read as VARCHAR). */
  types: Map<string, string>;
  /** The reader: mapped into a temp table (CSV fast path), materialised as the raw table (precise path). */
  reader: string;
  /** Parquet: the reader for the fast path, with `file_row_number` as the file position. */
  positioned?: string;
}

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
  return importNative(store, dataset, { kind: 'csv', file, header, types: new Map(), reader }, options);
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
  let described: Record<string, unknown>[];
  try {
    const result = await store.connection.runAndReadAll(`DESCRIBE SELECT * FROM ${reader}`);
    described = result.getRowObjectsJS();
  } catch (error) {
    throw new ImportError(cleanDuckdbMessage(error), { file });
  }
  const header = described.map((row) => String(row.column_name));
  const types = new Map(described.map((row) => [String(row.column_name), String(row.column_type)]));
  // a column of that name would clash with the position DuckDB adds; such files take the precise path
  const positioned = header.includes('file_row_number')
    ? undefined
    : `read_parquet(${quoteText(path)}, file_row_number = true)`;
  return importNative(store, dataset, { kind: 'parquet', file, header, types, reader, positioned }, options);
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

/** The SQL expressions of the mapping, shared by the fast and the precise path. */
interface Mapping {
  text(column: string | null): string;
  /** Epoch milliseconds, NULL when empty or unparsable. */
  timeMs(column: string | null): string;
  score(column: string | null): string;
  /** The properties as JSON text (VARCHAR), for the staging table. */
  properties: string;
  /** The same text, JSON-typed: `json_object` when every value is there (no validating cast), else the cast text. */
  propertiesJson: string;
  /** The header's columns that go into the properties. */
  rest: string[];
  /** `propertiesJson` with `value(name)` as the text of each `rest` column. */
  propertiesJsonOf(value: (name: string) => string): string;
  /** The event id; `pos` is the 0-based position in the file. */
  eventId(pos: string): string;
}

function buildMapping(source: NativeSource, columns: CsvColumns): Mapping {
  const text = (column: string | null): string =>
    column === null ? 'NULL' : `NULLIF(CAST(${quoteIdent(column)} AS VARCHAR), '')`;
  const timeMs = (column: string | null): string => {
    if (column === null) return 'NULL';
    // a typed timestamp reads the same as its text form cast back (the store's time zone is UTC)
    const type = source.types.get(column);
    if (type === 'TIMESTAMP WITH TIME ZONE') return `epoch_ms(${quoteIdent(column)})`;
    if (type === 'TIMESTAMP') return `epoch_ms(CAST(${quoteIdent(column)} AS TIMESTAMPTZ))`;
    return `epoch_ms(TRY_CAST(${text(column)} AS TIMESTAMPTZ))`;
  };
  const score = (column: string | null): string =>
    column === null ? 'NULL' : `TRY_CAST(${text(column)} AS DOUBLE)`;
  const mapped = new Set(
    Object.values(columns).filter((c): c is string => c !== null && c !== columns.channel),
  );
  const rest = source.header.filter((name) => !mapped.has(name));
  // empty values are left out, as parseCsv does (concat_ws skips NULLs)
  const propertiesOf = (value: (name: string) => string): string => {
    const entries = rest.map(
      (name) => `${quoteText(`${JSON.stringify(name)}:`)} || CAST(to_json(${value(name)}) AS VARCHAR)`,
    );
    return rest.length ? `'{' || concat_ws(',', ${entries.join(', ')}) || '}'` : "'{}'";
  };
  // json_object writes keys and values as to_json and JSON.stringify do, except control characters in
  // a key (\u001F vs \u001f): such headers keep the concatenated text
  const plainKeys = rest.every((name) => [...name].every((char) => char.charCodeAt(0) >= 0x20));
  const propertiesJsonOf = (value: (name: string) => string): string =>
    rest.length && plainKeys
      ? `CASE WHEN ${rest.map((name) => `${value(name)} IS NOT NULL`).join(' AND ')}
         THEN json_object(${rest.map((name) => `${quoteText(name)}, ${value(name)}`).join(', ')})
         ELSE CAST(${propertiesOf(value)} AS JSON) END`
      : `CAST(${propertiesOf(value)} AS JSON)`;
  const properties = propertiesOf(text);
  const propertiesJson = propertiesJsonOf(text);
  const caseExpr = text(columns.case);
  const eventId = (pos: string): string =>
    columns.eventId !== null
      ? text(columns.eventId)
      : columns.case !== null
        ? `${caseExpr} || '/' || CAST(row_number() OVER (PARTITION BY ${caseExpr} ORDER BY ${pos}) - 1 AS VARCHAR)`
        : `'line:' || CAST(${pos} + 2 AS VARCHAR)`;
  return { text, timeMs, score, properties, propertiesJson, rest, propertiesJsonOf, eventId };
}

async function importNative(
  store: EventStore,
  dataset: string,
  source: NativeSource,
  options: NativeImportOptions,
): Promise<ImportResult> {
  const columns = resolveCsvColumns(source.header, options.columns ?? {}, source.file);
  const mapping = buildMapping(source, columns);
  return store.runExclusive(() => withImportConnection(store, (importing) => importNative(importing)));

  async function importNative(store: EventStore): Promise<ImportResult> {
    const connection = store.connection;
    const staging = nextStagingName();
    const raw = `${staging}_raw`;
    try {
      const fast = await insertFast(store, dataset, source, columns, mapping, staging);
      if (fast) {
        nativeImportPaths.fast++;
        return fast;
      }
      nativeImportPaths.precise++;
      try {
        await connection.run(`CREATE OR REPLACE TEMP TABLE ${raw} AS SELECT * FROM ${source.reader}`);
      } catch (error) {
        throw new ImportError(cleanDuckdbMessage(error), { file: source.file });
      }
      return await insertPrecise(store, dataset, source, columns, mapping, raw, staging);
    } finally {
      for (const table of [staging, raw, `${staging}_mapped`, `${staging}_cases`])
        await connection.run(`DROP TABLE IF EXISTS ${table}`);
    }
  }
}

/**
 * The optimistic path: the rows are mapped and checked inline (a bad value aborts the statement with
 * error()) and inserted with one INSERT … SELECT in one transaction, with no staging copy. CSV: one
 * parallel read maps and checks the rows into a temp table whose rowid is the file position (read_csv
 * has no row number); Parquet: read directly, `file_row_number` is the position. Returns null when
 * anything fails, after a rollback: the precise path then finds the exact error (or, should the fast
 * path have failed for another reason, imports the file itself).
 */
async function insertFast(
  store: EventStore,
  dataset: string,
  source: NativeSource,
  columns: CsvColumns,
  mapping: Mapping,
  staging: string,
): Promise<ImportResult | null> {
  const connection = store.connection;
  const { text, timeMs, score } = mapping;
  const check = (condition: string, value: string, reason: string): string =>
    `CASE WHEN ${condition} THEN error(${quoteText(reason)}) ELSE ${value} END`;
  const range = (name: string, low: number, high: number): string =>
    check(`${name} < ${low} OR ${name} > ${high}`, name, `${name} out of range`);
  const toTimestamp = (ms: string): string => `to_timestamp(${ms} / 1000)`;
  // CSV: when the properties are made of the channel's text alone (or of nothing), the temp table does not
  // keep them — the insert builds them from its `channel` — so that no JSON string per row is written to
  // it and read back (with other columns in them, keeping their texts instead costs more than it saves)
  const propertiesInInsert = source.kind === 'csv' && mapping.rest.every((name) => name === columns.channel);
  // the mapped values (inner) and their checks (outer, so that each value is computed once); columns
  // the mapping lacks are left out and become NULL in the insert
  const fields: { name: string; column: string | null; value: string; checked: string }[] = [
    { name: 'event_key', column: columns.eventId, value: text(columns.eventId), checked: 'event_key' },
    { name: 'customer_id', column: columns.customer, value: text(columns.customer), checked: 'customer_id' },
    {
      name: 'anonymous_id',
      column: columns.anonymous,
      value: text(columns.anonymous),
      checked: 'anonymous_id',
    },
    {
      name: 'case_id',
      column: columns.case,
      value: text(columns.case),
      checked: check('case_id IS NULL', 'case_id', 'empty case id'),
    },
    {
      name: 'ts',
      column: columns.timestamp,
      value: timeMs(columns.timestamp),
      checked: check('ts IS NULL', toTimestamp('ts'), 'empty or unparsable timestamp'),
    },
    {
      name: 'start_ts',
      column: columns.startTimestamp,
      value: timeMs(columns.startTimestamp),
      checked: toTimestamp('start_ts'),
    },
    {
      name: 'activity',
      column: columns.activity,
      value: text(columns.activity),
      checked: check('activity IS NULL', 'activity', 'empty activity'),
    },
    { name: 'channel', column: columns.channel, value: text(columns.channel), checked: 'channel' },
    {
      name: 'properties',
      column: propertiesInInsert ? null : '',
      value: mapping.propertiesJson,
      checked: 'properties',
    },
    { name: 'nps', column: columns.nps, value: score(columns.nps), checked: range('nps', 0, 10) },
    { name: 'csat', column: columns.csat, value: score(columns.csat), checked: range('csat', 1, 5) },
    { name: 'ces', column: columns.ces, value: score(columns.ces), checked: range('ces', 1, 7) },
  ];
  const present = fields.filter((field) => field.column !== null);
  const checked = (position: string | null, reader: string): string => `
    SELECT ${position === null ? '' : 'pos, '}${present.map((f) => `${f.checked} AS ${f.name}`).join(', ')}
    FROM (SELECT ${position === null ? '' : `${position} AS pos, `}${present.map((f) => `${f.value} AS ${f.name}`).join(', ')}
          FROM ${reader})`;
  const field = (name: string): string =>
    name === 'properties' && propertiesInInsert
      ? mapping.propertiesJsonOf(() => 'channel')
      : present.some((f) => f.name === name)
        ? name
        : 'NULL';
  let rows: string;
  let pos: string;
  try {
    if (source.kind === 'csv') {
      const table = `${staging}_mapped`;
      await connection.run(`CREATE OR REPLACE TEMP TABLE ${table} AS ${checked(null, source.reader)}`);
      rows = `${table} trailmap_r`;
      pos = 'trailmap_r.rowid';
    } else if (source.positioned) {
      rows = `(${checked('file_row_number', source.positioned)}) trailmap_r`;
      pos = 'trailmap_r.pos';
    } else return null;
  } catch {
    return null;
  }
  // the first event of each journey, when the cases table below has it (see recordJourneyStarts.ts)
  let journeyStarts: string | undefined;
  let eventId =
    columns.eventId !== null
      ? 'event_key'
      : columns.case !== null
        ? `concat(case_id, '/', row_number() OVER (PARTITION BY case_id ORDER BY ${pos}) - 1)`
        : `'line:' || CAST(${pos} + 2 AS VARCHAR)`;
  try {
    if (columns.eventId !== null) {
      // a repeated id in the file: the precise path names both lines
      const repeated = await connection.runAndReadAll(
        `SELECT 1 FROM ${rows} GROUP BY event_key HAVING count(*) > 1 LIMIT 1`,
      );
      if (repeated.currentRowCount > 0) return null;
    } else if (columns.case !== null) {
      // `<case>/<index in case>`: when every case's rows are contiguous in the file (the usual export
      // order), the index is the position minus the case's first position — a hash aggregate and a
      // join, much cheaper than the row_number() window, which stays for interleaved cases
      const cases = `${staging}_cases`;
      await connection.run(
        `CREATE OR REPLACE TEMP TABLE ${cases} AS
         SELECT case_id AS trailmap_case, min(${pos}) AS trailmap_first, max(${pos}) AS trailmap_last,
                count(*) AS trailmap_n, epoch_us(min(ts)) AS trailmap_start
         FROM ${rows} GROUP BY ALL`,
      );
      journeyStarts = `SELECT trailmap_case AS case_id, trailmap_start AS start_us FROM ${cases}`;
      const contiguous = await connection.runAndReadAll(
        `SELECT coalesce(bool_and(trailmap_last - trailmap_first + 1 = trailmap_n), true) AS ok FROM ${cases}`,
      );
      if (contiguous.getRowObjectsJS()[0]?.ok === true) {
        rows = `${rows} JOIN ${cases} trailmap_k ON trailmap_k.trailmap_case = trailmap_r.case_id`;
        eventId = `concat(case_id, '/', ${pos} - trailmap_k.trailmap_first)`;
      }
    }
  } catch {
    return null;
  }
  const select = `SELECT ${pos} AS pos, ${eventId} AS event_id, ${fields
    .filter((f) => f.name !== 'event_key')
    .map((f) => `${field(f.name)} AS ${f.name}`)
    .join(', ')} FROM ${rows}`;
  try {
    return await writeVersion(store, connection, dataset, async ({ version, seqBase }) => {
      const head = await connection.runAndReadAll(
        'SELECT EXISTS (SELECT 1 FROM events WHERE dataset = $dataset) AS has_events',
        { dataset },
      );
      const hasEvents = head.getRowObjectsJS()[0]?.has_events === true;
      const sql = fastInsertSql
        .replaceAll('{{rows}}', select)
        .replaceAll(
          '{{existing}}',
          hasEvents
            ? 'ANTI JOIN (SELECT event_id FROM events WHERE dataset = $dataset) e ON e.event_id = s.event_id'
            : '',
        );
      const inserted = await connection.run(sql, {
        dataset,
        version,
        seq_base: seqBase,
        source: source.kind,
      });
      const eventsAdded = Number(inserted.rowsChanged);
      let eventsRead = eventsAdded;
      if (hasEvents) {
        const counted = await connection.runAndReadAll(`SELECT count(*) AS n FROM ${rows}`);
        eventsRead = Number(counted.getRowObjectsJS()[0]?.n ?? 0);
      }
      // rolled back: the precise path reports the empty file
      if (eventsRead === 0) throw new Error(noEvents);
      // every row was added when the dataset held no events, so the cases table has their journeys' starts
      return { eventsRead, eventsAdded, journeyStarts: hasEvents ? undefined : journeyStarts };
    });
  } catch {
    // writeVersion rolled the version back; the precise path finds and names the bad value.
    return null;
  }
}

/** The precise path: staged, checked row by row for the first bad value, then `insertVersion`. */
async function insertPrecise(
  store: EventStore,
  dataset: string,
  source: NativeSource,
  columns: CsvColumns,
  mapping: Mapping,
  raw: string,
  staging: string,
): Promise<ImportResult> {
  const connection = store.connection;
  const { text, timeMs, score } = mapping;
  await connection.run(stageSql.replaceAll('{{staging}}', staging));
  await connection.run(
    `INSERT INTO ${staging}
    SELECT CAST(rowid AS INTEGER), CAST(rowid + 2 AS INTEGER), ${mapping.eventId('rowid')}, ${text(columns.customer)},
           ${text(columns.anonymous)}, ${text(columns.case)}, coalesce(${timeMs(columns.timestamp)}, 'NaN'::DOUBLE),
           ${timeMs(columns.startTimestamp)}, coalesce(${text(columns.activity)}, ''), ${text(columns.channel)},
           '${source.kind}', ${mapping.properties}, ${score(columns.nps)}, ${score(columns.csat)}, ${score(columns.ces)}
    FROM ${raw}`,
  );
  await rejectBadValues(store, staging, columns, source.file);
  // derived ids (`<case>/<index in case>`, `line:<n>`) are unique by construction: the index has no
  // '/', so the last '/' splits every id back into one (case, index) pair
  if (columns.eventId !== null) await rejectDuplicates(store, staging, source.file);
  const counted = await connection.runAndReadAll(`SELECT count(*) AS n FROM ${staging}`);
  const eventsRead = Number(counted.getRowObjectsJS()[0]?.n ?? 0);
  if (eventsRead === 0) throw new ImportError(noEvents, { file: source.file });
  return await insertVersion(store, dataset, staging, eventsRead);
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
