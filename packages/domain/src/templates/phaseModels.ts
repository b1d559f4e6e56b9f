import type { PhaseModel } from '../records/JourneyMap.js';

export interface PhaseTemplate {
  /** Stable key for translations in the app (`phase.see`), and the English name stored on new maps. */
  key: string;
  name: string;
  customerNeed: string;
}

export interface PhaseModelTemplate {
  model: Exclude<PhaseModel, 'custom'>;
  name: string;
  description: string;
  phases: PhaseTemplate[];
}

/** The phase models a new map can start from. */
export const PHASE_MODEL_TEMPLATES: readonly PhaseModelTemplate[] = [
  {
    model: 'see-think-do-care-love',
    name: 'See–Think–Do–Care–Love',
    description: "Google's See–Think–Do–Care extended with Love: customers who recommend you.",
    phases: [
      { key: 'see', name: 'See', customerNeed: 'Becomes aware of a need and of us' },
      { key: 'think', name: 'Think', customerNeed: 'Looks for options and compares them' },
      { key: 'do', name: 'Do', customerNeed: 'Chooses and buys' },
      { key: 'care', name: 'Care', customerNeed: 'Uses it and gets help when needed' },
      { key: 'love', name: 'Love', customerNeed: 'Comes back and recommends us' },
    ],
  },
  {
    model: 'see-think-do-care',
    name: 'See–Think–Do–Care',
    description: "Google's four intent clusters, from the widest audience to loyal customers.",
    phases: [
      { key: 'see', name: 'See', customerNeed: 'Becomes aware of a need and of us' },
      { key: 'think', name: 'Think', customerNeed: 'Looks for options and compares them' },
      { key: 'do', name: 'Do', customerNeed: 'Chooses and buys' },
      { key: 'care', name: 'Care', customerNeed: 'Uses it and gets help when needed' },
    ],
  },
  {
    model: 'orientation-purchase-use-service-billing',
    name: 'Orientation–Purchase–Use–Service–Billing',
    description: 'A service journey for subscriptions and utilities.',
    phases: [
      { key: 'orientation', name: 'Orientation', customerNeed: 'Understands what is on offer' },
      { key: 'purchase', name: 'Purchase', customerNeed: 'Signs up or buys' },
      { key: 'use', name: 'Use', customerNeed: 'Gets value from the product' },
      { key: 'service', name: 'Service', customerNeed: 'Gets questions answered and problems solved' },
      { key: 'billing', name: 'Billing', customerNeed: 'Pays a correct, understandable bill' },
    ],
  },
  {
    model: 'awareness-consideration-purchase-retention-advocacy',
    name: 'Awareness–Consideration–Purchase–Retention–Advocacy',
    description: 'The classic marketing funnel, continued after the sale.',
    phases: [
      { key: 'awareness', name: 'Awareness', customerNeed: 'Learns that we exist' },
      { key: 'consideration', name: 'Consideration', customerNeed: 'Weighs us against alternatives' },
      { key: 'purchase', name: 'Purchase', customerNeed: 'Buys with confidence' },
      { key: 'retention', name: 'Retention', customerNeed: 'Stays because it keeps working' },
      { key: 'advocacy', name: 'Advocacy', customerNeed: 'Tells others about us' },
    ],
  },
  {
    model: 'blank',
    name: 'Blank',
    description: 'One empty phase to start from scratch.',
    phases: [{ key: 'phase', name: 'Phase 1', customerNeed: '' }],
  },
];

export function getPhaseModelTemplate(model: PhaseModelTemplate['model']): PhaseModelTemplate {
  const found = PHASE_MODEL_TEMPLATES.find((t) => t.model === model);
  if (!found) throw new Error(`unknown phase model ${model}`);
  return found;
}
