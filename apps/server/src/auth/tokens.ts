import { createHash, randomBytes } from 'node:crypto';

/** A new opaque secret (256 bits), URL-safe. */
export function createSecret(): string {
  return randomBytes(32).toString('base64url');
}

/** Tokens and API keys are high-entropy secrets, so one SHA-256 is the right hash (no salt or stretching needed). */
export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

export const API_KEY_PREFIX = 'tmk_';

/** A full API key as shown once to its creator: `tmk_<random>`; the first 12 characters identify it in lists. */
export function createApiKeySecret(): { key: string; prefix: string } {
  const key = `${API_KEY_PREFIX}${createSecret()}`;
  return { key, prefix: key.slice(0, 12) };
}
