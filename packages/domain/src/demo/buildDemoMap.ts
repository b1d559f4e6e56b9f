import type { Channel } from '../channels.js';
import type { Evidence } from '../evidence.js';
import { createId, type PainPointId, type PhaseId, type TouchpointId } from '../ids.js';
import type { JourneyContent } from '../records/JourneyMap.js';
import type { Severity } from '../records/PainPoint.js';
import type { IdeaScores, IdeaSource } from '../records/Idea.js';
import type { TouchpointMatcher } from '../records/TouchpointMatcher.js';
import { createJourneyContent } from '../templates/createJourneyContent.js';

/** The phases of the See–Think–Do–Care–Love model, by the name the template gives them. */
export type DemoPhaseName = 'See' | 'Think' | 'Do' | 'Care' | 'Love';

export interface DemoTouchpoint {
  title: string;
  channel: Channel;
  customerAction: string;
  thinksFeels: string;
  emotion: number;
  expectation: number;
  experience: number;
  owningDepartment: string;
  evidence: Evidence;
  expectedSecondsToNext?: number;
  backstageNotes?: string;
  /** Which events of the generated retail dataset are this touchpoint (none when the data lacks it). */
  matcher?: TouchpointMatcher;
}

export interface DemoPainPoint {
  title: string;
  description: string;
  severity: Severity;
  evidence: Evidence;
  touchpointId?: TouchpointId;
}

export interface DemoIdea {
  title: string;
  description: string;
  reach: number;
  feasibility: number;
  evidence: Evidence;
  phase?: DemoPhaseName;
  touchpointId?: TouchpointId;
  painPointId?: PainPointId;
  /** Further touchpoints the idea links to (after `touchpointId`). */
  alsoTouchpointIds?: TouchpointId[];
  source?: IdeaSource;
  scores?: IdeaScores;
}

/**
 * Fills a See–Think–Do–Care–Love map card by card, with fresh ids. Touchpoints are placed left to
 * right in the order they are added to a phase.
 */
export function buildDemoMap() {
  const content: JourneyContent = createJourneyContent('see-think-do-care-love');
  const phaseId = (name: DemoPhaseName): PhaseId => {
    const phase = content.phases.find((p) => p.name === name);
    if (!phase) throw new Error(`the See–Think–Do–Care–Love template has no phase ${name}`);
    return phase.id;
  };
  return {
    content,
    phaseId,
    addTouchpoint(phase: DemoPhaseName, card: DemoTouchpoint): TouchpointId {
      const id = createId('touchpoint');
      const inPhase = content.touchpoints.filter((t) => t.phaseId === phaseId(phase)).length;
      content.touchpoints.push({
        id,
        phaseId: phaseId(phase),
        order: inPhase,
        title: card.title,
        channel: card.channel,
        customerAction: card.customerAction,
        thinksFeels: card.thinksFeels,
        emotion: card.emotion,
        expectation: card.expectation,
        experience: card.experience,
        expectedSecondsToNext: card.expectedSecondsToNext ?? null,
        owningDepartment: card.owningDepartment,
        backstageNotes: card.backstageNotes ?? '',
        evidence: card.evidence,
        matcher: card.matcher ?? null,
      });
      return id;
    },
    addPainPoint(phase: DemoPhaseName, card: DemoPainPoint): PainPointId {
      const id = createId('painPoint');
      content.painPoints.push({
        id,
        phaseId: phaseId(phase),
        touchpointId: card.touchpointId ?? null,
        title: card.title,
        description: card.description,
        severity: card.severity,
        evidence: card.evidence,
      });
      return id;
    },
    addIdea(card: DemoIdea): void {
      content.ideas.push({
        id: createId('idea'),
        phaseId: card.phase ? phaseId(card.phase) : null,
        touchpointIds: [...(card.touchpointId ? [card.touchpointId] : []), ...(card.alsoTouchpointIds ?? [])],
        painPointIds: card.painPointId ? [card.painPointId] : [],
        phaseIds: [],
        title: card.title,
        description: card.description,
        source: card.source ?? { kind: 'workshop', note: '', touchpointId: null },
        reach: card.reach,
        feasibility: card.feasibility,
        scores: card.scores ?? {},
        scoreBasis: { reach: 'measured', satisfaction: 'measured' },
        status: 'proposed',
        evidence: card.evidence,
      });
    },
    /** Sets the text of a KPI lane cell for one phase. */
    setKpi(phase: DemoPhaseName, text: string): void {
      const lane = content.lanes.find((l) => l.kind === 'kpis');
      if (lane) lane.cells[phaseId(phase)] = text;
    },
  };
}
