import { randomBytes } from 'node:crypto';
import { createReadStream, statSync } from 'node:fs';
import { basename } from 'node:path';
import { Readable } from 'node:stream';

/**
 * POSTs a file as multipart/form-data (the part `file`, plus text fields) without reading it into memory:
 * the body streams from disk with a known length, and `onProgress` hears the bytes sent.
 */
export async function uploadFile(
  url: string,
  input: { path: string; fields: Record<string, string>; headers: Record<string, string> },
  onProgress?: (sent: number, total: number) => void,
): Promise<Response> {
  const boundary = `----trailmap${randomBytes(12).toString('hex')}`;
  const fieldParts = Object.entries(input.fields).map(
    ([name, value]) => `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`,
  );
  const fileName = basename(input.path).replaceAll('"', '');
  const head = Buffer.from(
    `${fieldParts.join('')}--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
  );
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  const fileSize = statSync(input.path).size;
  const total = head.length + fileSize + tail.length;
  let sent = 0;
  async function* body(): AsyncGenerator<Buffer> {
    yield head;
    sent += head.length;
    for await (const chunk of createReadStream(input.path, { highWaterMark: 1 << 20 })) {
      yield chunk as Buffer;
      sent += (chunk as Buffer).length;
      onProgress?.(sent, total);
    }
    yield tail;
    sent += tail.length;
    onProgress?.(sent, total);
  }
  return fetch(url, {
    method: 'POST',
    headers: {
      ...input.headers,
      'content-type': `multipart/form-data; boundary=${boundary}`,
      'content-length': String(total),
    },
    body: Readable.toWeb(Readable.from(body())) as ReadableStream<Uint8Array>,
    duplex: 'half',
  } as RequestInit & { duplex: 'half' });
}
