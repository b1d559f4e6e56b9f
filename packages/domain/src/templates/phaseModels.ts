import type { PhaseModel } from '../records/JourneyMap.js';

/** Languages a new map's phase names and needs can be written in. */
export const TEMPLATE_LANGUAGES = ['en', 'nl'] as const;
export type TemplateLanguage = (typeof TEMPLATE_LANGUAGES)[number];

export interface PhaseTemplate {
  /** Stable key of the phase (`see`, `purchase`, …). */
  key: string;
  /** English name and need; `nl` holds the Dutch ones. */
  name: string;
  customerNeed: string;
  nl: { name: string; customerNeed: string };
}

export interface PhaseModelTemplate {
  model: Exclude<PhaseModel, 'custom'>;
  name: string;
  description: string;
  phases: PhaseTemplate[];
}

/** Google's four phases, shared by See–Think–Do–Care and See–Think–Do–Care–Love. */
const SEE_THINK_DO_CARE: PhaseTemplate[] = [
  {
    key: 'see',
    name: 'See',
    customerNeed: 'Becomes aware of a need and of us',
    nl: { name: 'See', customerNeed: 'Wordt zich bewust van een behoefte en van ons' },
  },
  {
    key: 'think',
    name: 'Think',
    customerNeed: 'Looks for options and compares them',
    nl: { name: 'Think', customerNeed: 'Zoekt mogelijkheden en vergelijkt ze' },
  },
  {
    key: 'do',
    name: 'Do',
    customerNeed: 'Chooses and buys',
    nl: { name: 'Do', customerNeed: 'Kiest en koopt' },
  },
  {
    key: 'care',
    name: 'Care',
    customerNeed: 'Uses it and gets help when needed',
    nl: { name: 'Care', customerNeed: 'Gebruikt het en krijgt hulp als dat nodig is' },
  },
];

/** The phase models a new map can start from. */
export const PHASE_MODEL_TEMPLATES: readonly PhaseModelTemplate[] = [
  {
    model: 'see-think-do-care-love',
    name: 'See–Think–Do–Care–Love',
    description: "Google's See–Think–Do–Care extended with Love: customers who recommend you.",
    phases: [
      ...SEE_THINK_DO_CARE,
      {
        key: 'love',
        name: 'Love',
        customerNeed: 'Comes back and recommends us',
        nl: { name: 'Love', customerNeed: 'Komt terug en beveelt ons aan' },
      },
    ],
  },
  {
    model: 'see-think-do-care',
    name: 'See–Think–Do–Care',
    description: "Google's four intent clusters, from the widest audience to loyal customers.",
    phases: SEE_THINK_DO_CARE,
  },
  {
    model: 'orientation-purchase-use-service-billing',
    name: 'Orientation–Purchase–Use–Service–Billing',
    description: 'A service journey for subscriptions and utilities.',
    phases: [
      {
        key: 'orientation',
        name: 'Orientation',
        customerNeed: 'Understands what is on offer',
        nl: { name: 'Oriëntatie', customerNeed: 'Begrijpt wat er te koop is' },
      },
      {
        key: 'purchase',
        name: 'Purchase',
        customerNeed: 'Signs up or buys',
        nl: { name: 'Aankoop', customerNeed: 'Meldt zich aan of koopt' },
      },
      {
        key: 'use',
        name: 'Use',
        customerNeed: 'Gets value from the product',
        nl: { name: 'Gebruik', customerNeed: 'Haalt waarde uit het product' },
      },
      {
        key: 'service',
        name: 'Service',
        customerNeed: 'Gets questions answered and problems solved',
        nl: { name: 'Service', customerNeed: 'Krijgt antwoord op vragen en problemen opgelost' },
      },
      {
        key: 'billing',
        name: 'Billing',
        customerNeed: 'Pays a correct, understandable bill',
        nl: { name: 'Facturatie', customerNeed: 'Betaalt een juiste, begrijpelijke rekening' },
      },
    ],
  },
  {
    model: 'awareness-consideration-purchase-retention-advocacy',
    name: 'Awareness–Consideration–Purchase–Retention–Advocacy',
    description: 'The classic marketing funnel, continued after the sale.',
    phases: [
      {
        key: 'awareness',
        name: 'Awareness',
        customerNeed: 'Learns that we exist',
        nl: { name: 'Bewustwording', customerNeed: 'Ontdekt dat we bestaan' },
      },
      {
        key: 'consideration',
        name: 'Consideration',
        customerNeed: 'Weighs us against alternatives',
        nl: { name: 'Overweging', customerNeed: 'Weegt ons af tegen alternatieven' },
      },
      {
        key: 'purchase',
        name: 'Purchase',
        customerNeed: 'Buys with confidence',
        nl: { name: 'Aankoop', customerNeed: 'Koopt met vertrouwen' },
      },
      {
        key: 'retention',
        name: 'Retention',
        customerNeed: 'Stays because it keeps working',
        nl: { name: 'Behoud', customerNeed: 'Blijft omdat het blijft werken' },
      },
      {
        key: 'advocacy',
        name: 'Advocacy',
        customerNeed: 'Tells others about us',
        nl: { name: 'Aanbeveling', customerNeed: 'Vertelt anderen over ons' },
      },
    ],
  },
  {
    model: 'blank',
    name: 'Blank',
    description: 'One empty phase to start from scratch.',
    phases: [{ key: 'phase', name: 'Phase 1', customerNeed: '', nl: { name: 'Fase 1', customerNeed: '' } }],
  },
];

/** The template with its phase names and needs in `language` (the English ones are the default). */
export function localizePhaseModelTemplate(
  template: PhaseModelTemplate,
  language: TemplateLanguage,
): PhaseModelTemplate {
  if (language === 'en') return template;
  return { ...template, phases: template.phases.map((p) => ({ ...p, ...p[language] })) };
}

export function getPhaseModelTemplate(model: PhaseModelTemplate['model']): PhaseModelTemplate {
  const found = PHASE_MODEL_TEMPLATES.find((t) => t.model === model);
  if (!found) throw new Error(`unknown phase model ${model}`);
  return found;
}
