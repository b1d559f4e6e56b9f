import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { Role } from '@trailmap/domain';
import { api, ApiError } from './client.js';

export interface SessionUser {
  id: string;
  email: string;
  name: string;
  /** The install's administrator (its first account). */
  isAdmin?: boolean;
}

export interface WorkspaceSummary {
  id: string;
  name: string;
  role: Role;
  createdAt: string;
}

/**
 * Who may create an account: `open` (anyone), `invite` (only through an invite link) or
 * `domain:<domain>` (addresses of that domain, and anyone with an invite link). `firstUser`: the install
 * has no account yet, and the next sign-up becomes its administrator.
 */
export interface SignUpRules {
  policy: string;
  firstUser: boolean;
}

export interface ServerConfig {
  version: string;
  signUp?: SignUpRules;
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

/** Server facts the sign-in and sign-up pages need (who may sign up, the demo account in demo mode). */
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
