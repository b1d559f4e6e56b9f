// Public API of @trailmap/server, listed by name.
export { buildApp, APP_VERSION, BODY_LIMIT_BYTES, IMPORT_BODY_LIMIT_BYTES } from './app.js';
export type { AppOptions, EventStoreInfo } from './app.js';
export { startServer } from './startServer.js';
export type { ServerConfig, RunningServer } from './startServer.js';
export { DEFAULT_EXPORT_LIMITS, readExportSettingsFromEnv } from './exports/exportLimits.js';
export type { ExportLimits } from './exports/exportLimits.js';
export type { JobPoolSettings } from './jobs/createServerJobPool.js';
export { seedDemo, DEMO_EMAIL, DEMO_PASSWORD, DEMO_WORKSPACE_NAME } from './demo/seedDemo.js';
export { readSecuritySettings } from './readSecuritySettings.js';
export type { SecuritySettings } from './readSecuritySettings.js';
