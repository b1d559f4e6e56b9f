import type { UserId, WorkspaceId } from '@trailmap/domain';
import type { Store } from '@trailmap/db';
import { HttpError } from '../http/errors.js';

/** Only members of the workspace can be mentioned: else 400 naming the field and the id. */
export async function checkMentions(
  store: Store,
  workspaceId: WorkspaceId,
  mentions: readonly UserId[],
  field = 'body.mentions',
): Promise<void> {
  if (mentions.length === 0) return;
  const members = new Set<string>((await store.memberships.list(workspaceId)).map((m) => m.userId));
  const index = mentions.findIndex((id) => !members.has(id));
  if (index >= 0) {
    const message = `${mentions[index]} is not a member of this workspace`;
    throw new HttpError(400, 'validation', `${field}.${index}: ${message}`, {
      issues: [{ path: `${field}.${index}`, message }],
    });
  }
}
