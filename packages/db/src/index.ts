// Public API of @trailmap/db, listed by name. Test helpers live in '@trailmap/db/testing'.
export { openStore } from './openStore.js';
export { DuplicateError } from './types.js';
export type {
  Store,
  StoreInfo,
  StoreOptions,
  UserWithPassword,
  UsersRepository,
  SessionRecord,
  SessionsRepository,
  WorkspaceWithRole,
  WorkspacesRepository,
  MemberView,
  MembershipsRepository,
  Invitation,
  InvitationsRepository,
  ApiKeyWithHash,
  ApiKeysRepository,
  PersonasRepository,
  JourneySummary,
  JourneyFilter,
  JourneyUpdateResult,
  JourneysRepository,
  ShareLink,
  ShareLinkListed,
  ShareLinksRepository,
} from './types.js';
