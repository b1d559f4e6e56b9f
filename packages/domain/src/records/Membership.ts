import { z } from 'zod';
import { idSchema } from '../ids.js';
import { isoDateTime } from './text.js';

/** owner: everything, including members, keys and deleting the workspace; editor: edit content; viewer: read. */
export const ROLES = ['owner', 'editor', 'viewer'] as const;
export type Role = (typeof ROLES)[number];
export const roleSchema = z.enum(ROLES);

const RANK: Record<Role, number> = { viewer: 0, editor: 1, owner: 2 };

/** Whether `role` is allowed what `required` is allowed (owner ⊃ editor ⊃ viewer). */
export function roleAllows(role: Role, required: Role): boolean {
  return RANK[role] >= RANK[required];
}

export const membershipSchema = z.object({
  workspaceId: idSchema('workspace'),
  userId: idSchema('user'),
  role: roleSchema,
  createdAt: isoDateTime,
});
export type Membership = z.infer<typeof membershipSchema>;
export const MEMBERSHIP_VERSION = 1;
