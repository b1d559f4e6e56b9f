import { basename } from 'node:path';
import { applyIdentities } from '../identity/applyIdentities.js';
import { stitchIdentities } from '../identity/stitchIdentities.js';
import { cutByInactivity } from '../cases/cutByInactivity.js';
import { cutByStartEnd } from '../cases/cutByStartEnd.js';
import { DEFAULT_GAPS } from '../cases/types.js';
import { DEFAULT_FIELD_CANDIDATES } from '../import/columnMapping.js';
import { parseNdjson } from '../import/ndjson.js';
import { parseOcel, summariseOcelObjectTypes, type OcelObjectTypeSummary } from '../import/ocel.js';
import { readOcelDocument, type OcelDocument } from '../import/ocelDocument.js';
import { parseParquet } from '../import/parquet.js';
import { parseCsv, type CsvColumns } from '../import/parseCsv.js';
import { parseSegmentBatch } from '../import/segment.js';
import { ImportError, type ImportRow, type ProgressListener } from '../import/types.js';
import { importEvents } from '../store/importEvents.js';
import { importXesFile } from '../store/importXesFile.js';
import type { EventStore } from '../store/openEventStore.js';
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
  /**
   * Tabular formats: every column of the mapping, `null` for "no such column" (the name is then not
   * recognised either); it wins over the single column fields above.
   */
  columns?: Partial<Record<keyof CsvColumns, string | null>>;
  /** CSV: the field delimiter (detected when left out). */
  delimiter?: string;
  /** Cut each customer's events into journeys after this many seconds without an event. */
  gapSeconds?: number;
  /** Cut each customer's events into journeys from a start activity to an end activity. */
  startEnd?: { start: readonly string[]; end: readonly string[] };
  /** Property names whose equal values prove one customer, for stitching (customer number, e-mail hash). */
  sharedKeys?: readonly string[];
  /** A row without a case id stops the import (with its file and line) instead of being counted. */
  strictCase?: boolean;
}

/** What one journey (case) is in the mined log. */
export type LogCaseNotion =
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
  | { kind: 'inactivityGap'; gapSeconds: number }
  /** A customer's events (identities stitched), from a start activity to an end activity. */
  | { kind: 'startEnd'; start: string[]; end: string[] };

/** Facts of the import that the store does not hold. */
export interface ImportedLog {
  format: LogFormat;
  caseNotion: LogCaseNotion;
  /** Events that belong to no case under the case notion; counted and left out of the journeys. */
  eventsWithoutCase: number;
}

const batchSize = 10_000;

/**
 * Events the customer case notions (inactivity gap, start to end) hold in memory at once while they
 * stitch identities and cut journeys (the case-column notion streams and has no such limit).
 */
export const MAX_EVENTS_IN_MEMORY = 5_000_000;

/** How a customer's events are cut into journeys, when the case notion is not a column. */
type CustomerCut =
  { kind: 'inactivityGap'; gapSeconds: number } | { kind: 'startEnd'; start: string[]; end: string[] };

/**
 * Imports a log file into `store` as a new version of `dataset`, applying the case notion: what
 * `trailmap mine` and the server's dataset imports both run, so the same file and mapping give the same
 * events. All or nothing; bad input is an `ImportError` naming file, line, column.
 */
