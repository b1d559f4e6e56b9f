import type { Role, UserId, WorkspaceId } from '@trailmap/domain';
import type { Store } from '@trailmap/db';
import { authorizeWorkspace, type Principal } from '../auth/principal.js';

/** Who writes a comment, and with which role. */
export interface Commenter {
  userId: UserId;
  role: Role;
}

/**
 * Comments are a conversation about the map, not an edit of it: every member may write them, viewers too.
 * An API key writes as its creator and needs write scope (a read-only key only reads).
 */
export async function authorizeCommenter(
  store: Store,
  principal: Principal | null,
  workspaceId: WorkspaceId,
): Promise<Commenter> {
  if (principal?.kind === 'apiKey') {
    const role = await authorizeWorkspace(store, principal, workspaceId, 'edit');
    return { userId: principal.key.createdBy, role };
  }
  const role = await authorizeWorkspace(store, principal, workspaceId, 'read');
  // authorizeWorkspace refused anyone else
  return { userId: (principal as Extract<Principal, { kind: 'user' }>).user.id, role };
}
