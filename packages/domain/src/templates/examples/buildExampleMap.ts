import type { Channel } from '../../channels.js';
import { createId, type PainPointId, type PhaseId, type TouchpointId } from '../../ids.js';
import type { JourneyContent } from '../../records/JourneyMap.js';
import type { Severity } from '../../records/PainPoint.js';
import { createDefaultLanes } from '../createJourneyContent.js';
import type { TemplateLanguage } from '../phaseModels.js';

/** A text of an example map in both languages, written side by side so they stay one story. */
export interface Bilingual {
  en: string;
  nl: string;
}

/** A phase of an example map: a stable key and its name and customer need in both languages. */
export interface ExamplePhase {
  key: string;
  name: Bilingual;
  customerNeed: Bilingual;
}

export interface ExampleTouchpoint {
  title: Bilingual;
  channel: Channel;
  customerAction: Bilingual;
  thinksFeels: Bilingual;
  emotion: number;
  expectation: number;
  experience: number;
  owningDepartment: Bilingual;
  expectedSecondsToNext?: number;
  backstageNotes?: Bilingual;
}

export interface ExamplePainPoint {
  title: Bilingual;
  description: Bilingual;
  severity: Severity;
  touchpointId?: TouchpointId;
}

export interface ExampleIdea {
  title: Bilingual;
  description: Bilingual;
  reach: number;
  feasibility: number;
  phase?: string;
  touchpointId?: TouchpointId;
  painPointId?: PainPointId;
}

/**
 * Fills a map card by card in one language, with fresh ids. Everything is an assumption until the team
 * checks it: examples show what a map holds, not what any organisation measured. Touchpoints are placed
 * left to right in the order they are added to a phase.
 */
export function buildExampleMap(phases: readonly ExamplePhase[], language: TemplateLanguage) {
  const content: JourneyContent = {
    phases: phases.map((p) => ({
      id: createId('phase'),
      name: p.name[language],
      customerNeed: p.customerNeed[language],
    })),
    lanes: createDefaultLanes(),
    touchpoints: [],
    painPoints: [],
    ideas: [],
  };
  const phaseId = (key: string): PhaseId => {
    const index = phases.findIndex((p) => p.key === key);
    const phase = content.phases[index];
    if (!phase) throw new Error(`this example has no phase ${key}`);
    return phase.id;
  };
  const say = (text: Bilingual) => text[language];
  return {
    content,
    say,
    addTouchpoint(phase: string, card: ExampleTouchpoint): TouchpointId {
      const id = createId('touchpoint');
      const inPhase = content.touchpoints.filter((t) => t.phaseId === phaseId(phase)).length;
      content.touchpoints.push({
        id,
        phaseId: phaseId(phase),
        order: inPhase,
        title: say(card.title),
        channel: card.channel,
        customerAction: say(card.customerAction),
        thinksFeels: say(card.thinksFeels),
        emotion: card.emotion,
        expectation: card.expectation,
        experience: card.experience,
        expectedSecondsToNext: card.expectedSecondsToNext ?? null,
        owningDepartment: say(card.owningDepartment),
        backstageNotes: card.backstageNotes ? say(card.backstageNotes) : '',
        evidence: 'assumption',
        matcher: null,
      });
      return id;
    },
    addPainPoint(phase: string, card: ExamplePainPoint): PainPointId {
      const id = createId('painPoint');
      content.painPoints.push({
        id,
        phaseId: phaseId(phase),
        touchpointId: card.touchpointId ?? null,
        title: say(card.title),
        description: say(card.description),
        severity: card.severity,
        evidence: 'assumption',
      });
      return id;
    },
    addIdea(card: ExampleIdea): void {
      content.ideas.push({
        id: createId('idea'),
        phaseId: card.phase ? phaseId(card.phase) : null,
        touchpointIds: card.touchpointId ? [card.touchpointId] : [],
        painPointIds: card.painPointId ? [card.painPointId] : [],
        phaseIds: [],
        title: say(card.title),
        description: say(card.description),
        source: { kind: 'workshop', note: '', touchpointId: null },
        reach: card.reach,
        feasibility: card.feasibility,
        scores: {},
        scoreBasis: { reach: 'measured', satisfaction: 'measured' },
        status: 'proposed',
        evidence: 'assumption',
      });
    },
    /** Sets the text of the KPI lane's cell for one phase. */
    setKpi(phase: string, text: Bilingual): void {
      const lane = content.lanes.find((l) => l.kind === 'kpis');
      if (lane) lane.cells[phaseId(phase)] = say(text);
    },
  };
}

/** The phases of a phase-model template as example phases (names and needs in both languages). */
export function toExamplePhases(
  phases: readonly {
    key: string;
    name: string;
    customerNeed: string;
    nl: { name: string; customerNeed: string };
  }[],
): ExamplePhase[] {
  return phases.map((p) => ({
    key: p.key,
    name: { en: p.name, nl: p.nl.name },
    customerNeed: { en: p.customerNeed, nl: p.nl.customerNeed },
  }));
}
