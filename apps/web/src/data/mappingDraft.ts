import type { DatasetFormat, DatasetMapping } from '@trailmap/domain';
import type { UploadPreview } from './datasetsApi.js';

/** What a column of a file can be in the event model (`DatasetMapping.columns`). */
export const COLUMN_ROLES = [
  'case',
  'activity',
  'timestamp',
  'startTimestamp',
  'customer',
  'anonymous',
  'channel',
  'nps',
  'csat',
  'ces',
  'eventId',
] as const;
export type ColumnRole = (typeof COLUMN_ROLES)[number];

/** What one journey (case) is: the case column, a customer's events cut by a pause, or start to end. */
export type NotionKind = 'column' | 'inactivity' | 'startEnd';

export const GAP_PRESETS = { '30m': 30 * 60, '30d': 30 * 24 * 3600 } as const;
export type GapPreset = keyof typeof GAP_PRESETS | 'custom';
export const GAP_UNITS = { minutes: 60, hours: 3600, days: 24 * 3600 } as const;
export type GapUnit = keyof typeof GAP_UNITS;
/** The longest pause the server accepts (366 days). */
export const MAX_GAP_SECONDS = 366 * 24 * 3600;

export const DELIMITERS = [',', ';', '\t', '|'] as const;

/** Everything the mapping step lets the user choose, before it becomes a `DatasetMapping`. */
export interface MappingDraft {
  /** Which column holds which role (one column per role). */
  roles: Partial<Record<ColumnRole, string>>;
  /** CSV: the field delimiter. */
  delimiter: string;
  /** XES: the event attributes joined into the activity name. */
  classifier: string[];
  /** OCEL: the object type whose objects are the journeys. */
  objectType: string | null;
  notion: NotionKind;
  gapPreset: GapPreset;
  gapAmount: number;
  gapUnit: GapUnit;
  start: string[];
  end: string[];
  /** Columns whose equal values prove one customer (customer number, e-mail hash). */
  sharedKeys: string[];
  name: string;
}

/** Something the import still needs before it can start. */
export type MissingPart =
  | 'case'
  | 'activity'
  | 'timestamp'
  | 'customer'
  | 'gap'
  | 'start'
  | 'end'
  | 'objectType'
  | 'name';

/** Formats whose columns the user maps (a header row or fields); the others name their own fields. */
export function mapsColumns(format: DatasetFormat): boolean {
  return format === 'csv' || format === 'parquet' || format === 'ndjson';
}

/**
 * The columns XES, OCEL and Segment previews show for the event model's own fields; their role is given by
 * the format, not chosen.
 */
export const CANONICAL_COLUMNS = ['case', 'activity', 'timestamp', 'customer', 'anonymous', 'channel'] as const;

/** The roles a column of this format can be given (XES: the customer and channel attributes). */
export function rolesFor(format: DatasetFormat, column: string): readonly ColumnRole[] {
  if (mapsColumns(format)) return COLUMN_ROLES;
  if (format === 'xes' && !(CANONICAL_COLUMNS as readonly string[]).includes(column))
    return ['customer', 'channel'];
  return [];
}

/** The role a column has by its format (XES, OCEL, Segment previews), or null. */
export function fixedRoleOf(format: DatasetFormat, column: string): ColumnRole | null {
  if (mapsColumns(format)) return null;
  return (CANONICAL_COLUMNS as readonly string[]).includes(column) ? (column as ColumnRole) : null;
}

/** The case notions a format offers (XES: a trace; OCEL: the objects of a type, both fixed). */
export function notionsFor(format: DatasetFormat): readonly NotionKind[] {
  if (mapsColumns(format)) return ['column', 'inactivity', 'startEnd'];
  if (format === 'segment') return ['inactivity', 'startEnd'];
  return [];
}

/** A file name without its log extensions ("receipt.csv" → "receipt"), as the server names a dataset. */
export function nameFromFile(fileName: string): string {
  const name = fileName.replace(/(\.(csv|xes|gz|parquet|json|jsonocel|ndjson|jsonl|txt|tsv))+$/i, '').trim();
  return (name || fileName).slice(0, 200);
}

