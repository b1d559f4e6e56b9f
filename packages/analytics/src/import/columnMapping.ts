/**
 * The one column mapping of every tabular importer (CSV, Parquet, NDJSON): which column or field holds
 * which canonical value, and the names that are recognised without a mapping.
 */
export interface ColumnMapping {
  case: string | null;
  activity: string;
  timestamp: string;
  startTimestamp: string | null;
  customer: string | null;
  anonymous: string | null;
  channel: string | null;
  eventId: string | null;
  nps: string | null;
  csat: string | null;
  ces: string | null;
}

/**
 * Auto-detected names (matched case-insensitively, first present wins): pm4py/XES names first, then
 * plain and Trailmap export names.
 */
export const DEFAULT_FIELD_CANDIDATES: Readonly<Record<keyof ColumnMapping, readonly string[]>> = {
  case: ['case:concept:name', 'case_id', 'caseid', 'case id', 'case'],
  activity: ['concept:name', 'activity', 'event', 'event_name'],
  timestamp: ['time:timestamp', 'timestamp', 'time', 'ts', 'complete_timestamp'],
  startTimestamp: ['start_timestamp', 'time:start_timestamp', 'start_time'],
  customer: ['customer_id', 'customer', 'user_id'],
  anonymous: ['anonymous_id'],
  channel: ['channel', 'case:channel'],
  eventId: ['event_id', 'eventid', 'id'],
  nps: ['nps'],
  csat: ['csat'],
  ces: ['ces'],
};
