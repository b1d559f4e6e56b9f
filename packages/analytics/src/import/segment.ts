/**
 * Segment tracking spec → canonical rows. Accepts what `POST /v1/batch` sends (`{ batch: [...] }`,
 * with optional batch-level `context` and `sentAt`), a bare JSON array of messages, a single
 * message, or NDJSON with one message per line (streamed).
 */
import { batchRows } from './batchRows.js';
import { decodeUtf8, openInput, readLines, MAX_LINE_BYTES, type Line } from './ndjsonLines.js';
import { parseNdjsonLine } from './ndjson.js';
import { DEFAULT_BATCH_SIZE } from './parquetMapping.js';
import { isPlainObject } from './parquetValues.js';
import { mapSegmentMessage, type SegmentImportOptions } from './segmentMessage.js';
import { ImportError, type ImportRow, type Parser } from './types.js';

export type { SegmentImportOptions } from './segmentMessage.js';

interface Located {
  message: unknown;
  prefix: string;
  line?: number;
}

/** Whether a line is a single complete Segment message (then the input is NDJSON). */
function isMessageLine(text: string): boolean {
  try {
    const value: unknown = JSON.parse(text);
    return isPlainObject(value) && typeof value.type === 'string' && !('batch' in value);
  } catch {
    return false;
  }
}

/** The messages of a whole JSON document, with batch-level context and sentAt pushed down. */
function* listDocumentMessages(text: string, file: string): Generator<Located> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new ImportError(`invalid JSON: ${(error as Error).message}`, { file });
  }
  if (Array.isArray(value)) {
    for (const [i, message] of value.entries()) yield { message, prefix: `[${i}]` };
    return;
  }
  if (!isPlainObject(value))
    throw new ImportError('expected { batch: [...] }, an array or NDJSON messages', { file });
  if (!('batch' in value)) {
    yield { message: value, prefix: '' };
    return;
  }
  if (!Array.isArray(value.batch))
    throw new ImportError('must be an array of messages', { file, field: 'batch' });
  const batchContext = isPlainObject(value.context) ? value.context : null;
  for (const [i, message] of value.batch.entries()) {
    if (!isPlainObject(message)) {
      yield { message, prefix: `batch[${i}]` };
      continue;
    }
    const context = isPlainObject(message.context) ? message.context : {};
    const merged: Record<string, unknown> = {
      ...message,
      ...(batchContext ? { context: { ...batchContext, ...context } } : {}),
    };
    if (merged.sentAt === undefined && value.sentAt !== undefined) merged.sentAt = value.sentAt;
    yield { message: merged, prefix: `batch[${i}]` };
  }
}

/** Sorts lines into NDJSON messages (streamed) or one JSON document (buffered), decided by the first line. */
async function* locateMessages(
  lines: AsyncIterable<Line>,
  file: string,
  maxLineBytes: number,
): AsyncGenerator<Located> {
  let mode: 'undecided' | 'ndjson' | 'document' = 'undecided';
  const documentParts: Buffer[] = [];
  for await (const line of lines) {
    if (mode === 'undecided') {
      const text = decodeUtf8(line.bytes, file, line.number);
      if (text.trim() === '') continue;
      mode = line.bytes.length <= maxLineBytes && isMessageLine(text) ? 'ndjson' : 'document';
    }
    if (mode === 'document') {
      documentParts.push(line.bytes, Buffer.from('\n'));
      continue;
    }
    if (line.bytes.length > maxLineBytes) {
      throw new ImportError(`line is longer than ${maxLineBytes} bytes`, { file, line: line.number });
    }
    const message = parseNdjsonLine(line.bytes, file, line.number);
    if (message !== null) yield { message, prefix: '', line: line.number };
  }
  if (mode === 'document') yield* listDocumentMessages(decodeUtf8(Buffer.concat(documentParts), file), file);
}

export const parseSegmentBatch: Parser<SegmentImportOptions> = async function* (
  input,
  options = {},
  onProgress,
) {
  const opened = await openInput(input);
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  let bytesRead = 0;
  const lines = readLines(opened.chunks, {
    file: opened.name,
    maxLineBytes: Number.MAX_SAFE_INTEGER,
    onBytes: (n) => {
      bytesRead = n;
    },
  });
  async function* mapMessages(): AsyncGenerator<ImportRow> {
    let index = 0;
    for await (const { message, prefix, line } of locateMessages(
      lines,
      opened.name,
      options.maxLineBytes ?? MAX_LINE_BYTES,
    )) {
      const position =
        line === undefined
          ? { file: opened.name, prefix, index }
          : { file: opened.name, prefix, line, index };
      yield mapSegmentMessage(message, options, position);
      index += 1;
    }
  }
  yield* batchRows(mapMessages(), batchSize, (rows) =>
    onProgress?.({ rows, bytesRead, bytesTotal: opened.bytesTotal }),
  );
};
