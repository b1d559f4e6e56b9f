import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ApiKey, ApiKeyScope, Role } from '@trailmap/domain';
import { api } from '../../api/client.js';

export interface Member {
  userId: string;
  email: string;
  name: string;
  role: Role;
  createdAt: string;
}

export interface Invitation {
  id: string;
  email: string;
  role: Role;
  invitedBy: string;
  createdAt: string;
  expiresAt: string;
}

/**
 * A new invite link as its owner sees it, once: the app path (`/invite/<token>`) and whether the server
 * e-mailed it (only when it has SMTP).
 */
export interface InviteLink {
  invitation: Invitation;
  token: string;
  path: string;
  emailed: boolean;
}

/** POST …/members answers with a member (201, the account existed) or an invite link (202). */
export type InviteResult = { member: Member } | InviteLink;

/** A share link as owners see it in the workspace's list (the token itself is never shown again). */
export interface WorkspaceShareLink {
  id: string;
  journeyId: string;
  journeyTitle: string;
  prefix: string;
  createdBy: string;
  createdByName: string;
  createdAt: string;
  revokedAt: string | null;
  includeBackstage: boolean;
}

const membersKey = (workspaceId: string) => ['members', workspaceId] as const;
const apiKeysKey = (workspaceId: string) => ['api-keys', workspaceId] as const;

export function useMembers(workspaceId: string) {
  return useQuery({
    queryKey: membersKey(workspaceId),
    queryFn: ({ signal }) =>
      api.get<{ members: Member[]; invitations: Invitation[] }>(
        `/api/workspaces/${workspaceId}/members`,
        signal,
      ),
  });
}

export function useInviteMember(workspaceId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { email: string; role: Role }) =>
      api.post<InviteResult>(`/api/workspaces/${workspaceId}/members`, body),
    onSuccess: () => void client.invalidateQueries({ queryKey: membersKey(workspaceId) }),
  });
}

export function useChangeRole(workspaceId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ userId, role }: { userId: string; role: Role }) =>
      api.patch<{ member: Member }>(`/api/workspaces/${workspaceId}/members/${userId}`, { role }),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: membersKey(workspaceId) });
      void client.invalidateQueries({ queryKey: ['workspaces'] });
    },
  });
}

export function useRemoveMember(workspaceId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (userId: string) => api.delete<void>(`/api/workspaces/${workspaceId}/members/${userId}`),
    onSuccess: () => void client.invalidateQueries({ queryKey: membersKey(workspaceId) }),
  });
}

export function useWithdrawInvitation(workspaceId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (invitationId: string) =>
      api.delete<void>(`/api/workspaces/${workspaceId}/invitations/${invitationId}`),
    onSuccess: () => void client.invalidateQueries({ queryKey: membersKey(workspaceId) }),
  });
}

/** A new link for an open invitation; the old link stops working. */
export function useRenewInviteLink(workspaceId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (invitationId: string) =>
      api.post<InviteLink>(`/api/workspaces/${workspaceId}/invitations/${invitationId}/link`),
    onSuccess: () => void client.invalidateQueries({ queryKey: membersKey(workspaceId) }),
  });
}

/** Every share link of the workspace (owners); the map's share dialog shares the `['share-links', ws]` prefix. */
export function useWorkspaceShareLinks(workspaceId: string) {
  return useQuery({
    queryKey: ['share-links', workspaceId, 'workspace'],
    queryFn: async ({ signal }) =>
      (
        await api.get<{ shareLinks: WorkspaceShareLink[] }>(
          `/api/workspaces/${workspaceId}/share-links`,
          signal,
        )
      ).shareLinks,
  });
}

export function useRevokeShareLink(workspaceId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (link: WorkspaceShareLink) =>
      api.delete<void>(`/api/workspaces/${workspaceId}/journeys/${link.journeyId}/share-links/${link.id}`),
    onSuccess: () => void client.invalidateQueries({ queryKey: ['share-links', workspaceId] }),
  });
}

export function useRevokeAllShareLinks(workspaceId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => api.delete<{ revoked: number }>(`/api/workspaces/${workspaceId}/share-links`),
    onSuccess: () => void client.invalidateQueries({ queryKey: ['share-links', workspaceId] }),
  });
}

export function useApiKeys(workspaceId: string, enabled: boolean) {
  return useQuery({
    queryKey: apiKeysKey(workspaceId),
    queryFn: async ({ signal }) =>
      (await api.get<{ apiKeys: ApiKey[] }>(`/api/workspaces/${workspaceId}/api-keys`, signal)).apiKeys,
    enabled,
  });
}

export function useCreateApiKey(workspaceId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { name: string; scope: ApiKeyScope }) =>
      api.post<{ apiKey: ApiKey; key: string }>(`/api/workspaces/${workspaceId}/api-keys`, body),
    onSuccess: () => void client.invalidateQueries({ queryKey: apiKeysKey(workspaceId) }),
  });
}

export function useRevokeApiKey(workspaceId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (keyId: string) => api.delete<void>(`/api/workspaces/${workspaceId}/api-keys/${keyId}`),
    onSuccess: () => void client.invalidateQueries({ queryKey: apiKeysKey(workspaceId) }),
  });
}
