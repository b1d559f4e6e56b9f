import type { Store } from '@trailmap/db';
import type { FastifyRequest } from 'fastify';
import { unauthorized } from '../http/errors.js';
import type { Principal } from './principal.js';
import { readSessionCookie } from './sessionCookie.js';
import { hashSecret } from './tokens.js';

const TOUCH_INTERVAL_MS = 60_000;

/**
 * Finds the caller from the session cookie or the `Authorization: Bearer` API key.
 * No credentials → null (the route decides); a wrong or revoked key → 401 at once.
 */
export async function resolvePrincipal(store: Store, request: FastifyRequest): Promise<Principal | null> {
  const header = request.headers.authorization;
  if (header !== undefined) {
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    if (!match?.[1]) throw unauthorized('the Authorization header must be "Bearer <API key>"');
    const key = await store.apiKeys.findByHash(hashSecret(match[1]));
    if (!key) throw unauthorized('unknown API key');
    if (key.revokedAt) throw unauthorized('this API key was revoked');
    const now = new Date();
    if (!key.lastUsedAt || now.getTime() - Date.parse(key.lastUsedAt) > TOUCH_INTERVAL_MS) {
      await store.apiKeys.touch(key.id, now);
    }
    const { secretHash: _secretHash, ...publicKey } = key;
    return { kind: 'apiKey', key: publicKey };
  }
  const token = readSessionCookie(request);
  if (!token) return null;
  const tokenHash = hashSecret(token);
  const session = await store.sessions.findValid(tokenHash, new Date());
  if (!session) return null;
  const user = await store.users.get(session.userId);
  if (!user) return null;
  return { kind: 'user', user, sessionTokenHash: tokenHash };
}
