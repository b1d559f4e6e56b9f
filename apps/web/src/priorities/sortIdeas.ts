import type { IdeaCriterion } from '@trailmap/domain';
import type { PriorityIdea } from './prioritiesApi.js';

/** A column of the score table to sort by: the weighted score, the title, or one criterion. */
export type SortKey = 'score' | 'title' | IdeaCriterion;
export type SortDirection = 'asc' | 'desc';

function valueOf(idea: PriorityIdea, key: SortKey): number | string | null {
  if (key === 'score') return idea.score;
  if (key === 'title') return idea.title;
  return idea.scores[key].value;
}

/**
 * The ideas sorted by a column; ideas without a value always go last (whatever the direction), and ties
 * keep the map's order.
 */
export function sortIdeas(
  ideas: readonly PriorityIdea[],
  key: SortKey,
  direction: SortDirection,
  locale = 'en',
): PriorityIdea[] {
  const sign = direction === 'asc' ? 1 : -1;
  return ideas
    .map((idea, index) => ({ idea, index, value: valueOf(idea, key) }))
    .sort((a, b) => {
      if (a.value === null || b.value === null) {
        if (a.value === b.value) return a.index - b.index;
        return a.value === null ? 1 : -1;
      }
      const order =
        typeof a.value === 'string' && typeof b.value === 'string'
          ? a.value.localeCompare(b.value, locale)
          : (a.value as number) - (b.value as number);
      return order * sign || a.index - b.index;
    })
    .map(({ idea }) => idea);
}
