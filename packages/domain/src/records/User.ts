import { z } from 'zod';
import { idSchema, type UserId } from '../ids.js';
import { isoDateTime, nameText } from './text.js';

export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(254)
  .pipe(z.email({ message: 'must be an e-mail address' }));

/**
 * At least 8 characters and at most 256 (NIST SP 800-63B: no composition rules, long passphrases welcome).
 * Which passwords are too common is checked where accounts are made (`checkPasswordPolicy`).
 */
export const passwordSchema = z
  .string()
  .min(8, 'must be at least 8 characters')
  .max(256, 'must be at most 256 characters');

export const userSchema = z.object({
  id: idSchema('user'),
  email: emailSchema,
  name: nameText,
  /** The install's administrator (the first user of an empty install). */
  isAdmin: z.boolean().default(false),
  createdAt: isoDateTime,
});
export type User = z.infer<typeof userSchema> & { id: UserId };
export const USER_VERSION = 1;
