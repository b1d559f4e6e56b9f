import type { CaseNotion, DatasetFormat, DatasetMapping } from '@trailmap/domain';
import { cutByInactivity } from '../cases/cutByInactivity.js';
import { cutByStartEnd } from '../cases/cutByStartEnd.js';
import { DEFAULT_GAPS } from '../cases/types.js';
import { applyIdentities } from '../identity/applyIdentities.js';
import { stitchIdentities } from '../identity/stitchIdentities.js';
import { parseNdjson } from '../import/ndjson.js';
import { parseOcel } from '../import/ocel.js';
import { parseParquet } from '../import/parquet.js';
import { parseCsv } from '../import/parseCsv.js';
import { parseXes } from '../import/parseXes.js';
import { parseSegmentBatch } from '../import/segment.js';
import { ImportError, type ImportRow, type ProgressListener } from '../import/types.js';
import { importEvents, type ImportResult } from '../store/importEvents.js';
import { importCsvFile, importParquetFile } from '../store/importFileNative.js';
import { importXesFile } from '../store/importXesFile.js';
import type { EventStore } from '../store/openEventStore.js';

/** A file to import into a dataset, with how to read it. */
export interface DatasetFileInput {
  path: string;
  /** The name the user gave the file (error messages name it). */
  fileName: string;
  format: DatasetFormat;
  mapping: DatasetMapping;
}

/**
 * Events a case notion other than the case column, or identity stitching, holds in memory at once while
 * it cuts a customer's events into journeys (the column notion streams and has no such limit).
 */
export const MAX_EVENTS_IN_MEMORY = 5_000_000;

/**
 * The case notion a format has when the mapping keeps the default: Segment events have no case column, so a
 * customer's events are cut after 30 days without any (a service journey, as `trailmap mine` does).
 */
function caseNotionOf(format: DatasetFormat, mapping: DatasetMapping): CaseNotion {
  if (format === 'segment' && mapping.caseNotion.kind === 'column')
    return { kind: 'inactivity', gapSeconds: DEFAULT_GAPS.serviceJourneySeconds };
  return mapping.caseNotion;
}

/** The mapped columns; without a case column when journeys are cut from a customer's events. */
function columnsOf(mapping: DatasetMapping, notion: CaseNotion): Partial<Record<string, string | null>> {
  const given = Object.fromEntries(Object.entries(mapping.columns).filter(([, v]) => v !== undefined));
  return notion.kind !== 'column' && given.case === undefined ? { ...given, case: null } : given;
}

/** The parser of a format, as batches of canonical rows. */
function parseRows(
  input: DatasetFileInput,
  notion: CaseNotion,
  onProgress?: ProgressListener,
): AsyncIterable<ImportRow[]> {
  const { path, mapping } = input;
  const columns = columnsOf(mapping, notion);
  switch (input.format) {
    case 'csv':
      return parseCsv(
        { path },
        { columns, ...(mapping.delimiter ? { delimiter: mapping.delimiter } : {}) },
        onProgress,
      );
    case 'xes':
      return parseXes(
        { path },
        {
          ...(mapping.classifier ? { classifier: mapping.classifier } : {}),
          ...(mapping.columns.channel ? { channelKey: mapping.columns.channel } : {}),
          ...(mapping.columns.customer ? { customerKey: mapping.columns.customer } : {}),
        },
        onProgress,
      );
    case 'parquet':
      return parseParquet({ path }, { columns }, onProgress);
    case 'ndjson':
      return parseNdjson({ path }, { columns }, onProgress);
    case 'ocel':
      if (!mapping.objectType)
        throw new ImportError('choose the object type whose objects are the cases', {
          file: input.fileName,
          field: 'objectType',
        });
      return parseOcel({ path }, { objectType: mapping.objectType }, onProgress);
    case 'segment':
      return parseSegmentBatch({ path }, {}, onProgress);
  }
}

