import { basename } from 'node:path';
import {
  applyIdentities,
  cutByInactivity,
  DEFAULT_FIELD_CANDIDATES,
  DEFAULT_GAPS,
  ImportError,
  importEvents,
  importXesFile,
  parseCsv,
  parseNdjson,
  parseOcel,
  parseParquet,
  parseSegmentBatch,
  readOcelDocument,
  stitchIdentities,
  summariseOcelObjectTypes,
  type CsvColumns,
  type EventStore,
  type ImportRow,
  type OcelDocument,
  type OcelObjectTypeSummary,
  type ProgressListener,
} from '@trailmap/analytics';
import type { LogFormat } from './detectLogFormat.js';

/** What `trailmap mine` was asked to read and how (every mapping is optional). */
export interface MineInput {
  file: string;
  /** CSV, Parquet, NDJSON: the case column (or field path); Segment: the property holding the case id. */
  caseColumn?: string;
  activityColumn?: string;
  timestampColumn?: string;
  /** XES: the attributes joined into the activity name. */
  classifier?: string[];
  npsColumn?: string;
  csatColumn?: string;
  cesColumn?: string;
  /** CSV, Parquet, NDJSON: a column; XES: an event or trace attribute. */
  customerColumn?: string;
  channelColumn?: string;
  /** OCEL: the object type whose objects are the cases (default: the type related to the most events). */
  objectType?: string;
  /** Cut each customer's events into journeys after this many seconds without an event. */
  gapSeconds?: number;
  /** A row without a case id stops the import (with its file and line) instead of being counted. */
  strictCase?: boolean;
}

/** What one journey (case) is in the mined log. */
export type CaseNotion =
  /** XES: a trace (its `concept:name`). */
  | { kind: 'trace' }
  /** CSV, Parquet, NDJSON: the value of a column or field (given with --case or found by its name). */
  | { kind: 'column'; column: string }
  /** Segment: the value of a property of each message (--case). */
  | { kind: 'property'; property: string }
  /** OCEL: an object of this type, with the events related to it. */
  | {
      kind: 'objectType';
      objectType: string;
      /** `flag`: --object-type; `default`: the type related to the most events. */
      chosenBy: 'flag' | 'default';
      /** Every object type of the document, in its declaration order. */
      objectTypes: OcelObjectTypeSummary[];
    }
  /** A customer's events (identities stitched), cut where no event came for longer than the gap. */
  | { kind: 'inactivityGap'; gapSeconds: number };

/** Facts of the import that the store does not hold. */
export interface ImportedLog {
  format: LogFormat;
  caseNotion: CaseNotion;
  /** Events that belong to no case under the case notion; counted and left out of the journeys. */
  eventsWithoutCase: number;
}

const dataset = 'log';
const batchSize = 10_000;

/** Imports a log file into `store` as the dataset `log`, applying the case notion. */
export async function importLog(
  store: EventStore,
  input: MineInput,
  format: LogFormat,
  onProgress?: ProgressListener,
): Promise<ImportedLog> {
  const file = basename(input.file);
  switch (format) {
    case 'xes': {
      const options = {
        ...(input.classifier ? { classifier: input.classifier } : {}),
        ...(input.channelColumn ? { channelKey: input.channelColumn } : {}),
        ...(input.customerColumn ? { customerKey: input.customerColumn } : {}),
      };
      await importXesFile(store, dataset, input.file, options, onProgress);
      return { format, caseNotion: { kind: 'trace' }, eventsWithoutCase: 0 };
    }
    case 'ocel':
      return importOcel(store, input, onProgress);
    case 'segment': {
      const rows = () => parseSegmentBatch({ path: input.file }, {}, onProgress);
      if (input.caseColumn === undefined) {
        const gapSeconds = input.gapSeconds ?? DEFAULT_GAPS.serviceJourneySeconds;
        const eventsWithoutCase = await importCutByGap(store, rows(), gapSeconds, input, file);
        return { format, caseNotion: { kind: 'inactivityGap', gapSeconds }, eventsWithoutCase };
      }
      const property = input.caseColumn;
      const tally = await importWithCase(store, rows(), (row) => readProperty(row, property), input, file);
      return { format, caseNotion: { kind: 'property', property }, eventsWithoutCase: tally };
    }
    case 'csv':
    case 'parquet':
    case 'ndjson': {
      const parse = tabularParser(format, input);
      if (input.gapSeconds !== undefined) {
        const rows = parse({ case: null }, onProgress);
        const eventsWithoutCase = await importCutByGap(store, rows, input.gapSeconds, input, file);
        return {
          format,
          caseNotion: { kind: 'inactivityGap', gapSeconds: input.gapSeconds },
          eventsWithoutCase,
        };
      }
      const column = input.caseColumn ?? (await findCaseColumn(parse, file));
      const rows = parse({}, onProgress);
      const tally = await importWithCase(store, rows, (row) => row.caseId, input, file, column ?? undefined);
      // a file without rows has no case column to find, and its import has thrown "no events"
      if (column === null) throw new ImportError('no events', { file });
      return { format, caseNotion: { kind: 'column', column }, eventsWithoutCase: tally };
    }
  }
}

