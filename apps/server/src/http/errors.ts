/** An error with an HTTP status and a stable machine-readable code; the message is safe to show. */
export class HttpError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: string,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'HttpError';
  }
}

export const badRequest = (message: string, details?: Record<string, unknown>) =>
  new HttpError(400, 'bad-request', message, details);
export const unauthorized = (message = 'sign in or send an API key') =>
  new HttpError(401, 'unauthorized', message);
export const forbidden = (message = 'your role does not allow this') =>
  new HttpError(403, 'forbidden', message);
/** Also used for objects of other workspaces, so their existence never leaks. */
export const notFound = (what = 'resource') => new HttpError(404, 'not-found', `${what} not found`);
export const conflict = (code: string, message: string, details?: Record<string, unknown>) =>
  new HttpError(409, code, message, details);
export const tooManyRequests = (message: string) => new HttpError(429, 'too-many-requests', message);
