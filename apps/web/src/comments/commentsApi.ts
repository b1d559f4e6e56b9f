import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CommentTarget, CommentThreadStatus } from '@trailmap/domain';
import { api } from '../api/client.js';

/** A person named in a thread; `name` null for someone no longer known. */
export interface PersonRef {
  id: string;
  name: string | null;
}

export interface CommentView {
  id: string;
  author: PersonRef | null;
  body: string;
  mentions: PersonRef[];
  createdAt: string;
  editedAt: string | null;
}

/** A thread as `GET …/comments` answers it (docs/api.md, "Comments"). */
export interface ThreadView {
  id: string;
  journeyId: string;
  journeyTitle: string | null;
  target: CommentTarget & { title: string | null };
  status: CommentThreadStatus;
  resolvedAt: string | null;
  resolvedBy: PersonRef | null;
  createdAt: string;
  updatedAt: string;
  comments: CommentView[];
}

export interface NewMessage {
  body: string;
  mentions: string[];
}

const mapKey = (workspaceId: string, journeyId: string) =>
  ['comments', workspaceId, 'map', journeyId] as const;

/** Every thread of a map (open and resolved): the badges count the open ones, the panel shows both. */
export function useMapComments(workspaceId: string, journeyId: string, enabled = true) {
  return useQuery({
    queryKey: mapKey(workspaceId, journeyId),
    queryFn: async ({ signal }) =>
      (
        await api.get<{ threads: ThreadView[] }>(
          `/api/workspaces/${workspaceId}/journeys/${journeyId}/comments?status=all`,
          signal,
        )
      ).threads,
    enabled: enabled && workspaceId !== '' && journeyId !== '',
  });
}

/** The workspace's threads: open ones, or those mentioning me. */
export function useWorkspaceComments(workspaceId: string, filter: 'open' | 'mine' | 'resolved') {
  const query = filter === 'mine' ? 'status=all&mentioning=me' : `status=${filter}`;
  return useQuery({
    queryKey: ['comments', workspaceId, 'workspace', filter] as const,
    queryFn: async ({ signal }) =>
      (await api.get<{ threads: ThreadView[] }>(`/api/workspaces/${workspaceId}/comments?${query}`, signal))
        .threads,
  });
}

function useCommentWrite<A>(workspaceId: string, send: (args: A) => Promise<unknown>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: () => void client.invalidateQueries({ queryKey: ['comments', workspaceId] }),
  });
}

export function useStartThread(workspaceId: string, journeyId: string) {
  return useCommentWrite(workspaceId, (args: NewMessage & { target: CommentTarget }) =>
    api.post<{ thread: ThreadView }>(`/api/workspaces/${workspaceId}/journeys/${journeyId}/comments`, args),
  );
}

export function useReply(workspaceId: string) {
  return useCommentWrite(workspaceId, ({ threadId, ...message }: NewMessage & { threadId: string }) =>
    api.post<{ thread: ThreadView }>(`/api/workspaces/${workspaceId}/comments/${threadId}/messages`, message),
  );
}

export function useSetThreadStatus(workspaceId: string) {
  return useCommentWrite(
    workspaceId,
    ({ threadId, status }: { threadId: string; status: CommentThreadStatus }) =>
      api.patch<{ thread: ThreadView }>(`/api/workspaces/${workspaceId}/comments/${threadId}`, { status }),
  );
}

export function useDeleteMessage(workspaceId: string) {
  return useCommentWrite(workspaceId, ({ threadId, commentId }: { threadId: string; commentId: string }) =>
    api.delete(`/api/workspaces/${workspaceId}/comments/${threadId}/messages/${commentId}`),
  );
}
