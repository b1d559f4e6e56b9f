// Demo workspace content: personas and "buying shoes — then / now" journey maps, as pure data.
export { createDemoContent } from './createDemoContent.js';
export type { DemoContent, DemoJourney } from './createDemoContent.js';
export { createDemoPersonas } from './createDemoPersonas.js';
export type { DemoPersona, DemoPersonas } from './createDemoPersonas.js';
export { createShoesThenJourney } from './createShoesThenJourney.js';
export { createShoesNowJourney, SHOES_NOW_TITLE } from './createShoesNowJourney.js';
export { remapPersonaIds } from './remapPersonaIds.js';
export type { PersonaIdMapping } from './remapPersonaIds.js';
