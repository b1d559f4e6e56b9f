/**
 * The contract between parsers (one per source format) and the event store's loader.
 * A parser turns a file or stream into canonical event rows; the loader stages them into DuckDB
 * in bulk (appender or staged files, never row-by-row INSERTs), all-or-nothing.
 */

/** One event in the canonical model of DESIGN.md §3, as a parser emits it. */
export interface ImportRow {
  /** Unique idempotency key; when the source has none the parser derives a stable one (source + position). */
  eventId: string;
  /** The journey instance; null when the case notion is applied later (gap or start/end cuts). */
  caseId: string | null;
  /** The known customer id (before identity stitching). */
  customerId: string | null;
  anonymousId: string | null;
  /** Event time in epoch milliseconds (UTC). */
  tsMs: number;
  /** Start time of a timed activity (epoch ms), when the source has one. */
  startTsMs: number | null;
  activity: string;
  channel: string | null;
  /** Where the row came from: `csv`, `xes`, `segment`, … */
  source: string;
  /** Remaining attributes (event and case attributes), JSON-serialisable. */
  properties: Record<string, unknown> | null;
  /** Survey scores: NPS 0–10, CSAT 1–5, CES 1–7. */
  nps: number | null;
  csat: number | null;
  ces: number | null;
  /** Where the row starts in its source (1-based line), for error messages; optional. */
  sourceLine?: number;
}

/** Progress as a parser or loader reports it (bytes when the size is known, else rows). */
export interface ImportProgress {
  rows: number;
  bytesRead: number;
  bytesTotal: number | null;
}

export type ProgressListener = (progress: ImportProgress) => void;

/** A bad input: what is wrong and where. Imports that throw it change nothing in the store. */
export class ImportError extends Error {
  constructor(
    readonly reason: string,
    readonly where: { file?: string; line?: number; column?: string | number; field?: string } = {},
  ) {
    const parts = [
      where.file,
      where.line !== undefined ? `line ${where.line}` : undefined,
      where.column !== undefined ? `column ${String(where.column)}` : undefined,
      where.field !== undefined ? `field ${where.field}` : undefined,
    ].filter((p): p is string => p !== undefined);
    super(parts.length ? `${parts.join(', ')}: ${reason}` : reason);
    this.name = 'ImportError';
  }
}

/** Every parser has this shape: it yields rows in arrival order (which becomes `seq`). */
export type Parser<Options> = (
  input: { path: string } | { stream: NodeJS.ReadableStream; name: string },
  options: Options,
  onProgress?: ProgressListener,
) => AsyncIterable<ImportRow[]>;
