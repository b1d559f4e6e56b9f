import type { ImportRow } from '@trailmap/analytics';

/** The output formats of `trailmap generate`. */
export type GenerateFormat = 'csv' | 'parquet' | 'ndjson' | 'segment';
export const GENERATE_FORMATS: readonly GenerateFormat[] = ['csv', 'parquet', 'ndjson', 'segment'];
/** The formats written as text (Parquet is binary and written through DuckDB). */
export type GenerateTextFormat = Exclude<GenerateFormat, 'parquet'>;

/** The CSV columns: the canonical fields, then the properties the generator sets (empty when absent). */
export const CSV_PROPERTY_COLUMNS = [
  'segment',
  'device',
  'topic',
  'resolved',
  'complaint',
  'contact',
  'order_value',
  'campaign',
  'page',
] as const;
export const CSV_HEADER = [
  'event_id',
  'customer_id',
  'anonymous_id',
  'case_id',
  'timestamp',
  'activity',
  'channel',
  'nps',
  'csat',
  'ces',
  ...CSV_PROPERTY_COLUMNS,
].join(',');

const isoTime = (ms: number): string => new Date(ms).toISOString();

function csvCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** One CSV line (with its newline). */
export function formatCsvLine(row: ImportRow): string {
  const properties = row.properties ?? {};
  return (
    [
      row.eventId,
      row.customerId,
      row.anonymousId,
      row.caseId,
      isoTime(row.tsMs),
      row.activity,
      row.channel,
      row.nps,
      row.csat,
      row.ces,
      ...CSV_PROPERTY_COLUMNS.map((name) => properties[name]),
    ]
      .map(csvCell)
      .join(',') + '\n'
  );
}

/** One NDJSON line: the canonical fields with `properties` nested. */
export function formatNdjsonLine(row: ImportRow): string {
  return (
    JSON.stringify({
      event_id: row.eventId,
      customer_id: row.customerId,
      anonymous_id: row.anonymousId,
      case_id: row.caseId,
      timestamp: isoTime(row.tsMs),
      activity: row.activity,
      channel: row.channel,
      nps: row.nps,
      csat: row.csat,
      ces: row.ces,
      properties: row.properties ?? {},
    }) + '\n'
  );
}

/** One Segment message (identify for `Identify`, track otherwise); the journey id travels as `case_id`. */
export function formatSegmentMessage(row: ImportRow): string {
  const ids: Record<string, string> = {};
  if (row.customerId) ids.userId = row.customerId;
  if (row.anonymousId) ids.anonymousId = row.anonymousId;
  const scores = Object.fromEntries(
    (['nps', 'csat', 'ces'] as const).filter((k) => row[k] !== null).map((k) => [k, row[k]]),
  );
  const payload = { ...row.properties, case_id: row.caseId, ...scores };
  const common = {
    messageId: row.eventId,
    timestamp: isoTime(row.tsMs),
    context: { channel: row.channel },
    ...ids,
  };
  return JSON.stringify(
    row.activity === 'Identify'
      ? { type: 'identify', ...common, traits: payload }
      : { type: 'track', event: row.activity, ...common, properties: payload },
  );
}
