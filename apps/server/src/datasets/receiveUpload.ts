import { mkdirSync, rmSync } from 'node:fs';
import { createWriteStream } from 'node:fs';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { randomUUID } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import { HttpError } from '../http/errors.js';

/** A file received from a multipart upload, on disk in a folder of its own. */
export interface ReceivedUpload {
  /** The folder (`<uploadDir>/<workspaceId>/<upload id>`); removing it removes the file. */
  folder: string;
  path: string;
  /** The name the user's file had (made safe), which import errors name. */
  fileName: string;
  sizeBytes: number;
  /** The other (text) fields of the form. */
  fields: Record<string, string>;
}

/** A file name safe to keep on disk: no folders, no control characters, at most 200 characters. */
export function safeFileName(name: string | undefined): string {
  const base = (name ?? '').split(/[\\/]/).pop() ?? '';
  const cleaned = [...base]
    .filter((c) => c.charCodeAt(0) > 0x1f && c.charCodeAt(0) !== 0x7f)
    .join('')
    .replace(/^\.+/, '')
    .trim()
    .slice(-200);
  return cleaned || 'upload';
}

/** Removes an upload's folder (after its import, or when a request is refused). */
export function discardUpload(upload: Pick<ReceivedUpload, 'folder'>): void {
  rmSync(upload.folder, { recursive: true, force: true });
}

/**
 * Streams the one `file` part of a multipart request to disk (never whole in memory) and collects the text
 * fields. The file part may come before or after the fields. Over the size limit the upload is refused with
 * 413 and nothing stays on disk; a form without a file is 400 naming `body.file`.
 */
export async function receiveUpload(
  request: FastifyRequest,
  uploadDir: string,
  workspaceId: string,
  maxBytes: number,
): Promise<ReceivedUpload> {
  if (!request.isMultipart())
    throw new HttpError(
      415,
      'unsupported-media-type',
      'send the file as multipart/form-data with a part named "file"',
    );
  const folder = join(uploadDir, workspaceId, `upload-${randomUUID()}`);
  mkdirSync(folder, { recursive: true });
  const fields: Record<string, string> = {};
  let received: { path: string; fileName: string; sizeBytes: number } | null = null;
  try {
    for await (const part of request.parts({
      limits: { fileSize: maxBytes, files: 1, fields: 10, fieldSize: 1024 * 1024 },
    })) {
      if (part.type === 'file') {
        if (part.fieldname !== 'file' || received) {
          part.file.resume();
          throw new HttpError(
            400,
            'validation',
            `body.${part.fieldname}: send one file, in the part named "file"`,
            {
              issues: [
                { path: `body.${part.fieldname}`, message: 'send one file, in the part named "file"' },
              ],
            },
          );
        }
        const fileName = safeFileName(part.filename);
        const path = join(folder, fileName);
        let sizeBytes = 0;
        part.file.on('data', (chunk: Buffer) => (sizeBytes += chunk.length));
        await pipeline(part.file, createWriteStream(path));
        if (part.file.truncated) throw tooLarge(maxBytes);
        received = { path, fileName, sizeBytes };
      } else {
        fields[part.fieldname] = String(part.value);
      }
    }
  } catch (error) {
    discardUpload({ folder });
    const status = (error as { statusCode?: number }).statusCode;
    if (status === 413) throw tooLarge(maxBytes);
    throw error;
  }
  if (!received) {
    discardUpload({ folder });
    throw new HttpError(400, 'validation', 'body.file: the form has no file', {
      issues: [{ path: 'body.file', message: 'the form has no file' }],
    });
  }
  return { folder, ...received, fields };
}

function tooLarge(maxBytes: number): HttpError {
  return new HttpError(
    413,
    'payload-too-large',
    `the file is larger than this server takes (${(maxBytes / 1024 ** 3).toFixed(maxBytes < 1024 ** 3 ? 3 : 1)} GB; TRAILMAP_UPLOAD_MAX_BYTES)`,
    { maxBytes },
  );
}
