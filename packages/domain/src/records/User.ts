import { z } from 'zod';
import { idSchema, type UserId } from '../ids.js';
import { isoDateTime, nameText } from './text.js';

export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(254)
  .pipe(z.email({ message: 'must be an e-mail address' }));

/** At least 8 characters; long passphrases welcome, capped to keep hashing cheap to refuse. */
export const passwordSchema = z.string().min(8, 'must be at least 8 characters').max(200);

export const userSchema = z.object({
  id: idSchema('user'),
  email: emailSchema,
  name: nameText,
  createdAt: isoDateTime,
});
export type User = z.infer<typeof userSchema> & { id: UserId };
export const USER_VERSION = 1;
