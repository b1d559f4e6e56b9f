/**
 * Streaming input for the text parsers (NDJSON, OCEL, Segment): opens a path or stream, counts
 * bytes for progress, and splits lines on `\n` without ever holding more than one line.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { ImportError } from './types.js';

export const MAX_LINE_BYTES = 10 * 1024 * 1024;

export type ParserInput = { path: string } | { stream: NodeJS.ReadableStream; name: string };

export interface OpenedInput {
  name: string;
  chunks: AsyncIterable<Buffer | string>;
  bytesTotal: number | null;
}

/** Opens a parser input: a file (with its size for progress) or a caller's stream. */
export async function openInput(input: ParserInput): Promise<OpenedInput> {
  if ('path' in input) {
    let size: number;
    try {
      size = (await stat(input.path)).size;
    } catch (error) {
      throw new ImportError(`cannot read file: ${(error as Error).message}`, { file: input.path });
    }
    return { name: input.path, chunks: createReadStream(input.path), bytesTotal: size };
  }
  return { name: input.name, chunks: input.stream as AsyncIterable<Buffer | string>, bytesTotal: null };
}

export interface Line {
  /** 1-based line number. */
  number: number;
  bytes: Buffer;
}

export interface ReadLinesOptions {
  file: string;
  maxLineBytes?: number;
  /** Called with the running byte count after each chunk. */
  onBytes?: (bytesRead: number) => void;
}

function tooLong(file: string, line: number, max: number): ImportError {
  return new ImportError(`line is longer than ${max} bytes`, { file, line });
}

function trimLine(bytes: Buffer, number: number): Buffer {
  let out = bytes;
  if (number === 1 && out.length >= 3 && out[0] === 0xef && out[1] === 0xbb && out[2] === 0xbf)
    out = out.subarray(3);
  if (out.length > 0 && out[out.length - 1] === 0x0d) out = out.subarray(0, out.length - 1);
  return out;
}

/** Splits a byte stream into lines (`\n` or `\r\n`); a line over the limit is an ImportError. */
export async function* readLines(
  chunks: AsyncIterable<Buffer | string>,
  options: ReadLinesOptions,
): AsyncGenerator<Line> {
  const max = options.maxLineBytes ?? MAX_LINE_BYTES;
  let pending: Buffer[] = [];
  let pendingLength = 0;
  let number = 0;
  let bytesRead = 0;
  for await (const raw of chunks) {
    const chunk = typeof raw === 'string' ? Buffer.from(raw, 'utf8') : raw;
    bytesRead += chunk.length;
    let start = 0;
    let newline = chunk.indexOf(0x0a, start);
    while (newline !== -1) {
      number += 1;
      const piece = chunk.subarray(start, newline);
      const bytes = pending.length ? Buffer.concat([...pending, piece]) : piece;
      pending = [];
      pendingLength = 0;
      const line = trimLine(bytes, number);
      if (line.length > max) throw tooLong(options.file, number, max);
      yield { number, bytes: line };
      start = newline + 1;
      newline = chunk.indexOf(0x0a, start);
    }
    if (start < chunk.length) {
      pending.push(chunk.subarray(start));
      pendingLength += chunk.length - start;
      if (pendingLength > max + 1) throw tooLong(options.file, number + 1, max);
    }
    options.onBytes?.(bytesRead);
  }
  if (pendingLength > 0) {
    number += 1;
    const line = trimLine(Buffer.concat(pending), number);
    if (line.length > max) throw tooLong(options.file, number, max);
    yield { number, bytes: line };
  }
}

const decoder = new TextDecoder('utf-8', { fatal: true });

/** Decodes strict UTF-8; invalid bytes are an ImportError at that line. */
export function decodeUtf8(bytes: Uint8Array, file: string, line?: number): string {
  try {
    return decoder.decode(bytes);
  } catch {
    throw new ImportError('invalid UTF-8 bytes', line === undefined ? { file } : { file, line });
  }
}

/** Reads a whole input into one strict UTF-8 string (for single-document formats such as OCEL JSON). */
export async function readWholeText(
  chunks: AsyncIterable<Buffer | string>,
  file: string,
  onBytes?: (bytesRead: number) => void,
): Promise<string> {
  const parts: Buffer[] = [];
  let bytesRead = 0;
  for await (const raw of chunks) {
    const chunk = typeof raw === 'string' ? Buffer.from(raw, 'utf8') : raw;
    parts.push(chunk);
    bytesRead += chunk.length;
    onBytes?.(bytesRead);
  }
  let all = Buffer.concat(parts);
  if (all.length >= 3 && all[0] === 0xef && all[1] === 0xbb && all[2] === 0xbf) all = all.subarray(3);
  return decodeUtf8(all, file);
}
