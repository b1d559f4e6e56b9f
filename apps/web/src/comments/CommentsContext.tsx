import type { CommentTarget } from '@trailmap/domain';
import { createContext, useContext } from 'react';

/** What the map's cards and phase headers need of the comments: how many are open, and how to open them. */
export interface MapComments {
  /** Open threads per `kind:id`. */
  openCounts: ReadonlyMap<string, number>;
  open: (target: CommentTarget) => void;
}

export const MapCommentsContext = createContext<MapComments | null>(null);

export const targetKey = (target: Pick<CommentTarget, 'kind' | 'id'>) => `${target.kind}:${target.id}`;

/** The open threads of one card or phase (0 when none), and how to open its comments; null outside a map. */
export function useCommentsOf(target: CommentTarget): { count: number; open: () => void } | null {
  const comments = useContext(MapCommentsContext);
  if (!comments) return null;
  return { count: comments.openCounts.get(targetKey(target)) ?? 0, open: () => comments.open(target) };
}
