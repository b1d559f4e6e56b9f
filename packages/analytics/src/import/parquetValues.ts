/**
 * Value helpers shared by the Parquet, NDJSON, OCEL and Segment parsers: timestamps, survey
 * scores and JSON-safe property values.
 */

/** Valid ranges of the typed survey scores (DESIGN.md §3). */
export const SCORE_RANGES = {
  nps: { min: 0, max: 10, integer: true },
  csat: { min: 1, max: 5, integer: false },
  ces: { min: 1, max: 7, integer: false },
} as const;

export type ScoreName = keyof typeof SCORE_RANGES;

const NAIVE_DATE_TIME = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)$/;
const ISO_LIKE = /^\d{4}-\d{2}-\d{2}/;

/**
 * Epoch milliseconds of a timestamp value, or null when it cannot be read.
 * Accepts a Date, epoch milliseconds (number or bigint) and ISO 8601 strings; a string without an
 * offset (`2024-01-02 10:00:00`) is read as UTC, never as the machine's local time.
 */
export function parseTimestampMs(value: unknown): number | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.getTime();
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'bigint') return Number(value);
  if (typeof value !== 'string') return null;
  const text = value.trim();
  if (!ISO_LIKE.test(text)) return null;
  const naive = NAIVE_DATE_TIME.exec(text);
  const ms = Date.parse(naive ? `${naive[1]}T${naive[2]}Z` : text);
  return Number.isNaN(ms) ? null : ms;
}

/** A number from a number, bigint or numeric string; null for anything else (including ''). */
export function readNumber(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'bigint') return Number(value);
  if (typeof value === 'string' && value.trim() !== '') {
    const n = Number(value.trim());
    return Number.isFinite(n) ? n : null;
  }
  return null;
}

/** Whether a number is a valid score of that kind (NPS must be a whole number). */
export function isScoreInRange(name: ScoreName, n: number): boolean {
  const range = SCORE_RANGES[name];
  return n >= range.min && n <= range.max && (!range.integer || Number.isInteger(n));
}

/** Describes the valid range for error messages: `0–10 (whole number)`. */
export function describeScoreRange(name: ScoreName): string {
  const range = SCORE_RANGES[name];
  return `${range.min}–${range.max}${range.integer ? ' (whole number)' : ''}`;
}

/** Turns DuckDB and JSON values into JSON-serialisable ones (bigint → number or string, Date → ISO). */
export function toJsonValue(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value === 'bigint') {
    return value >= BigInt(Number.MIN_SAFE_INTEGER) && value <= BigInt(Number.MAX_SAFE_INTEGER)
      ? Number(value)
      : value.toString();
  }
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString();
  if (Array.isArray(value)) return value.map(toJsonValue);
  if (value instanceof Uint8Array) return Buffer.from(value).toString('base64');
  if (typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, inner] of Object.entries(value)) out[key] = toJsonValue(inner);
    return out;
  }
  if (typeof value === 'number' && !Number.isFinite(value)) return null;
  return value;
}

/** Whether a value is a plain JSON object (not an array, not null). */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);
}