/** The draft the mapping step starts from: the roles and case notion Trailmap recognised. */
export function initialDraft(preview: UploadPreview, fileName: string): MappingDraft {
  const suggested = preview.suggested;
  const names = new Set(preview.columns.map((c) => c.name));
  const roles: MappingDraft['roles'] = {};
  if (mapsColumns(preview.format))
    for (const role of COLUMN_ROLES) {
      const column = suggested.columns?.[role];
      if (typeof column === 'string' && names.has(column)) roles[role] = column;
    }
  const notion = suggested.caseNotion;
  const offered = notionsFor(preview.format);
  const kind: NotionKind = notion && offered.includes(notion.kind) ? notion.kind : (offered[0] ?? 'column');
  const gapSeconds = notion?.kind === 'inactivity' ? notion.gapSeconds : GAP_PRESETS['30m'];
  const preset = (Object.keys(GAP_PRESETS) as (keyof typeof GAP_PRESETS)[]).find(
    (key) => GAP_PRESETS[key] === gapSeconds,
  );
  const unit: GapUnit = gapSeconds % GAP_UNITS.days === 0 ? 'days' : gapSeconds % GAP_UNITS.hours === 0 ? 'hours' : 'minutes';
  return {
    roles,
    delimiter: suggested.delimiter ?? ',',
    classifier: suggested.classifier ?? ['concept:name'],
    objectType: suggested.objectType ?? preview.objectTypes?.[0]?.name ?? null,
    notion: kind,
    gapPreset: preset ?? 'custom',
    gapAmount: Math.max(1, Math.round(gapSeconds / GAP_UNITS[unit])),
    gapUnit: unit,
    start: notion?.kind === 'startEnd' ? [...notion.start] : [],
    end: notion?.kind === 'startEnd' ? [...notion.end] : [],
    sharedKeys: suggested.stitching?.sharedKeys ? [...suggested.stitching.sharedKeys] : [],
    name: nameFromFile(fileName),
  };
}

/** The role a column holds in the draft, or null. */
export function roleOfColumn(draft: MappingDraft, column: string): ColumnRole | null {
  const found = COLUMN_ROLES.find((role) => draft.roles[role] === column);
  return found ?? null;
}

/**
 * Gives a column a role (null: none). A role belongs to one column, so a column that held it loses it;
 * the column's earlier role is left free.
 */
export function assignRole(draft: MappingDraft, column: string, role: ColumnRole | null): MappingDraft {
  const roles = { ...draft.roles };
  for (const key of COLUMN_ROLES) if (roles[key] === column) delete roles[key];
  if (role) roles[role] = column;
  // a column with a role is no shared key
  const sharedKeys = role ? draft.sharedKeys.filter((key) => key !== column) : draft.sharedKeys;
  return { ...draft, roles, sharedKeys };
}

/** The pause that ends a journey, in seconds. */
export function gapSecondsOf(draft: MappingDraft): number {
  if (draft.gapPreset !== 'custom') return GAP_PRESETS[draft.gapPreset];
  return Math.round(draft.gapAmount * GAP_UNITS[draft.gapUnit]);
}

/**
 * What the import still needs: the activity and timestamp columns; the case column for the case-column
 * notion, a customer (or anonymous) id column for the customer notions; start and end activities; a
 * valid pause; the OCEL object type; a name.
 */
export function missingParts(draft: MappingDraft, preview: UploadPreview): MissingPart[] {
  const missing: MissingPart[] = [];
  const notions = notionsFor(preview.format);
  const notion = notions.includes(draft.notion) ? draft.notion : null;
  if (mapsColumns(preview.format)) {
    if (notion === 'column' && !draft.roles.case) missing.push('case');
    if (!draft.roles.activity) missing.push('activity');
    if (!draft.roles.timestamp) missing.push('timestamp');
    if (notion !== 'column' && !draft.roles.customer && !draft.roles.anonymous) missing.push('customer');
  }
  if (notion === 'inactivity') {
    const gap = gapSecondsOf(draft);
    if (!Number.isFinite(gap) || gap < 1 || gap > MAX_GAP_SECONDS) missing.push('gap');
  }
  if (notion === 'startEnd') {
    if (draft.start.length === 0) missing.push('start');
    if (draft.end.length === 0) missing.push('end');
  }
  if (preview.format === 'ocel' && !draft.objectType) missing.push('objectType');
  if (draft.name.trim() === '') missing.push('name');
  return missing;
}

