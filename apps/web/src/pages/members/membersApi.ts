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
}

/** POST …/members answers with a member (201, the account existed) or an invitation (202). */
export type InviteResult = { member: Member } | { invitation: Invitation };

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
