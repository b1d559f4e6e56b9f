import { closeSync, openSync, readSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import type { DatasetFormat } from '@trailmap/domain';

/** Reads up to `bytes` from the start of a file. */
function readHead(path: string, bytes: number): Buffer {
  const fd = openSync(path, 'r');
  try {
    const buffer = Buffer.alloc(bytes);
    const read = readSync(fd, buffer, 0, bytes, 0);
    return buffer.subarray(0, read);
  } finally {
    closeSync(fd);
  }
}

/** The first text of a file, gunzipped when it starts with gzip's magic bytes (as far as the head goes). */
function readHeadText(path: string): string {
  const head = readHead(path, 64 * 1024);
  if (head[0] === 0x1f && head[1] === 0x8b) {
    try {
      return gunzipSync(head, { finishFlush: 2 /* Z_SYNC_FLUSH: a truncated stream is fine */ }).toString(
        'utf8',
      );
    } catch {
      return '';
    }
  }
  return head.toString('utf8');
}

/**
 * The format of an uploaded file, from its name and its first bytes: `.xes`/`.xes.gz` or an XES `<log`;
 * Parquet's `PAR1` magic; `.jsonocel`/`.ocel.json` or an OCEL 2.0 document (`objectTypes`); a Segment
 * batch (`"batch"` or messages with `"type"` and `userId`/`anonymousId`); other JSON lines → NDJSON;
 * `.csv`/`.tsv`/`.txt` or anything else textual → CSV. Null when nothing fits (a binary file).
 */
export function detectDatasetFormat(path: string, fileName: string): DatasetFormat | null {
  const name = fileName.toLowerCase();
  if (name.endsWith('.xes') || name.endsWith('.xes.gz')) return 'xes';
  if (name.endsWith('.parquet')) return 'parquet';
  if (name.endsWith('.jsonocel') || name.endsWith('.ocel.json') || name.endsWith('.ocel')) return 'ocel';
  const raw = readHead(path, 4);
  if (raw.toString('latin1') === 'PAR1') return 'parquet';
  const text = readHeadText(path).replace(/^\uFEFF/, '');
  const start = text.trimStart();
  if (/^<\?xml[^>]*>\s*(<!--[\s\S]*?-->\s*)*<log[\s>]/.test(start) || start.startsWith('<log')) return 'xes';
  if (start.startsWith('{') || start.startsWith('[')) {
    if (/"objectTypes"\s*:/.test(start) && /"events"\s*:/.test(start)) return 'ocel';
    if (/"batch"\s*:\s*\[/.test(start)) return 'segment';
    const firstLine = start.split('\n', 1)[0] ?? '';
    if (/"type"\s*:\s*"(track|identify|page|screen|group|alias)"/.test(firstLine)) return 'segment';
    if (start.startsWith('[') && /"type"\s*:\s*"(track|identify|page|screen|group|alias)"/.test(start))
      return 'segment';
    return 'ndjson';
  }
  if (name.endsWith('.ndjson') || name.endsWith('.jsonl')) return 'ndjson';
  if (name.endsWith('.csv') || name.endsWith('.csv.gz') || name.endsWith('.tsv') || name.endsWith('.txt'))
    return 'csv';
  // Text without NUL bytes in its first kilobytes reads as CSV; anything else is not a log we know.
  return text.length > 0 && !text.slice(0, 4096).includes('\u0000') ? 'csv' : null;
}