/** The columns that may serve as shared keys for stitching: those without a role (and not the format's own). */
export function sharedKeyOptions(draft: MappingDraft, preview: UploadPreview): string[] {
  return preview.columns
    .map((c) => c.name)
    .filter((name) => roleOfColumn(draft, name) === null && fixedRoleOf(preview.format, name) === null);
}

/** The XES attributes that can name an activity: `concept:name` and the event's own attributes. */
export function classifierOptions(preview: UploadPreview): string[] {
  const attributes = preview.columns
    .map((c) => c.name)
    .filter((name) => !(CANONICAL_COLUMNS as readonly string[]).includes(name) && !name.startsWith('case:'));
  return ['concept:name', ...attributes.filter((name) => name !== 'concept:name')];
}

/** Activity names seen in the preview's rows (for the start and end pickers). */
export function activitiesSeen(draft: MappingDraft, preview: UploadPreview): string[] {
  const column = mapsColumns(preview.format) ? draft.roles.activity : 'activity';
  if (!column) return [];
  const seen = new Set<string>();
  for (const row of preview.rows) {
    const value = row[column];
    if (value !== null && value !== undefined && String(value).trim() !== '') seen.add(String(value));
  }
  return [...seen].sort((a, b) => a.localeCompare(b));
}

/** The mapping sent with the import (`POST …/datasets { uploadId, name, mapping }`). */
export function buildMapping(draft: MappingDraft, preview: UploadPreview): DatasetMapping {
  const { format } = preview;
  const columns: DatasetMapping['columns'] = {};
  if (mapsColumns(format)) {
    for (const role of COLUMN_ROLES) {
      const column = draft.roles[role];
      if (column) columns[role] = column;
      // a column Trailmap recognised by its name but left without its role is none: not read as that role
      else if (typeof preview.suggested.columns?.[role] === 'string') columns[role] = null;
    }
  } else if (format === 'xes') {
    if (draft.roles.customer) columns.customer = draft.roles.customer;
    if (draft.roles.channel) columns.channel = draft.roles.channel;
  }
  const notions = notionsFor(format);
  const notion: NotionKind = notions.includes(draft.notion) ? draft.notion : 'column';
  const caseNotion: DatasetMapping['caseNotion'] =
    notion === 'inactivity'
      ? { kind: 'inactivity', gapSeconds: gapSecondsOf(draft) }
      : notion === 'startEnd'
        ? { kind: 'startEnd', start: [...draft.start], end: [...draft.end] }
        : { kind: 'column' };
  const classifier = draft.classifier.filter((key) => key.trim() !== '');
  return {
    format,
    columns,
    ...(format === 'csv' ? { delimiter: draft.delimiter } : {}),
    ...(format === 'xes' && classifier.length > 0 && classifier.join('+') !== 'concept:name'
      ? { classifier }
      : {}),
    ...(format === 'ocel' && draft.objectType ? { objectType: draft.objectType } : {}),
    caseNotion,
    ...(notion !== 'column' && draft.sharedKeys.length > 0 ? { stitching: { sharedKeys: [...draft.sharedKeys] } } : {}),
  };
}

/** Where the mapping step shows a refused field (`issues[].path` of a 400). */
export type IssueField =
  | { kind: 'role'; role: ColumnRole }
  | { kind: 'objectType' | 'notion' | 'classifier' | 'delimiter' | 'stitching' | 'name' | 'file' | 'other' };

export function fieldOfIssue(path: string): IssueField {
  const parts = path.replace(/^body\.?/, '').split('.');
  const [first, second, third] = parts;
  if (first === 'name') return { kind: 'name' };
  if (first === 'file') return { kind: 'file' };
  if (first === 'mapping') {
    if (second === 'columns' && third && (COLUMN_ROLES as readonly string[]).includes(third))
      return { kind: 'role', role: third as ColumnRole };
    if (second === 'objectType') return { kind: 'objectType' };
    if (second === 'caseNotion') return { kind: 'notion' };
    if (second === 'classifier') return { kind: 'classifier' };
    if (second === 'delimiter') return { kind: 'delimiter' };
    if (second === 'stitching') return { kind: 'stitching' };
  }
  return { kind: 'other' };
}
