import type { Persona } from '@trailmap/domain';
import type { PersonaDraft } from './personasApi.js';

export const EMPTY_DRAFT: PersonaDraft = {
  name: '',
  description: '',
  goals: [],
  needs: [],
  frustrations: [],
  quote: '',
  pictureUrl: null,
};

/** The editable fields of a stored persona. */
export function toDraft(persona: Persona | null): PersonaDraft {
  if (!persona) return EMPTY_DRAFT;
  const { name, description, goals, needs, frustrations, quote, pictureUrl } = persona;
  return { name, description, goals, needs, frustrations, quote, pictureUrl };
}

/** What is sent: names trimmed, empty list items dropped. */
export function cleanDraft(draft: PersonaDraft): PersonaDraft {
  const cleanList = (items: readonly string[]) => items.map((i) => i.trim()).filter(Boolean);
  return {
    ...draft,
    name: draft.name.trim(),
    quote: draft.quote.trim(),
    goals: cleanList(draft.goals),
    needs: cleanList(draft.needs),
    frustrations: cleanList(draft.frustrations),
  };
}

/** Whether two drafts would save the same persona. */
export function isSameDraft(a: PersonaDraft, b: PersonaDraft): boolean {
  return JSON.stringify(cleanDraft(a)) === JSON.stringify(cleanDraft(b));
}
