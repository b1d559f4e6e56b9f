/** One problem of a refused request: where (`body.password`), what, and for some a stable `code`. */
export interface ApiIssue {
  path: string;
  message: string;
  code?: string;
}

/** A failed API call: the server's `{ error, message, issues }` with the HTTP status. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly issues: ApiIssue[] = [],
    readonly body: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export interface RequestOptions {
  /** A JSON value (default) or text sent as-is with `contentType`. */
  body?: unknown;
  contentType?: string;
  signal?: AbortSignal;
}

/** Calls the Trailmap API with the session cookie; resolves with the JSON (or text) answer, throws ApiError. */
export async function apiRequest<T>(method: string, path: string, options: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = {};
  let body: BodyInit | undefined;
  if (options.body !== undefined) {
    if (options.contentType && typeof options.body === 'string') {
      headers['content-type'] = options.contentType;
      body = options.body;
    } else {
      headers['content-type'] = 'application/json';
      body = JSON.stringify(options.body);
    }
  }
  const response = await fetch(path, {
    method,
    headers,
    body,
    credentials: 'same-origin',
    ...(options.signal ? { signal: options.signal } : {}),
  });
  if (response.status === 204) return undefined as T;
  const type = response.headers.get('content-type') ?? '';
  const payload: unknown = type.includes('json') ? await response.json() : await response.text();
  if (!response.ok) {
    const data = (typeof payload === 'object' && payload !== null ? payload : {}) as Record<string, unknown>;
    throw new ApiError(
      response.status,
      typeof data.error === 'string' ? data.error : 'http-error',
      typeof data.message === 'string' ? data.message : String(payload || response.statusText),
      Array.isArray(data.issues) ? (data.issues as ApiIssue[]) : [],
      data,
    );
  }
  return payload as T;
}

export const api = {
  get: <T>(path: string, signal?: AbortSignal) => apiRequest<T>('GET', path, signal ? { signal } : {}),
  post: <T>(path: string, body?: unknown, contentType?: string) =>
    apiRequest<T>('POST', path, { body: body ?? {}, ...(contentType ? { contentType } : {}) }),
  put: <T>(path: string, body: unknown) => apiRequest<T>('PUT', path, { body }),
  patch: <T>(path: string, body: unknown) => apiRequest<T>('PATCH', path, { body }),
  delete: <T>(path: string) => apiRequest<T>('DELETE', path),
};
