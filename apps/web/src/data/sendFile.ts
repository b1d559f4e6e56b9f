import { ApiError, type ApiIssue } from '../api/client.js';

export interface SendFileOptions {
  /** Form fields sent before the file (`mapping`, `name`). */
  fields?: Record<string, string>;
  /** Bytes sent so far of the whole request. */
  onProgress?: (sentBytes: number, totalBytes: number) => void;
  signal?: AbortSignal;
}

/** The request was stopped by its AbortSignal (the page was left, or the user cancelled). */
export class UploadAborted extends Error {
  constructor() {
    super('upload aborted');
    this.name = 'UploadAborted';
  }
}

function toApiError(status: number, text: string): ApiError {
  let data: Record<string, unknown> = {};
  try {
    const parsed: unknown = JSON.parse(text);
    if (typeof parsed === 'object' && parsed !== null) data = parsed as Record<string, unknown>;
  } catch {
    /* not JSON: a proxy's page, or nothing */
  }
  return new ApiError(
    status,
    typeof data.error === 'string' ? data.error : 'http-error',
    typeof data.message === 'string' ? data.message : text || `HTTP ${status}`,
    Array.isArray(data.issues) ? (data.issues as ApiIssue[]) : [],
    data,
  );
}

/**
 * POSTs a file as `multipart/form-data` (part `file`) with the session cookie, reporting the bytes sent
 * as they go (XMLHttpRequest's `upload.onprogress`; fetch cannot). Resolves with the JSON answer; throws
 * an ApiError like the JSON client, a TypeError when the server cannot be reached, UploadAborted when
 * stopped.
 */
export function sendFile<T>(path: string, file: File, options: SendFileOptions = {}): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const form = new FormData();
    for (const [name, value] of Object.entries(options.fields ?? {})) form.append(name, value);
    form.append('file', file, file.name);
    const request = new XMLHttpRequest();
    request.open('POST', path);
    request.withCredentials = true;
    request.responseType = 'text';
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) options.onProgress?.(event.loaded, event.total);
    };
    request.onload = () => {
      if (request.status >= 200 && request.status < 300) {
        try {
          resolve((request.responseText ? JSON.parse(request.responseText) : undefined) as T);
        } catch {
          reject(toApiError(request.status, request.responseText));
        }
      } else reject(toApiError(request.status, request.responseText));
    };
    request.onerror = () => reject(new TypeError('network error'));
    request.onabort = () => reject(new UploadAborted());
    if (options.signal) {
      if (options.signal.aborted) {
        reject(new UploadAborted());
        return;
      }
      options.signal.addEventListener('abort', () => request.abort(), { once: true });
    }
    request.send(form);
  });
}
