/**
 * One Segment tracking-spec message (track, page, screen, identify, group, alias) → one canonical
 * row, with the spec's required fields checked per type.
 */
import { basename } from 'node:path';
import {
  isPlainObject,
  isScoreInRange,
  parseTimestampMs,
  readNumber,
  toJsonValue,
  type ScoreName,
} from './parquetValues.js';
import { ImportError, type ImportRow } from './types.js';

export const SEGMENT_TYPES = ['track', 'page', 'screen', 'identify', 'group', 'alias'] as const;
export type SegmentType = (typeof SEGMENT_TYPES)[number];

/** Activities of the calls that carry identity rather than behaviour. */
export const SEGMENT_IDENTITY_ACTIVITIES = { identify: 'Identify', group: 'Group', alias: 'Alias' } as const;

export interface SegmentImportOptions {
  source?: string;
  /** Keep the message's `context` object under `properties.context` (default true). */
  keepContext?: boolean;
  /** Channel of track/identify/group/alias messages without a recognisable `context.channel`. */
  defaultChannel?: string;
  batchSize?: number;
  /** Longest accepted NDJSON line in bytes (default 10 MB). */
  maxLineBytes?: number;
}

/** Where a message sits: its file, its field prefix (`batch[3]`) and, for NDJSON, its line. */
export interface MessagePosition {
  file: string;
  prefix: string;
  line?: number;
  /** 0-based position among all messages of the input, for derived event ids. */
  index: number;
}

/** Segment's `context.channel` values and Trailmap channel names → Trailmap channels. */
const CHANNEL_ALIASES: Readonly<Record<string, string>> = {
  browser: 'web',
  web: 'web',
  mobile: 'app',
  app: 'app',
  email: 'email',
  phone: 'phone',
  chat: 'chat',
  social: 'social',
  store: 'store',
  letter: 'letter',
};

const TYPE_CHANNELS: Partial<Record<SegmentType, string>> = { page: 'web', screen: 'app' };
const TIMESTAMP_FIELDS = ['timestamp', 'originalTimestamp', 'sentAt', 'receivedAt'] as const;
const SCORE_NAMES: readonly ScoreName[] = ['nps', 'csat', 'ces'];

function fail(position: MessagePosition, field: string, reason: string): never {
  const where = { file: position.file, field: position.prefix ? `${position.prefix}.${field}` : field };
  throw new ImportError(reason, position.line === undefined ? where : { ...where, line: position.line });
}

function readId(message: Record<string, unknown>, field: string, position: MessagePosition): string | null {
  const value = message[field];
  if (value === undefined || value === null || value === '') return null;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return fail(position, field, 'must be a string');
}

function readObject(
  message: Record<string, unknown>,
  field: string,
  position: MessagePosition,
): Record<string, unknown> {
  const value = message[field];
  if (value === undefined || value === null) return {};
  if (!isPlainObject(value)) fail(position, field, 'must be an object');
  return value;
}

function readType(message: Record<string, unknown>, position: MessagePosition): SegmentType {
  const raw = message.type;
  if (typeof raw !== 'string' || raw === '')
    fail(position, 'type', `is required (one of ${SEGMENT_TYPES.join(', ')})`);
  const type = SEGMENT_TYPES.find((t) => t === raw.toLowerCase());
  if (!type)
    fail(position, 'type', `unknown message type "${raw}" (expected one of ${SEGMENT_TYPES.join(', ')})`);
  return type;
}

function readTimestampMs(message: Record<string, unknown>, position: MessagePosition): number {
  for (const field of TIMESTAMP_FIELDS) {
    const raw = message[field];
    if (raw === undefined || raw === null || raw === '') continue;
    const ms = parseTimestampMs(raw);
    if (ms === null) fail(position, field, `not an ISO 8601 timestamp: ${JSON.stringify(raw)}`);
    return ms;
  }
  return fail(position, 'timestamp', 'is required (or originalTimestamp, sentAt)');
}

function readName(message: Record<string, unknown>, properties: Record<string, unknown>): string | null {
  const name = message.name ?? properties.name;
  return typeof name === 'string' && name.trim() !== '' ? name.trim() : null;
}

