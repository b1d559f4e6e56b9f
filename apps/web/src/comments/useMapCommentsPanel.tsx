import type { CommentTarget, JourneyMap } from '@trailmap/domain';
import { useCallback, useMemo, type ReactNode } from 'react';
import { useSearchParams } from 'react-router';
import { useMe, useWorkspaces } from '../api/session.js';
import { useMembers } from '../pages/members/membersApi.js';
import { useMapComments } from './commentsApi.js';
import { targetKey, type MapComments } from './CommentsContext.js';
import { CommentsPanel } from './CommentsPanel.js';

type MapContent = Pick<JourneyMap, 'phases' | 'touchpoints' | 'painPoints' | 'ideas'>;

/** `?comments=touchpoint:tpt_…` → the target (of a kind comments know); anything else → null. */
export function parseCommentsParam(value: string | null): CommentTarget | null {
  const match = /^(touchpoint|phase|painPoint|idea):([a-z]{3}_[0-9a-z]{6,40})$/.exec(value ?? '');
  return match ? ({ kind: match[1], id: match[2] } as CommentTarget) : null;
}

function titleOf(map: MapContent, target: CommentTarget): string | null {
  switch (target.kind) {
    case 'phase':
      return map.phases.find((p) => p.id === target.id)?.name ?? null;
    case 'touchpoint':
      return map.touchpoints.find((t) => t.id === target.id)?.title ?? null;
    case 'painPoint':
      return map.painPoints.find((p) => p.id === target.id)?.title ?? null;
    case 'idea':
      return map.ideas.find((i) => i.id === target.id)?.title ?? null;
  }
}

/**
 * The map's comments: the badges' counts (a context for the grid), and the comments panel of the card or
 * phase named by `?comments=kind:id` (so a comment has a URL, e.g. from the workspace's list).
 */
export function useMapCommentsPanel(
  workspaceId: string,
  journeyId: string,
  map: MapContent,
  onOpen: () => void,
): { context: MapComments; panel: ReactNode | null; close: () => void } {
  const [params, setParams] = useSearchParams();
  const threads = useMapComments(workspaceId, journeyId);
  const me = useMe();
  const workspaces = useWorkspaces();
  const members = useMembers(workspaceId);
  const target = parseCommentsParam(params.get('comments'));

  const setTarget = useCallback(
    (next: CommentTarget | null) =>
      setParams(
        (current) => {
          const copy = new URLSearchParams(current);
          if (next) copy.set('comments', targetKey(next));
          else copy.delete('comments');
          return copy;
        },
        { replace: true },
      ),
    [setParams],
  );
  const open = useCallback(
    (next: CommentTarget) => {
      onOpen();
      setTarget(next);
    },
    [onOpen, setTarget],
  );
  const close = useCallback(() => setTarget(null), [setTarget]);

  const openCounts = useMemo(() => {
    const counts = new Map<string, number>();
    for (const thread of threads.data ?? [])
      if (thread.status === 'open')
        counts.set(targetKey(thread.target), (counts.get(targetKey(thread.target)) ?? 0) + 1);
    return counts;
  }, [threads.data]);
  const context = useMemo(() => ({ openCounts, open }), [openCounts, open]);

  const role = workspaces.data?.find((w) => w.id === workspaceId)?.role;
  const title = target ? titleOf(map, target) : null;
  const panel =
    target && title !== null && threads.data && me.data && role ? (
      <CommentsPanel
        key={targetKey(target)}
        workspaceId={workspaceId}
        journeyId={journeyId}
        target={target}
        title={title}
        threads={threads.data}
        me={me.data.id}
        role={role}
        members={(members.data?.members ?? []).map(({ userId, name }) => ({ userId, name }))}
        onClose={close}
      />
    ) : null;
  return { context, panel, close };
}
