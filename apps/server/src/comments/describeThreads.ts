import type { CommentThread, JourneyMap, UserId, WorkspaceId } from '@trailmap/domain';
import type { Store } from '@trailmap/db';

/** A person named in a thread; `name` is null for someone no longer known. */
export interface PersonRef {
  id: UserId;
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

/** A thread as the API answers it: names instead of bare ids, and what it is about in words. */
export interface ThreadView {
  id: string;
  journeyId: string;
  journeyTitle: string | null;
  /** `title` is the card's title or the phase's name, null once it left the map. */
  target: { kind: CommentThread['target']['kind']; id: string; title: string | null };
  status: CommentThread['status'];
  resolvedAt: string | null;
  resolvedBy: PersonRef | null;
  createdAt: string;
  updatedAt: string;
  comments: CommentView[];
}

function titleOn(journey: JourneyMap | undefined, target: CommentThread['target']): string | null {
  if (!journey) return null;
  switch (target.kind) {
    case 'phase':
      return journey.phases.find((p) => p.id === target.id)?.name ?? null;
    case 'touchpoint':
      return journey.touchpoints.find((t) => t.id === target.id)?.title ?? null;
    case 'painPoint':
      return journey.painPoints.find((p) => p.id === target.id)?.title ?? null;
    case 'idea':
      return journey.ideas.find((i) => i.id === target.id)?.title ?? null;
  }
}

/**
 * Names the people of the threads (members by their name, others by their account's) and their targets
 * (from the maps, read once each).
 */
export async function describeThreads(
  store: Store,
  workspaceId: WorkspaceId,
  threads: readonly CommentThread[],
): Promise<ThreadView[]> {
  const names = new Map<string, string | null>(
    (await store.memberships.list(workspaceId)).map((m) => [m.userId, m.name]),
  );
  const person = async (id: UserId): Promise<PersonRef> => {
    if (!names.has(id)) names.set(id, (await store.users.get(id))?.name ?? null);
    return { id, name: names.get(id) ?? null };
  };
  const journeys = new Map<string, JourneyMap | undefined>();
  for (const thread of threads)
    if (!journeys.has(thread.journeyId))
      journeys.set(thread.journeyId, (await store.journeys.get(workspaceId, thread.journeyId)) ?? undefined);
  const views: ThreadView[] = [];
  for (const thread of threads) {
    const journey = journeys.get(thread.journeyId);
    const comments: CommentView[] = [];
    for (const c of thread.comments)
      comments.push({
        id: c.id,
        author: c.authorId ? await person(c.authorId) : null,
        body: c.body,
        mentions: await Promise.all(c.mentions.map(person)),
        createdAt: c.createdAt,
        editedAt: c.editedAt,
      });
    views.push({
      id: thread.id,
      journeyId: thread.journeyId,
      journeyTitle: journey?.title ?? null,
      target: { ...thread.target, title: titleOn(journey, thread.target) },
      status: thread.status,
      resolvedAt: thread.resolvedAt,
      resolvedBy: thread.resolvedBy ? await person(thread.resolvedBy) : null,
      createdAt: thread.createdAt,
      updatedAt: thread.updatedAt,
      comments,
    });
  }
  return views;
}