function readActivity(
  type: SegmentType,
  message: Record<string, unknown>,
  position: MessagePosition,
): string {
  const properties = readObject(message, 'properties', position);
  switch (type) {
    case 'track': {
      const event = message.event;
      if (typeof event !== 'string' || event.trim() === '')
        fail(position, 'event', 'is required for a track call');
      return event;
    }
    case 'page': {
      const name = readName(message, properties);
      return name ? `Viewed ${name}` : 'Page Viewed';
    }
    case 'screen': {
      const name = readName(message, properties);
      return name ? `Viewed ${name} Screen` : 'Screen Viewed';
    }
    default:
      return SEGMENT_IDENTITY_ACTIVITIES[type];
  }
}

function readChannel(
  type: SegmentType,
  context: Record<string, unknown>,
  options: SegmentImportOptions,
): string | null {
  const raw = context.channel;
  const mapped = typeof raw === 'string' ? CHANNEL_ALIASES[raw.toLowerCase()] : undefined;
  return mapped ?? TYPE_CHANNELS[type] ?? options.defaultChannel ?? null;
}

function readTraits(
  message: Record<string, unknown>,
  context: Record<string, unknown>,
  position: MessagePosition,
): Record<string, unknown> {
  const traits = readObject(message, 'traits', position);
  return Object.keys(traits).length || !isPlainObject(context.traits) ? traits : context.traits;
}

function buildProperties(
  type: SegmentType,
  message: Record<string, unknown>,
  context: Record<string, unknown>,
  options: SegmentImportOptions,
  position: MessagePosition,
): Record<string, unknown> | null {
  let out: Record<string, unknown>;
  if (type === 'identify') out = { ...readTraits(message, context, position) };
  else if (type === 'group')
    out = { ...readTraits(message, context, position), groupId: readId(message, 'groupId', position) };
  else if (type === 'alias') out = { previousId: readId(message, 'previousId', position) };
  else {
    out = { ...readObject(message, 'properties', position) };
    if ((type === 'page' || type === 'screen') && typeof message.name === 'string') out.name ??= message.name;
    if (type === 'page' && typeof message.category === 'string') out.category ??= message.category;
  }
  if (options.keepContext !== false && Object.keys(context).length) out.context = context;
  const json = toJsonValue(out) as Record<string, unknown>;
  return Object.keys(json).length ? json : null;
}

function readScores(message: Record<string, unknown>): Record<ScoreName, number | null> {
  const properties = isPlainObject(message.properties) ? message.properties : {};
  const scores: Record<ScoreName, number | null> = { nps: null, csat: null, ces: null };
  for (const name of SCORE_NAMES) {
    const n = readNumber(properties[name]);
    scores[name] = n !== null && isScoreInRange(name, n) ? n : null;
  }
  return scores;
}

function checkRequiredIds(
  type: SegmentType,
  message: Record<string, unknown>,
  position: MessagePosition,
): void {
  const userId = readId(message, 'userId', position);
  const anonymousId = readId(message, 'anonymousId', position);
  if (type === 'alias') {
    if (userId === null) fail(position, 'userId', 'is required for an alias call');
    if (readId(message, 'previousId', position) === null)
      fail(position, 'previousId', 'is required for an alias call');
    return;
  }
  if (userId === null && anonymousId === null)
    fail(position, 'userId', `a ${type} call needs userId or anonymousId`);
  if (type === 'group' && readId(message, 'groupId', position) === null) {
    fail(position, 'groupId', 'is required for a group call');
  }
}

/** Maps one Segment message to a canonical row, or throws an ImportError naming its index and field. */
export function mapSegmentMessage(
  value: unknown,
  options: SegmentImportOptions,
  position: MessagePosition,
): ImportRow {
  if (!isPlainObject(value)) fail(position, '(message)', 'must be a JSON object');
  const message = value;
  const type = readType(message, position);
  checkRequiredIds(type, message, position);
  const context = readObject(message, 'context', position);
  const source = options.source ?? 'segment';
  const scores = readScores(message);
  return {
    eventId:
      readId(message, 'messageId', position) ?? `${source}:${basename(position.file)}:${position.index}`,
    caseId: null,
    customerId: readId(message, 'userId', position),
    anonymousId: readId(message, 'anonymousId', position),
    tsMs: readTimestampMs(message, position),
    startTsMs: null,
    activity: readActivity(type, message, position),
    channel: readChannel(type, context, options),
    source,
    properties: buildProperties(type, message, context, options, position),
    nps: scores.nps,
    csat: scores.csat,
    ces: scores.ces,
  };
}
