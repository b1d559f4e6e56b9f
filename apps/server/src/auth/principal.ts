import type { ApiKey, Role, User, WorkspaceId } from '@trailmap/domain';
import { roleAllows } from '@trailmap/domain';
import type { Store } from '@trailmap/db';
import { forbidden, notFound, unauthorized } from '../http/errors.js';

/** Who is calling: a signed-in user (session cookie) or an API key of one workspace. */
export type Principal =
  { kind: 'user'; user: User; sessionTokenHash: string } | { kind: 'apiKey'; key: ApiKey };

/** What a route needs: read (any member, any key), edit (editor/owner, write key), own (owner, never a key). */
export type Access = 'read' | 'edit' | 'own';

const REQUIRED_ROLE: Record<Access, Role> = { read: 'viewer', edit: 'editor', own: 'owner' };

export function requireUser(principal: Principal | null): Extract<Principal, { kind: 'user' }> {
  if (!principal) throw unauthorized();
  if (principal.kind !== 'user') throw forbidden('this needs a signed-in user, not an API key');
  return principal;
}

/**
 * What an API key may do: the lesser of its scope (write → editor, read → viewer) and its creator's
 * current role, so demoting a member limits their keys at once. A key whose creator has left the
 * workspace no longer works (leaving also revokes the keys).
 */
export async function keyRole(store: Store, key: ApiKey): Promise<Role> {
  const creator = await store.memberships.get(key.workspaceId, key.createdBy);
  if (!creator) throw unauthorized("this API key's creator is no longer a member of its workspace");
  const scopeRole: Role = key.scope === 'write' ? 'editor' : 'viewer';
  return roleAllows(creator.role, scopeRole) ? scopeRole : 'viewer';
}

/**
 * Checks that the caller may do `access` in the workspace and returns the caller's effective role.
 * Non-members get 404 (the workspace's existence is not revealed); members without the role get 403.
 */
export async function authorizeWorkspace(
  store: Store,
  principal: Principal | null,
  workspaceId: WorkspaceId,
  access: Access,
): Promise<Role> {
  if (!principal) throw unauthorized();
  if (principal.kind === 'apiKey') {
    const { key } = principal;
    if (key.workspaceId !== workspaceId) throw notFound('workspace');
    if (access === 'own') throw forbidden('API keys cannot manage members, keys or the workspace');
    const role = await keyRole(store, key);
    if (access === 'edit' && role !== 'editor')
      throw forbidden(
        key.scope === 'write'
          ? "this API key's creator may no longer edit in this workspace"
          : 'this API key is read-only',
      );
    return role;
  }
  const membership = await store.memberships.get(workspaceId, principal.user.id);
  if (!membership) throw notFound('workspace');
  if (!roleAllows(membership.role, REQUIRED_ROLE[access])) throw forbidden();
  return membership.role;
}
