import { createId } from '../ids.js';
import type { Idea, IdeaFields } from '../records/Idea.js';
import type { JourneyContent } from '../records/JourneyMap.js';
import type { PainPoint, PainPointFields } from '../records/PainPoint.js';

export function addPainPoint(
  content: JourneyContent,
  fields: PainPointFields,
): { content: JourneyContent; painPoint: PainPoint } {
  const painPoint: PainPoint = { ...fields, id: createId('painPoint') };
  return { content: { ...content, painPoints: [...content.painPoints, painPoint] }, painPoint };
}

export function updatePainPoint(
  content: JourneyContent,
  id: string,
  patch: Partial<PainPointFields>,
): JourneyContent | null {
  if (!content.painPoints.some((p) => p.id === id)) return null;
  return { ...content, painPoints: content.painPoints.map((p) => (p.id === id ? { ...p, ...patch } : p)) };
}

/** Removes a pain point; ideas that answered it lose the link. */
export function removePainPoint(content: JourneyContent, id: string): JourneyContent | null {
  if (!content.painPoints.some((p) => p.id === id)) return null;
  return {
    ...content,
    painPoints: content.painPoints.filter((p) => p.id !== id),
    ideas: content.ideas.map((i) =>
      i.painPointIds.some((p) => p === id)
        ? { ...i, painPointIds: i.painPointIds.filter((p) => p !== id) }
        : i,
    ),
  };
}

export function addIdea(
  content: JourneyContent,
  fields: IdeaFields,
): { content: JourneyContent; idea: Idea } {
  const idea: Idea = { ...fields, id: createId('idea') };
  return { content: { ...content, ideas: [...content.ideas, idea] }, idea };
}

export function updateIdea(
  content: JourneyContent,
  id: string,
  patch: Partial<IdeaFields>,
): JourneyContent | null {
  if (!content.ideas.some((i) => i.id === id)) return null;
  return { ...content, ideas: content.ideas.map((i) => (i.id === id ? { ...i, ...patch } : i)) };
}

export function removeIdea(content: JourneyContent, id: string): JourneyContent | null {
  if (!content.ideas.some((i) => i.id === id)) return null;
  return { ...content, ideas: content.ideas.filter((i) => i.id !== id) };
}
