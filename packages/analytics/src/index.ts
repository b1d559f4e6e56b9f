// Public API of @trailmap/analytics, listed by name.
export { ImportError } from './import/types.js';
export type { ImportRow, ImportProgress, ProgressListener, Parser } from './import/types.js';
export { openEventStore } from './store/openEventStore.js';
export type { EventStore, OpenEventStoreOptions } from './store/openEventStore.js';
export { getStoreVersion } from './store/getStoreVersion.js';