export async function importLog(
  store: EventStore,
  dataset: string,
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
      return importOcel(store, dataset, input, onProgress);
    case 'segment': {
      const rows = () => parseSegmentBatch({ path: input.file }, {}, onProgress);
      if (input.caseColumn === undefined) {
        const cut = customerCut(input) ?? {
          kind: 'inactivityGap',
          gapSeconds: DEFAULT_GAPS.serviceJourneySeconds,
        };
        const eventsWithoutCase = await importCustomerJourneys(store, dataset, rows(), cut, input, file);
        return { format, caseNotion: cut, eventsWithoutCase };
      }
      const property = input.caseColumn;
      const tally = await importWithCase(
        store,
        dataset,
        rows(),
        (row) => readProperty(row, property),
        input,
        file,
      );
      return { format, caseNotion: { kind: 'property', property }, eventsWithoutCase: tally };
    }
    case 'csv':
    case 'parquet':
    case 'ndjson': {
      const parse = tabularParser(format, input);
      const cut = customerCut(input);
      if (cut) {
        const rows = parse({ case: null }, onProgress);
        const eventsWithoutCase = await importCustomerJourneys(store, dataset, rows, cut, input, file);
        return { format, caseNotion: cut, eventsWithoutCase };
      }
      const column = input.caseColumn ?? (await findCaseColumn(parse, file));
      const rows = parse({}, onProgress);
      const tally = await importWithCase(
        store,
        dataset,
        rows,
        (row) => row.caseId,
        input,
        file,
        column ?? undefined,
      );
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
  // `null` (a column set to none) is what the parsers read as "no such column"
  const given = {
    ...(input.caseColumn ? { case: input.caseColumn } : {}),
    ...(input.activityColumn ? { activity: input.activityColumn } : {}),
    ...(input.timestampColumn ? { timestamp: input.timestampColumn } : {}),
    ...(input.npsColumn ? { nps: input.npsColumn } : {}),
    ...(input.csatColumn ? { csat: input.csatColumn } : {}),
    ...(input.cesColumn ? { ces: input.cesColumn } : {}),
    ...(input.customerColumn ? { customer: input.customerColumn } : {}),
    ...(input.channelColumn ? { channel: input.channelColumn } : {}),
    ...input.columns,
  } as Partial<CsvColumns>;
  const source = { path: input.file };
  return (extra, onProgress) => {
    const columns = { ...given, ...extra } as Partial<CsvColumns>;
    if (format === 'csv')
      return parseCsv(
        source,
        { columns, allowEmptyCase: true, ...(input.delimiter ? { delimiter: input.delimiter } : {}) },
        onProgress,
      );
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
  dataset: string,
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

/** The customer case notion the input asks for (start to end wins over a gap), or null for a case column. */
function customerCut(input: MineInput): CustomerCut | null {
  if (input.startEnd)
    return { kind: 'startEnd', start: [...input.startEnd.start], end: [...input.startEnd.end] };
  if (input.gapSeconds !== undefined) return { kind: 'inactivityGap', gapSeconds: input.gapSeconds };
  return null;
}

/**
 * The customer case notions: stitches identities over all rows (userId ↔ anonymousId, and the shared
 * keys), then cuts each customer's events where the time since the previous one is longer than the gap,
 * or from a start activity to an end activity, and imports them in their arrival order. Rows with neither
 * a customer nor an anonymous id (and, start to end, rows outside every journey) belong to no journey
 * (counted, or fatal with --strict-case). Holds at most `MAX_EVENTS_IN_MEMORY` rows. Returns how many rows
 * were left out.
 */
async function importCustomerJourneys(
  store: EventStore,
  dataset: string,
  batches: AsyncIterable<ImportRow[]>,
  cut: CustomerCut,
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
    if (rows.length > MAX_EVENTS_IN_MEMORY)
      throw new ImportError(
        `cutting each customer's events into journeys holds at most ${MAX_EVENTS_IN_MEMORY.toLocaleString('en')} events; import the file with a case column, or split it`,
        { file },
      );
  }
  const sharedKeys = input.sharedKeys ?? [];
  const stitched = applyIdentities(rows, stitchIdentities({ rows }, { sharedKeys }), { sharedKeys }).map(
    (row, arrival) => ({ ...row, arrival }),
  );
  const journeys =
    cut.kind === 'inactivityGap'
      ? cutByInactivity(stitched, cut.gapSeconds)
      : cutByStartEnd(stitched, { start: cut.start, end: cut.end });
  if (journeys.rows.length === 0 && journeys.droppedCount > 0) {
    throw new ImportError(
      cut.kind === 'inactivityGap'
        ? `none of the ${journeys.droppedCount.toLocaleString('en')} events has a customer or anonymous id`
        : `none of the ${journeys.droppedCount.toLocaleString('en')} events lies in a journey from ${cut.start.join(' or ')} to ${cut.end.join(' or ')}`,
      { file },
    );
  }
  // seq stays the file's arrival order, so ties in time keep their order within a journey
  const ordered = journeys.rows.sort((a, b) => a.arrival - b.arrival).map(({ arrival: _a, ...row }) => row);
  async function* inBatches(): AsyncGenerator<ImportRow[]> {
    for (let start = 0; start < ordered.length; start += batchSize) {
      yield ordered.slice(start, start + batchSize);
    }
  }
  await importEvents(store, dataset, inBatches(), undefined, { file });
  return journeys.droppedCount;
}

/** OCEL 2.0: the chosen (or default) object type's objects are the cases. */
async function importOcel(
  store: EventStore,
  dataset: string,
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
