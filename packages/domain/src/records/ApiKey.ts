import { z } from 'zod';
import { idSchema } from '../ids.js';
import { isoDateTime, nameText } from './text.js';

/** read: GET only; write: read plus editing workspace content (never members or keys). */
export const API_KEY_SCOPES = ['read', 'write'] as const;
export type ApiKeyScope = (typeof API_KEY_SCOPES)[number];
export const apiKeyScopeSchema = z.enum(API_KEY_SCOPES);

/** An API key as stored and listed: the secret itself is never kept, only its hash. */
export const apiKeySchema = z.object({
  id: idSchema('apiKey'),
  workspaceId: idSchema('workspace'),
  name: nameText,
  scope: apiKeyScopeSchema,
  /** The first characters of the key, so users can tell keys apart. */
  prefix: z.string(),
  createdBy: idSchema('user'),
  createdAt: isoDateTime,
  lastUsedAt: isoDateTime.nullable(),
  revokedAt: isoDateTime.nullable(),
});
export type ApiKey = z.infer<typeof apiKeySchema>;
export const API_KEY_VERSION = 1;
