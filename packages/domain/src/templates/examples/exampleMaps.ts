import type { JourneyContent, PhaseModel } from '../../records/JourneyMap.js';
import type { TemplateLanguage } from '../phaseModels.js';
import type { Bilingual } from './buildExampleMap.js';
import { createLoanApplicationExample } from './createLoanApplicationExample.js';
import { createServiceComplaintExample } from './createServiceComplaintExample.js';
import { createWebshopPurchaseExample } from './createWebshopPurchaseExample.js';

/** The keys of the example maps a new map can start from. */
export const EXAMPLE_MAP_KEYS = ['webshop-purchase', 'loan-application', 'service-complaint'] as const;
export type ExampleMapKey = (typeof EXAMPLE_MAP_KEYS)[number];

export interface ExampleMapDefinition {
  key: ExampleMapKey;
  /** The phase model the example is drawn on (`custom`: its own phases). */
  model: PhaseModel;
  name: Bilingual;
  description: Bilingual;
  goal: Bilingual;
  scope: Bilingual;
  create: (language: TemplateLanguage) => JourneyContent;
}

/** The example maps, one per kind of journey, in the order the app offers them. */
export const EXAMPLE_MAPS: readonly ExampleMapDefinition[] = [
  {
    key: 'webshop-purchase',
    model: 'see-think-do-care-love',
    name: { en: 'Buying an espresso machine online', nl: 'Online een espressomachine kopen' },
    description: {
      en: 'A web-shop purchase from a friend’s coffee to a review, with a warranty claim on the way.',
      nl: 'Een webshopaankoop, van een kop koffie bij een vriendin tot een review, met onderweg een garantieclaim.',
    },
    goal: {
      en: 'Choose and buy the right espresso machine without surprises',
      nl: 'Zonder verrassingen de juiste espressomachine kiezen en kopen',
    },
    scope: {
      en: 'A household appliance web shop: ads, comparison, checkout, delivery, warranty and reviews.',
      nl: 'Een webshop in huishoudelijke apparaten: advertenties, vergelijken, afrekenen, bezorging, garantie en reviews.',
    },
    create: createWebshopPurchaseExample,
  },
  {
    key: 'loan-application',
    model: 'orientation-purchase-use-service-billing',
    name: { en: 'Applying for a personal loan', nl: 'Een persoonlijke lening aanvragen' },
    description: {
      en: 'A loan for a second-hand car, from comparing rates to the monthly instalments.',
      nl: 'Een lening voor een tweedehands auto, van rentes vergelijken tot de maandelijkse termijnen.',
    },
    goal: {
      en: 'Borrow 12,000 euros for a car quickly, at a rate that is clear from the start',
      nl: 'Snel 12.000 euro lenen voor een auto, tegen een rente die vanaf het begin duidelijk is',
    },
    scope: {
      en: 'A bank’s personal loan: orientation online, application and acceptance, the loan in use, service questions and collection.',
      nl: 'De persoonlijke lening van een bank: online oriëntatie, aanvraag en acceptatie, de lening in gebruik, servicevragen en incasso.',
    },
    create: createLoanApplicationExample,
  },
  {
    key: 'service-complaint',
    model: 'custom',
    name: { en: 'Internet down: from outage to complaint', nl: 'Internet kapot: van storing tot klacht' },
    description: {
      en: 'A service journey with its own phases: a fault, a missed appointment, a complaint and how it was put right.',
      nl: 'Een servicereis met eigen fases: een storing, een gemiste afspraak, een klacht en hoe het werd rechtgezet.',
    },
    goal: {
      en: 'Have the internet working again quickly, and be heard when things go wrong',
      nl: 'Snel weer internet hebben, en gehoord worden als het misgaat',
    },
    scope: {
      en: 'A broadband provider: the outage page and line check, field service, customer service, complaints and billing.',
      nl: 'Een internetprovider: storingspagina en lijncheck, buitendienst, klantenservice, klachtenteam en facturatie.',
    },
    create: createServiceComplaintExample,
  },
];

export function isExampleMapKey(key: string): key is ExampleMapKey {
  return (EXAMPLE_MAP_KEYS as readonly string[]).includes(key);
}

export function getExampleMap(key: ExampleMapKey): ExampleMapDefinition {
  const found = EXAMPLE_MAPS.find((e) => e.key === key);
  if (!found) throw new Error(`unknown example map ${key}`);
  return found;
}

/** What a new map made from an example holds: its phase model, goal and scope, and all its content. */
export interface ExampleMap extends JourneyContent {
  phaseModel: PhaseModel;
  /** The example's name, a title the user may keep. */
  title: string;
  goal: string;
  scope: string;
}

/** A new map from an example in `language`, with fresh ids on every call. */
export function createExampleMap(key: ExampleMapKey, language: TemplateLanguage): ExampleMap {
  const example = getExampleMap(key);
  return {
    phaseModel: example.model,
    title: example.name[language],
    goal: example.goal[language],
    scope: example.scope[language],
    ...example.create(language),
  };
}

/** One example as the app lists it: in `language`, with its phases and how many touchpoint cards it has. */
export interface ExampleMapSummary {
  key: ExampleMapKey;
  model: PhaseModel;
  name: string;
  description: string;
  phases: { name: string }[];
  touchpointCount: number;
}

export function listExampleMaps(language: TemplateLanguage): ExampleMapSummary[] {
  return EXAMPLE_MAPS.map((example) => {
    const content = example.create(language);
    return {
      key: example.key,
      model: example.model,
      name: example.name[language],
      description: example.description[language],
      phases: content.phases.map((p) => ({ name: p.name })),
      touchpointCount: content.touchpoints.length,
    };
  });
}
