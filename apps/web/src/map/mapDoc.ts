import type { JourneyContent, JourneyMap, JourneyMeta } from '@trailmap/domain';

/** What the editor edits and autosaves: the map's meta and content (no id, version or timestamps). */
export type MapDoc = JourneyMeta & JourneyContent;

/** A journey map as the editor needs it to draw (the share page passes the same). */
export type MapView = Pick<
  MapDoc,
  'phases' | 'lanes' | 'touchpoints' | 'painPoints' | 'ideas' | 'state' | 'title' | 'goal' | 'personaIds'
>;

/**
 * Picks the editable parts of a stored map, leaving bookkeeping (id, version, timestamps) out. Every
 * meta field is kept — also those the editor does not show yet (the dataset link and its filter) — since
 * the autosave PUT replaces the whole map; touchpoints (with their matchers) go as they are.
 */
export function toMapDoc(journey: JourneyMap): MapDoc {
  return {
    title: journey.title,
    goal: journey.goal,
    scope: journey.scope,
    personaIds: journey.personaIds,
    state: journey.state,
    counterpartId: journey.counterpartId,
    phaseModel: journey.phaseModel,
    datasetId: journey.datasetId,
    datasetFilter: journey.datasetFilter,
    phases: journey.phases,
    lanes: journey.lanes,
    touchpoints: journey.touchpoints,
    painPoints: journey.painPoints,
    ideas: journey.ideas,
  };
}

/** The content part of a doc, for the domain's pure edits. */
export function contentOf(doc: MapDoc): JourneyContent {
  return {
    phases: doc.phases,
    lanes: doc.lanes,
    touchpoints: doc.touchpoints,
    painPoints: doc.painPoints,
    ideas: doc.ideas,
  };
}

/** Applies a content edit to a doc; a null result (nothing to edit) leaves the doc as it was. */
export function withContent(doc: MapDoc, content: JourneyContent | null): MapDoc {
  return content ? { ...doc, ...content } : doc;
}

/**
 * One change to the doc (applied to the newest doc, returned); `key` merges quick successive changes
 * of one field into one undo step.
 */
export type EditFn = (edit: (doc: MapDoc) => MapDoc, key?: string) => MapDoc;
