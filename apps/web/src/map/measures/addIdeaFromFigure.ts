import {
  addIdea,
  clipText,
  ideaFieldsSchema,
  type IdeaSourceKind,
  type JourneyContent,
} from '@trailmap/domain';

/** What a figure on the measured map gives a new idea: the touchpoint, where it came from, and the figure in words. */
export interface FigureIdea {
  touchpointId: string;
  kind: Extract<IdeaSourceKind, 'drop-off' | 'driver'>;
  title: string;
  /** The figure the idea rests on (kept in the idea's source note). */
  note: string;
}

/**
 * Adds an idea to the ideas lane from a measured figure (a touchpoint's drop-off, a key driver): linked to the
 * touchpoint (its card sits in the touchpoint's phase), its source the figure, its evidence data. The new
 * content and the idea's id; null when the touchpoint is not on the map.
 */
export function addIdeaFromFigure(
  content: JourneyContent,
  { touchpointId, kind, title, note }: FigureIdea,
): { content: JourneyContent; ideaId: string } | null {
  const touchpoint = content.touchpoints.find((t) => t.id === touchpointId);
  if (!touchpoint) return null;
  const fields = ideaFieldsSchema.parse({
    title: clipText(title, 200),
    touchpointIds: [touchpoint.id],
    source: { kind, note: clipText(note, 1_000), touchpointId: touchpoint.id },
    evidence: 'data',
  });
  const added = addIdea(content, fields);
  return { content: added.content, ideaId: added.idea.id };
}
