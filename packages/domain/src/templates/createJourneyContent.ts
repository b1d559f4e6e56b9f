import { createId } from '../ids.js';
import type { JourneyContent } from '../records/JourneyMap.js';
import type { Lane, LaneKind } from '../records/Lane.js';
import {
  getPhaseModelTemplate,
  localizePhaseModelTemplate,
  type PhaseModelTemplate,
  type TemplateLanguage,
} from './phaseModels.js';

/** The lanes of a new map, top to bottom (UI.md): every kind but `custom`, all visible. */
export const DEFAULT_LANE_ORDER: readonly LaneKind[] = [
  'actions',
  'touchpoints',
  'thinks-feels',
  'emotion',
  'expectation',
  'pain-points',
  'ideas',
  'backstage',
  'kpis',
];

export function createDefaultLanes(): Lane[] {
  return DEFAULT_LANE_ORDER.map((kind) => ({
    id: createId('lane'),
    kind,
    title: '',
    visible: true,
    cells: {},
  }));
}

/** Empty content for a new map from a phase-model template: its phases (in `language`) and the default lanes. */
export function createJourneyContent(
  model: PhaseModelTemplate['model'],
  language: TemplateLanguage = 'en',
): JourneyContent {
  const template = localizePhaseModelTemplate(getPhaseModelTemplate(model), language);
  return {
    phases: template.phases.map((p) => ({
      id: createId('phase'),
      name: p.name,
      customerNeed: p.customerNeed,
    })),
    lanes: createDefaultLanes(),
    touchpoints: [],
    painPoints: [],
    ideas: [],
  };
}
