import { roleAllows, type Role } from '@trailmap/domain';
import { useWorkspaces } from '../api/session.js';

export interface WorkspaceAccess {
  role: Role | null;
  /** May create, change and delete personas and journeys. */
  canEdit: boolean;
  /** May manage members and API keys. */
  canOwn: boolean;
  isPending: boolean;
}

/** The signed-in user's role in a workspace; controls stay hidden until it is known. */
export function useWorkspaceRole(workspaceId: string | undefined): WorkspaceAccess {
  const workspaces = useWorkspaces();
  const role = workspaces.data?.find((w) => w.id === workspaceId)?.role ?? null;
  return {
    role,
    canEdit: role ? roleAllows(role, 'editor') : false,
    canOwn: role ? roleAllows(role, 'owner') : false,
    isPending: workspaces.isPending,
  };
}
