import type { JourneyContent, JourneyMeta } from '../records/JourneyMap.js';
import { createDemoPersonas, type DemoPersona } from './createDemoPersonas.js';
import { createShoesNowJourney } from './createShoesNowJourney.js';
import { createShoesThenJourney } from './createShoesThenJourney.js';

/** A demo journey map: meta and content, ready to store (the store adds id, workspace and timestamps). */
export type DemoJourney = JourneyMeta & JourneyContent;

export interface DemoContent {
  personas: DemoPersona[];
  journeys: DemoJourney[];
}

/**
 * The content of the demo workspace as pure data, with fresh ids on every call: two personas (Sanne, 34,
 * practical shopper; Henk, 67, loyal local customer) and two See–Think–Do–Care–Love maps of buying shoes,
 * "then" (for Henk: leaflets, the store, the shoemaker) and "now" (for Sanne: Instagram, web shops,
 * the app, delivery, returns, chat — and an empty Love phase). The maps refer to the personas by the ids
 * returned here; store the personas under those ids, or store them and apply `remapPersonaIds`.
 */
export function createDemoContent(): DemoContent {
  const { sanne, henk } = createDemoPersonas();
  return {
    personas: [sanne, henk],
    journeys: [createShoesThenJourney([henk.id]), createShoesNowJourney([sanne.id])],
  };
}
