import type { Idea } from '../records/Idea.js';

/** An idea without the links (and the source's touchpoint) to the touchpoints in `gone`. */
export function unlinkTouchpoints(idea: Idea, gone: ReadonlySet<string>): Idea {
  const linked = idea.touchpointIds.some((t) => gone.has(t));
  const fromGone = idea.source.touchpointId !== null && gone.has(idea.source.touchpointId);
  if (!linked && !fromGone) return idea;
  return {
    ...idea,
    touchpointIds: idea.touchpointIds.filter((t) => !gone.has(t)),
    source: fromGone ? { ...idea.source, touchpointId: null } : idea.source,
  };
}
