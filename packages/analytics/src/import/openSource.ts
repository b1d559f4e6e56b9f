import { closeSync, createReadStream, openSync, readSync, statSync } from 'node:fs';
import { Readable } from 'node:stream';
import { isUtf8 } from 'node:buffer';
import { basename } from 'node:path';
import { createGunzip } from 'node:zlib';
import { ImportError } from './types.js';

export type SourceInput = { path: string } | { stream: NodeJS.ReadableStream; name: string };

export interface OpenedSource {
  name: string;
  bytesTotal: number | null;
  /** Decoded text chunks (UTF-8, fatal on invalid bytes), gunzipped when the input is gzip. */
  chunks: AsyncGenerator<string>;
  /** Raw (compressed) bytes read so far. */
  bytesRead(): number;
}

const gzipMagic0 = 0x1f;
const gzipMagic1 = 0x8b;

/** Opens a file or stream as UTF-8 text, gunzipping transparently; errors become ImportErrors. */
export function openSource(input: SourceInput): OpenedSource {
  const name = 'path' in input ? basename(input.path) : input.name;
  let bytesTotal: number | null = null;
  if ('path' in input) {
    try {
      bytesTotal = statSync(input.path).size;
    } catch {
      throw new ImportError('no such file', { file: input.path });
    }
  }
  let bytesRead = 0;
  return {
    name,
    bytesTotal,
    bytesRead: () => bytesRead,
    chunks: decodeChunks(input, name, (n) => (bytesRead += n)),
  };
}

async function* decodeChunks(
  input: SourceInput,
  name: string,
  count: (n: number) => void,
): AsyncGenerator<string> {
  let linesSoFar = 1;
  let pending: Buffer | null = null;
  // Buffer#toString (simdutf) after a fast isUtf8 check is several times faster than a fatal TextDecoder.
  const decode = (bytes: Buffer, last: boolean): string => {
    let all = pending ? Buffer.concat([pending, bytes]) : bytes;
    pending = null;
    if (!last) {
      const cut = completeUtf8Length(all);
      if (cut < all.length) {
        pending = Buffer.from(all.subarray(cut));
        all = all.subarray(0, cut);
      }
    }
    if (!isUtf8(all)) {
      const loose = all.toString('utf8');
      const at = Math.max(0, loose.indexOf('\uFFFD'));
      const line = linesSoFar + countLines(loose.slice(0, at));
      throw new ImportError('the file is not valid UTF-8 text (invalid byte sequence)', { file: name, line });
    }
    const text = all.toString('utf8');
    linesSoFar += countLines(text);
    return text;
  };
  let sawBytes = false;
  try {
    const { stream: raw, gzip } = await openRaw(input, (n) => {
      count(n);
      if (n > 0) sawBytes = true;
    });
    let text: NodeJS.ReadableStream = raw;
    if (gzip) {
      const gunzip = createGunzip({ chunkSize: 1 << 20 });
      raw.on('error', (error: Error) => gunzip.destroy(error));
      text = raw.pipe(gunzip);
    }
    for await (const piece of text) {
      const chunk = decode(piece as Buffer, false);
      if (chunk) yield chunk;
    }
  } catch (error) {
    throw toImportError(error, name, linesSoFar);
  }
  if (!sawBytes) throw new ImportError('the file is empty', { file: name });
  const tail = pending ? decode(Buffer.alloc(0), true) : '';
  if (tail) yield tail;
}

/** How many leading bytes form complete UTF-8 sequences (a sequence cut at the end is left for later). */
function completeUtf8Length(bytes: Buffer): number {
  const n = bytes.length;
  for (let j = n - 1; j >= Math.max(0, n - 4); j--) {
    const b = bytes[j] as number;
    if ((b & 0xc0) === 0x80) continue;
    const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
    return n - j < need ? j : n;
  }
  return n;
}

async function openRaw(
  input: SourceInput,
  count: (n: number) => void,
): Promise<{ stream: Readable; gzip: boolean }> {
  if ('path' in input) {
    const head = Buffer.alloc(2);
    const fd = openSync(input.path, 'r');
    const got = readSync(fd, head, 0, 2, 0);
    closeSync(fd);
    const gzip = got === 2 && head[0] === gzipMagic0 && head[1] === gzipMagic1;
    const stream = createReadStream(input.path, { highWaterMark: 1 << 20 });
    let reported = 0;
    const report = (): void => {
      count(stream.bytesRead - reported);
      reported = stream.bytesRead;
    };
    stream.on('end', report);
    return { stream: Readable.from(countThrough(stream, report), { objectMode: false }), gzip };
  }
  const iterator = (input.stream as AsyncIterable<Buffer | string>)[Symbol.asyncIterator]();
  const first = await iterator.next();
  const firstBytes = first.done ? Buffer.alloc(0) : Buffer.from(first.value);
  const gzip = firstBytes.length >= 2 && firstBytes[0] === gzipMagic0 && firstBytes[1] === gzipMagic1;
  async function* replay(): AsyncGenerator<Buffer> {
    if (first.done) return;
    count(firstBytes.length);
    yield firstBytes;
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) {
      const bytes = Buffer.from(next.value);
      count(bytes.length);
      yield bytes;
    }
  }
  return { stream: Readable.from(replay(), { objectMode: false }), gzip };
}

async function* countThrough(stream: Readable, report: () => void): AsyncGenerator<Buffer> {
  for await (const piece of stream) {
    report();
    yield piece as Buffer;
  }
  report();
}

function countLines(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

function toImportError(error: unknown, file: string, line: number): ImportError {
  if (error instanceof ImportError) return error;
  const err = error as NodeJS.ErrnoException;
  if (err.code === 'Z_BUF_ERROR' || /unexpected end of file/i.test(err.message ?? '')) {
    return new ImportError('the gzip data is truncated (unexpected end of file)', { file, line });
  }
  if (typeof err.code === 'string' && err.code.startsWith('Z_')) {
    return new ImportError(`the gzip data is corrupt (${err.message})`, { file, line });
  }
  if (err.code === 'ENOENT') return new ImportError('no such file', { file });
  return new ImportError(err.message ?? String(error), { file, line });
}
