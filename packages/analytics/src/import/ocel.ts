/**
 * OCEL 2.0 JSON → canonical rows, flattened on one object type: every event related to an object
 * of that type becomes one row per related object, with caseId = the object id.
 */
import { batchRows } from './batchRows.js';
import { readOcelDocument, type OcelDocument, type OcelEvent } from './ocelDocument.js';
import { DEFAULT_BATCH_SIZE } from './parquetMapping.js';
import { ImportError, type ImportRow, type Parser } from './types.js';

export interface OcelImportOptions {
  /** The object type whose objects become cases (e.g. `Invoice`). */
  objectType: string;
  source?: string;
  defaultChannel?: string;
  batchSize?: number;
}

export interface OcelObjectTypeSummary {
  name: string;
  /** Objects of this type in the document. */
  objectCount: number;
  /** Events related to at least one object of this type (= distinct events of the flattened log). */
  eventCount: number;
  /** Rows the flattened log would have (one per event and related object of this type). */
  rowCount: number;
}

/** Related objects per type, each object once, in relationship order. */
function groupRelatedObjects(
  event: OcelEvent,
  document: OcelDocument,
): Map<string, Map<string, string | null>> {
  const byType = new Map<string, Map<string, string | null>>();
  for (const { objectId, qualifier } of event.relationships) {
    const type = document.objectTypeOf.get(objectId) ?? '';
    const ids = byType.get(type) ?? new Map<string, string | null>();
    if (!ids.has(objectId)) ids.set(objectId, qualifier);
    byType.set(type, ids);
  }
  return byType;
}

/** The object types of a document with their object, event and row counts. */
export function summariseOcelObjectTypes(document: OcelDocument): OcelObjectTypeSummary[] {
  const summaries = new Map<string, OcelObjectTypeSummary>(
    document.objectTypes.map((name) => [name, { name, objectCount: 0, eventCount: 0, rowCount: 0 }]),
  );
  for (const type of document.objectTypeOf.values()) {
    const summary = summaries.get(type);
    if (summary) summary.objectCount += 1;
  }
  for (const event of document.events) {
    for (const [type, ids] of groupRelatedObjects(event, document)) {
      const summary = summaries.get(type);
      if (!summary) continue;
      summary.eventCount += 1;
      summary.rowCount += ids.size;
    }
  }
  return [...summaries.values()];
}

/** Lists the object types of an OCEL 2.0 JSON file (to choose `objectType`). */
export async function listOcelObjectTypes(path: string): Promise<OcelObjectTypeSummary[]> {
  return summariseOcelObjectTypes(await readOcelDocument({ path }));
}

function flattenEvent(event: OcelEvent, document: OcelDocument, options: OcelImportOptions): ImportRow[] {
  const related = groupRelatedObjects(event, document);
  const cases = related.get(options.objectType);
  if (!cases) return [];
  const objects: Record<string, string[]> = {};
  for (const [type, ids] of related) objects[type] = [...ids.keys()];
  return [...cases].map(([objectId, qualifier]) => ({
    eventId: `${event.id}:${objectId}`,
    caseId: objectId,
    customerId: null,
    anonymousId: null,
    tsMs: event.tsMs,
    startTsMs: null,
    activity: event.type,
    channel: options.defaultChannel ?? null,
    source: options.source ?? 'ocel',
    properties: {
      ...event.attributes,
      'ocel:eventId': event.id,
      'ocel:qualifier': qualifier,
      'ocel:objects': objects,
    },
    nps: null,
    csat: null,
    ces: null,
  }));
}

export const parseOcel: Parser<OcelImportOptions> = async function* (input, options, onProgress) {
  const document = await readOcelDocument(input);
  const objectType = options?.objectType;
  const available = document.objectTypes.map((t) => JSON.stringify(t)).join(', ') || '(none)';
  if (typeof objectType !== 'string' || objectType === '') {
    throw new ImportError(`choose an objectType; available: ${available}`, {
      file: document.file,
      field: 'objectType',
    });
  }
  if (!document.objectTypes.includes(objectType)) {
    throw new ImportError(`unknown object type ${JSON.stringify(objectType)}; available: ${available}`, {
      file: document.file,
      field: 'objectType',
    });
  }
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  const bytesTotal = document.bytesTotal;
  let eventsDone = 0;
  function* flattenEvents(): Generator<ImportRow> {
    for (const event of document.events) {
      yield* flattenEvent(event, document, options);
      eventsDone += 1;
    }
  }
  yield* batchRows(flattenEvents(), batchSize, (rows) => {
    const share = document.events.length ? eventsDone / document.events.length : 1;
    onProgress?.({ rows, bytesRead: Math.round(share * bytesTotal), bytesTotal });
  });
};