type TabularParser = (
  columns: Partial<Record<keyof CsvColumns, string | null>>,
  onProgress?: ProgressListener,
) => AsyncIterable<ImportRow[]>;

/** The CSV, Parquet or NDJSON parser with the mapping flags applied (`extra` on top). */
function tabularParser(format: 'csv' | 'parquet' | 'ndjson', input: MineInput): TabularParser {
  const given: Partial<CsvColumns> = {
    ...(input.caseColumn ? { case: input.caseColumn } : {}),
    ...(input.activityColumn ? { activity: input.activityColumn } : {}),
    ...(input.timestampColumn ? { timestamp: input.timestampColumn } : {}),
    ...(input.npsColumn ? { nps: input.npsColumn } : {}),
    ...(input.csatColumn ? { csat: input.csatColumn } : {}),
    ...(input.cesColumn ? { ces: input.cesColumn } : {}),
    ...(input.customerColumn ? { customer: input.customerColumn } : {}),
    ...(input.channelColumn ? { channel: input.channelColumn } : {}),
  };
  const source = { path: input.file };
  return (extra, onProgress) => {
    const columns = { ...given, ...extra } as Partial<CsvColumns>;
    if (format === 'csv') return parseCsv(source, { columns, allowEmptyCase: true }, onProgress);
    if (format === 'parquet') return parseParquet(source, { columns }, onProgress);
    return parseNdjson(source, { columns }, onProgress);
  };
}

/**
 * The case column the parsers find by name (the first of `DEFAULT_FIELD_CANDIDATES.case` present,
 * compared case-insensitively): read from the first batch parsed without a case mapping, where that
 * column is an ordinary property. A file without one is an error that says how to name one; null for a
 * file without rows.
 */
async function findCaseColumn(parse: TabularParser, file: string): Promise<string | null> {
  const names = new Set<string>();
  let rows = 0;
  for await (const batch of parse({ case: null })) {
    for (const row of batch) for (const key of Object.keys(row.properties ?? {})) names.add(key);
    rows += batch.length;
    break;
  }
  if (rows === 0) return null;
  for (const candidate of DEFAULT_FIELD_CANDIDATES.case) {
    const found = [...names].find((name) => name.toLowerCase() === candidate);
    if (found !== undefined) return found;
  }
  throw new ImportError(
    `no case column (looked for ${DEFAULT_FIELD_CANDIDATES.case.join(', ')}; unmapped columns: ${[...names].join(', ') || 'none'}); name one with --case COL or cut each customer's events into journeys with --gap DURATION`,
    { file },
  );
}

function readProperty(row: ImportRow, key: string): string | null {
  const value = row.properties?.[key];
  if (typeof value === 'string') return value.trim() === '' ? null : value;
  if (typeof value === 'number' || typeof value === 'bigint') return String(value);
  return null;
}

function withoutCaseError(
  row: ImportRow,
  record: number,
  file: string,
  what: string,
  column?: string,
): ImportError {
  // Rows without a line (Segment batches) are named by their position among the events and their id.
  const line = row.sourceLine;
  const position = line === undefined ? ` (event ${record} of the file, id "${row.eventId}")` : '';
  return new ImportError(
    `${what}${position} (--strict-case; without it, such events are counted and left out)`,
    {
      file,
      ...(line !== undefined ? { line } : {}),
      ...(column !== undefined ? { column } : {}),
    },
  );
}

/**
 * Imports the rows that have a case id (`caseOf`), counting the others; with --strict-case the first
 * row without one stops the import. Returns how many rows had none.
 */
