// Case notions (what one journey instance is), listed by name.
export { cutByInactivity } from './cutByInactivity.js';
export { cutByStartEnd } from './cutByStartEnd.js';
export type { ActivityMatcher, StartEndOptions } from './cutByStartEnd.js';
export { buildCutByInactivitySql } from './cutByInactivitySql.js';
export { orderByCustomer, readJourneyOwner, formatCaseId } from './orderByCustomer.js';
export { DEFAULT_GAPS } from './types.js';
export type { CaseCut, CaseInputRow, Journey } from './types.js';
