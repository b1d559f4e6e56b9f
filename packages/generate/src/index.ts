// The seeded retail journey generator with planted effects, and the wide journey map, listed by name.
export { createRandom, mixSeed } from './createRandom.js';
export type { Random } from './createRandom.js';
export { createStratifiedDraw } from './createStratifiedDraw.js';
export { DEFAULT_PLANTED_EFFECTS } from './plantedEffects.js';
export type { PlantedEffects } from './plantedEffects.js';
export { GENERATED_ACTIVITIES, CONTACT_TOPICS } from './vocabulary.js';
export type { ContactTopic, GeneratedActivity, GeneratedChannel, GeneratedPhase } from './vocabulary.js';
export { generateJourney, NPS_BASE_MEAN, NPS_SPREAD, CONTACT_SHARE } from './generateJourney.js';
export type { JourneyContext } from './generateJourney.js';
export { generateEvents } from './generateEvents.js';
export type { GenerateOptions } from './generateEvents.js';
export { formatGeneratedEvents } from './formatGeneratedEvents.js';
export type { FormatGeneratedOptions } from './formatGeneratedEvents.js';
export { writeGeneratedEvents } from './writeGeneratedEvents.js';
export type { WriteGeneratedOptions } from './writeGeneratedEvents.js';
export {
  GENERATE_FORMATS,
  CSV_HEADER,
  formatCsvLine,
  formatNdjsonLine,
  formatSegmentMessage,
} from './formatEvent.js';
export type { GenerateFormat, GenerateTextFormat } from './formatEvent.js';
export { generateJourneyMap } from './generateJourneyMap.js';
