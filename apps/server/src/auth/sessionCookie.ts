import type { FastifyReply, FastifyRequest } from 'fastify';

/** The session cookie over http (local installs, development). */
export const SESSION_COOKIE = 'trailmap_session';
/**
 * The session cookie over https: `Secure`, and with the `__Host-` prefix browsers only accept from a
 * secure origin without a Domain and with path `/`, so no other host or subdomain can set or overwrite it.
 */
export const SECURE_SESSION_COOKIE = `__Host-${SESSION_COOKIE}`;

export interface CookieSettings {
  /** The app's public address (`TRAILMAP_PUBLIC_URL`); an https one means secure cookies. */
  publicUrl?: string | undefined;
  /** Whether the forwarded protocol of a trusted proxy is believed. */
  trustProxy: boolean;
}

/** Whether the app is served over https: the public URL says so, or a trusted proxy forwarded https. */
export function isServedOverHttps(request: FastifyRequest, settings: CookieSettings): boolean {
  if (settings.publicUrl) return settings.publicUrl.startsWith('https:');
  return settings.trustProxy && request.protocol === 'https';
}

/** The session token from either cookie name (the secure one first). */
export function readSessionCookie(request: FastifyRequest): string | undefined {
  return request.cookies[SECURE_SESSION_COOKIE] || request.cookies[SESSION_COOKIE] || undefined;
}

export function setSessionCookie(
  request: FastifyRequest,
  reply: FastifyReply,
  token: string,
  expiresAt: Date,
  settings: CookieSettings,
): void {
  const secure = isServedOverHttps(request, settings);
  reply.setCookie(secure ? SECURE_SESSION_COOKIE : SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'lax',
    secure,
    path: '/',
    expires: expiresAt,
  });
}

export function clearSessionCookie(request: FastifyRequest, reply: FastifyReply, settings: CookieSettings) {
  const secure = isServedOverHttps(request, settings);
  reply.clearCookie(secure ? SECURE_SESSION_COOKIE : SESSION_COOKIE, { path: '/', secure, httpOnly: true });
}