async function importWithCase(
  store: EventStore,
  batches: AsyncIterable<ImportRow[]>,
  caseOf: (row: ImportRow) => string | null,
  input: MineInput,
  file: string,
  column?: string,
): Promise<number> {
  let without = 0;
  let kept = 0;
  let record = 0;
  async function* rowsWithCase(): AsyncGenerator<ImportRow[]> {
    for await (const batch of batches) {
      const out: ImportRow[] = [];
      for (const row of batch) {
        record += 1;
        const caseId = caseOf(row);
        if (caseId === null) {
          if (input.strictCase) throw withoutCaseError(row, record, file, 'empty case id', column);
          without += 1;
          continue;
        }
        out.push(caseId === row.caseId ? row : { ...row, caseId });
      }
      kept += out.length;
      if (out.length) yield out;
    }
    if (kept === 0 && without > 0) {
      throw new ImportError(
        `none of the ${without.toLocaleString('en')} events has a case id${column ? ` in column "${column}"` : ''}`,
        { file },
      );
    }
  }
  await importEvents(store, dataset, rowsWithCase(), undefined, { file });
  return without;
}

/**
 * The inactivity-gap case notion: stitches identities over all rows (userId ↔ anonymousId), cuts each
 * customer's events where the time since the previous one is longer than the gap, and imports them.
 * Rows with neither a customer nor an anonymous id belong to no journey (counted, or fatal with
 * --strict-case). Returns how many rows were left out.
 */
async function importCutByGap(
  store: EventStore,
  batches: AsyncIterable<ImportRow[]>,
  gapSeconds: number,
  input: MineInput,
  file: string,
): Promise<number> {
  const rows: ImportRow[] = [];
  for await (const batch of batches) {
    for (const row of batch) {
      if (input.strictCase && !row.customerId && !row.anonymousId) {
        throw withoutCaseError(row, rows.length + 1, file, 'no customer or anonymous id');
      }
      rows.push(row);
    }
  }
  const stitched = applyIdentities(rows, stitchIdentities({ rows }));
  const cut = cutByInactivity(stitched, gapSeconds);
  if (cut.rows.length === 0 && cut.droppedCount > 0) {
    throw new ImportError(
      `none of the ${cut.droppedCount.toLocaleString('en')} events has a customer or anonymous id`,
      { file },
    );
  }
  async function* inBatches(): AsyncGenerator<ImportRow[]> {
    for (let start = 0; start < cut.rows.length; start += batchSize) {
      yield cut.rows.slice(start, start + batchSize);
    }
  }
  await importEvents(store, dataset, inBatches(), undefined, { file });
  return cut.droppedCount;
}

/** OCEL 2.0: the chosen (or default) object type's objects are the cases. */
async function importOcel(
  store: EventStore,
  input: MineInput,
  onProgress: ProgressListener | undefined,
): Promise<ImportedLog> {
  const file = basename(input.file);
  const document = await readOcelDocument({ path: input.file });
  const objectTypes = summariseOcelObjectTypes(document);
  const chosen = input.objectType ?? chooseObjectType(objectTypes);
  const summary = objectTypes.find((type) => type.name === chosen);
  if (chosen === undefined || summary === undefined) {
    const available = objectTypes.map((type) => `"${type.name}"`).join(', ') || '(none)';
    throw new ImportError(
      chosen === undefined
        ? 'the document has no object types'
        : `unknown object type "${chosen}"; the document has ${available}`,
      { file, field: 'objectType' },
    );
  }
  const eventsWithoutCase = document.events.length - summary.eventCount;
  if (input.strictCase && eventsWithoutCase > 0) {
    const index = firstEventWithoutObject(document, chosen);
    const event = document.events[index];
    throw new ImportError(
      `event "${event?.id ?? ''}" (${event?.type ?? ''}) has no object of type "${chosen}" (--strict-case; without it, such events are counted and left out)`,
      { file, field: `events[${index}]` },
    );
  }
  const rows = parseOcel({ path: input.file }, { objectType: chosen }, onProgress);
  await importEvents(store, dataset, rows, undefined, { file });
  return {
    format: 'ocel',
    caseNotion: {
      kind: 'objectType',
      objectType: chosen,
      chosenBy: input.objectType === undefined ? 'default' : 'flag',
      objectTypes,
    },
    eventsWithoutCase,
  };
}

/** The object type related to the most events (then the most objects, then the first declared). */
export function chooseObjectType(types: readonly OcelObjectTypeSummary[]): string | undefined {
  let best: OcelObjectTypeSummary | undefined;
  for (const type of types) {
    if (
      best === undefined ||
      type.eventCount > best.eventCount ||
      (type.eventCount === best.eventCount && type.objectCount > best.objectCount)
    ) {
      best = type;
    }
  }
  return best?.name;
}

function firstEventWithoutObject(document: OcelDocument, objectType: string): number {
  return document.events.findIndex(
    (event) =>
      !event.relationships.some(({ objectId }) => document.objectTypeOf.get(objectId) === objectType),
  );
}
