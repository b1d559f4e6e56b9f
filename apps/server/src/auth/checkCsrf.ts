import type { FastifyRequest } from 'fastify';
import { HttpError } from '../http/errors.js';
import { readSessionCookie } from './sessionCookie.js';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** The body types any write may have; a route may add its own upload types (`config.uploadTypes`). */
const JSON_TYPES = ['application/json'];

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Content types a route takes besides JSON (e.g. `text/vnd.mermaid`, `multipart/form-data`). */
    uploadTypes?: readonly string[];
  }
}

function mediaTypeOf(header: string | undefined): string | null {
  if (!header) return null;
  return header.split(';')[0]?.trim().toLowerCase() || null;
}

function hasBody(request: FastifyRequest): boolean {
  const length = request.headers['content-length'];
  return request.headers['transfer-encoding'] !== undefined || (length !== undefined && length !== '0');
}

/** The origin the app is served from: the public URL's, or the one the request was sent to. */
export function expectedOrigin(request: FastifyRequest, publicUrl: string | undefined): string {
  if (publicUrl) return new URL(publicUrl).origin;
  return `${request.protocol}://${request.host}`.toLowerCase();
}

const csrfError = (message: string) => new HttpError(403, 'csrf', message);

/**
 * The CSRF rule. A write authenticated by the session cookie (no `Authorization` header) must come from
 * the app's own origin — an `Origin` header equal to it, or, without one, `Sec-Fetch-Site: same-origin` —
 * and carry JSON or the route's declared upload type, never a type an HTML form can send. Sign-in and
 * sign-up (no session yet) are refused when the browser says they come from elsewhere. Bearer-key
 * requests are unaffected. Throws 403 `csrf` (or 415) when the rule is broken.
 */
export function checkCsrf(request: FastifyRequest, publicUrl: string | undefined): void {
  if (SAFE_METHODS.has(request.method) || request.headers.authorization !== undefined) return;
  const origin = request.headers.origin;
  const fetchSite = request.headers['sec-fetch-site'];
  const own = expectedOrigin(request, publicUrl);
  const fromElsewhere =
    (origin !== undefined && origin.toLowerCase() !== own) ||
    (fetchSite !== undefined && fetchSite !== 'same-origin' && fetchSite !== 'none');
  if (fromElsewhere) throw csrfError(`a write must come from ${own} itself`);
  if (readSessionCookie(request) === undefined) return;
  if (origin === undefined && fetchSite !== 'same-origin')
    throw csrfError(
      'a write signed in with the session cookie needs an Origin header of this server (browsers send it); scripts should use an API key',
    );
  const type = mediaTypeOf(request.headers['content-type']);
  const allowed = [...JSON_TYPES, ...(request.routeOptions.config.uploadTypes ?? [])];
  if (type === null ? hasBody(request) : !allowed.includes(type))
    throw new HttpError(
      415,
      'unsupported-media-type',
      `this route takes ${allowed.join(' or ')}${type ? `, not ${type}` : ''}`,
    );
}