/** Every row of a parser, with a ceiling on how many are held. */
async function collectRows(rows: AsyncIterable<ImportRow[]>, file: string): Promise<ImportRow[]> {
  const all: ImportRow[] = [];
  for await (const batch of rows) {
    for (const row of batch) all.push(row);
    if (all.length > MAX_EVENTS_IN_MEMORY)
      throw new ImportError(
        `cutting a customer's events into journeys or stitching identities holds at most ${MAX_EVENTS_IN_MEMORY.toLocaleString('en')} events; import the file with its case column, or split it`,
        { file },
      );
  }
  return all;
}

/** Stitches identities and cuts journeys as the mapping asks, on rows held in memory. */
function settleCases(
  rows: ImportRow[],
  notion: CaseNotion,
  mapping: DatasetMapping,
  stitch: boolean,
): ImportRow[] {
  const sharedKeys = mapping.stitching?.sharedKeys ?? [];
  const stitched = stitch
    ? applyIdentities(rows, stitchIdentities({ rows }, { sharedKeys }), { sharedKeys })
    : rows;
  if (notion.kind === 'column') return stitched;
  const arriving = stitched.map((row, arrival) => ({ ...row, arrival }));
  const cut =
    notion.kind === 'inactivity'
      ? cutByInactivity(arriving, notion.gapSeconds)
      : cutByStartEnd(arriving, { start: notion.start, end: notion.end });
  // Arrival order (seq) stays the file's, so ties in time keep their order within a journey.
  return cut.rows.sort((a, b) => a.arrival - b.arrival).map(({ arrival: _arrival, ...row }) => row);
}

async function* inBatches(rows: readonly ImportRow[], size = 10_000): AsyncIterable<ImportRow[]> {
  for (let i = 0; i < rows.length; i += size) yield rows.slice(i, i + size);
}

/**
 * Imports one file into a dataset of the store as a new version, all or nothing, reading it as the
 * mapping says. A case column without stitching streams (the native CSV/Parquet loaders and the XES
 * fast path where they apply); cutting a customer's events into journeys or stitching identities holds
 * the rows in memory (at most `MAX_EVENTS_IN_MEMORY`). Throws the importer's `ImportError` (file, line,
 * column, reason) on bad input; the store is then unchanged.
 */
export async function importDatasetFile(
  store: EventStore,
  datasetKey: string,
  input: DatasetFileInput,
  onProgress?: ProgressListener,
): Promise<ImportResult> {
  const { format, mapping, path, fileName } = input;
  const notion = caseNotionOf(format, mapping);
  // Segment's identify and alias calls always merge a visitor's anonymous and known ids.
  const stitch = format === 'segment' || mapping.stitching !== undefined;
  const columns = columnsOf(mapping, notion);
  if (notion.kind === 'column' && !stitch) {
    if (format === 'csv' && !fileName.toLowerCase().endsWith('.gz'))
      return importCsvFile(store, datasetKey, path, {
        columns,
        ...(mapping.delimiter ? { delimiter: mapping.delimiter } : {}),
      });
    if (format === 'parquet') return importParquetFile(store, datasetKey, path, { columns });
    if (format === 'xes')
      return importXesFile(
        store,
        datasetKey,
        path,
        {
          ...(mapping.classifier ? { classifier: mapping.classifier } : {}),
          ...(mapping.columns.channel ? { channelKey: mapping.columns.channel } : {}),
          ...(mapping.columns.customer ? { customerKey: mapping.columns.customer } : {}),
        },
        onProgress,
      );
    return importEvents(store, datasetKey, parseRows(input, notion, onProgress), undefined, {
      file: fileName,
    });
  }
  const rows = settleCases(
    await collectRows(parseRows(input, notion, onProgress), fileName),
    notion,
    mapping,
    stitch,
  );
  if (rows.length === 0)
    throw new ImportError('no events with a customer or anonymous id to cut into journeys', {
      file: fileName,
    });
  return importEvents(store, datasetKey, inBatches(rows), undefined, { file: fileName });
}
