// Identity stitching, listed by name.
export { stitchIdentities, createIdentityStitcher, formatSharedKey } from './stitchIdentities.js';
export type { IdentityStitcher } from './stitchIdentities.js';
export { applyIdentities, resolveCustomerId } from './applyIdentities.js';
export {
  collectIdentityLinks,
  collectRowLinks,
  IDENTIFY_ACTIVITY,
  ALIAS_ACTIVITY,
} from './collectIdentityLinks.js';
export type {
  IdentityLink,
  IdentityLinkReason,
  IdentityMap,
  IdentityNode,
  MergedIdentity,
  StitchOptions,
} from './types.js';
