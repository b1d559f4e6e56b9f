import type { Store } from '@trailmap/db';
import {
  createDemoContent,
  remapPersonaIds,
  type JourneyMap,
  type PersonaId,
  type WorkspaceId,
} from '@trailmap/domain';
import { hashPassword } from '../auth/hashPassword.js';

export const DEMO_EMAIL = 'demo@trailmap.local';
export const DEMO_PASSWORD = 'trailmap-demo';
export const DEMO_WORKSPACE_NAME = 'Demo: buying shoes';

/**
 * Stores the demo personas and shoe-buying maps (then and now) in a workspace; with `onlyTitles`, just
 * those maps (the personas always). Returns the stored maps.
 */
export async function storeDemoContent(
  store: Store,
  workspaceId: WorkspaceId,
  onlyTitles?: readonly string[],
): Promise<JourneyMap[]> {
  const content = createDemoContent();
  const mapping = new Map<PersonaId, PersonaId>();
  for (const { id, ...fields } of content.personas) {
    const stored = await store.personas.create(workspaceId, fields);
    mapping.set(id, stored.id);
  }
  const stored: JourneyMap[] = [];
  for (const journey of content.journeys) {
    if (onlyTitles && !onlyTitles.includes(journey.title)) continue;
    stored.push(await store.journeys.create(workspaceId, remapPersonaIds(journey, mapping)));
  }
  return stored;
}

/**
 * Makes sure the demo account and the demo workspace exist (a no-op when they do), so a fresh
 * install opens on the shoe-buying journey. With `reset`, the demo workspace is deleted and rebuilt (the
 * caller removes the events of `removedWorkspaceId`'s datasets; the server gives the new workspace its
 * demo datasets at its next start, `seedDemoDatasets`).
 */
export async function seedDemo(
  store: Store,
  options: { reset?: boolean } = {},
): Promise<{ workspaceId: WorkspaceId; removedWorkspaceId: WorkspaceId | null }> {
  return store.transaction(async (tx) => {
    let user = await tx.users.findByEmail(DEMO_EMAIL);
    if (!user) {
      const created = await tx.users.create({
        email: DEMO_EMAIL,
        name: 'Demo',
        passwordHash: await hashPassword(DEMO_PASSWORD),
      });
      user = { ...created, passwordHash: '' };
    }
    let workspace =
      (await tx.workspaces.listForUser(user.id)).find((w) => w.name === DEMO_WORKSPACE_NAME) ?? null;
    let removedWorkspaceId: WorkspaceId | null = null;
    if (workspace && options.reset) {
      await tx.workspaces.delete(workspace.id);
      removedWorkspaceId = workspace.id;
      workspace = null;
    }
    if (workspace) return { workspaceId: workspace.id, removedWorkspaceId };
    const created = await tx.workspaces.create({ name: DEMO_WORKSPACE_NAME });
    await tx.memberships.add(created.id, user.id, 'owner');
    await storeDemoContent(tx, created.id);
    return { workspaceId: created.id, removedWorkspaceId };
  });
}
