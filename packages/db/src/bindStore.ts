import type { Database } from './database.js';
import { createApiKeysRepository } from './repositories/apiKeys.js';
import { createDatasetsRepository } from './repositories/datasets.js';
import { createInvitationsRepository } from './repositories/invitations.js';
import { createJourneysRepository } from './repositories/journeys.js';
import { createMembershipsRepository } from './repositories/memberships.js';
import { createPersonasRepository } from './repositories/personas.js';
import { createProjectKpisRepository } from './repositories/projectKpis.js';
import { createProjectsRepository } from './repositories/projects.js';
import { createCommentsRepository } from './repositories/comments.js';
import { createSessionsRepository } from './repositories/sessions.js';
import { createShareLinksRepository } from './repositories/shareLinks.js';
import { createUsersRepository } from './repositories/users.js';
import { createWorkspaceSettingsRepository } from './repositories/workspaceSettings.js';
import { createWorkspacesRepository } from './repositories/workspaces.js';
import type { Store, StoreInfo } from './types.js';

/** What differs between engines: how to describe the store and how to let go of it. */
export interface StoreRuntime {
  info(): Promise<StoreInfo>;
  close(): Promise<void>;
}

async function refuseClose(): Promise<void> {
  throw new Error('close the store, not the store of a transaction');
}

/** Binds every repository to one Drizzle database (the store itself, or a transaction inside it). */
export function bindStore(db: Database, runtime: StoreRuntime): Store {
  return {
    users: createUsersRepository(db),
    sessions: createSessionsRepository(db),
    workspaces: createWorkspacesRepository(db),
    memberships: createMembershipsRepository(db),
    invitations: createInvitationsRepository(db),
    apiKeys: createApiKeysRepository(db),
    personas: createPersonasRepository(db),
    journeys: createJourneysRepository(db),
    shareLinks: createShareLinksRepository(db),
    datasets: createDatasetsRepository(db),
    workspaceSettings: createWorkspaceSettingsRepository(db),
    projects: createProjectsRepository(db),
    comments: createCommentsRepository(db),
    projectKpis: createProjectKpisRepository(db),
    transaction: (fn) =>
      db.transaction((tx) => fn(bindStore(tx, { info: runtime.info, close: refuseClose }))),
    info: runtime.info,
    close: runtime.close,
  };
}
