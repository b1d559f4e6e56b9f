// Example maps a new journey map can start from: one per kind of journey, in English and Dutch.
export {
  createExampleMap,
  EXAMPLE_MAP_KEYS,
  EXAMPLE_MAPS,
  getExampleMap,
  isExampleMapKey,
  listExampleMaps,
} from './exampleMaps.js';
export type { ExampleMap, ExampleMapDefinition, ExampleMapKey, ExampleMapSummary } from './exampleMaps.js';
export { createWebshopPurchaseExample } from './createWebshopPurchaseExample.js';
export { createLoanApplicationExample } from './createLoanApplicationExample.js';
export { createServiceComplaintExample, SERVICE_COMPLAINT_PHASES } from './createServiceComplaintExample.js';
export type { Bilingual, ExamplePhase } from './buildExampleMap.js';
