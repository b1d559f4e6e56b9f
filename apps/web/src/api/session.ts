import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { Role } from '@trailmap/domain';
import { api, ApiError } from './client.js';

export interface SessionUser {
  id: string;
  email: string;
  name: string;
}

export interface WorkspaceSummary {
  id: string;
  name: string;
  role: Role;
  createdAt: string;
}

export interface ServerConfig {
  version: string;
  demo: { email: string; password: string; workspaceId: string | null; journeyId: string | null } | null;
}

/** The signed-in user, or null when nobody is signed in. */
export function useMe() {
  return useQuery({
    queryKey: ['me'],
    queryFn: async () => {
      try {
        return (await api.get<{ user: SessionUser }>('/api/auth/me')).user;
      } catch (err) {
        if (err instanceof ApiError && err.status === 401) return null;
        throw err;
      }
    },
    staleTime: 60_000,
  });
}

export function useWorkspaces(enabled = true) {
  return useQuery({
    queryKey: ['workspaces'],
    queryFn: async () => (await api.get<{ workspaces: WorkspaceSummary[] }>('/api/workspaces')).workspaces,
    enabled,
  });
}

/** Server facts the sign-in page needs (demo account in demo mode). */
export function useServerConfig() {
  return useQuery({
    queryKey: ['config'],
    queryFn: () => api.get<ServerConfig>('/api/config'),
    staleTime: Infinity,
  });
}

/** Forget everything cached for the previous user (after sign-in or sign-out). */
export function useResetSession() {
  const client = useQueryClient();
  return () => client.resetQueries();
}
