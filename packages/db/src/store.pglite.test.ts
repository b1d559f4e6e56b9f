import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openStore } from './openStore.js';
import { runCommentStoreCases } from './comments.case.js';
import { runProjectStoreCases } from './projects.case.js';
import { countJournalEntries, runStoreCases } from './store.case.js';

runStoreCases('pglite', () => openStore({ engine: 'pglite' }));

describe('openStore({ engine: pglite, dataDir })', () => {
  const dirs: string[] = [];
  afterAll(async () => {
    await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })));
  });

  it('openStore(dataDir) creates the directory and keeps data across close and reopen', async () => {
    const parent = await mkdtemp(join(tmpdir(), 'trailmap-db-'));
    dirs.push(parent);
    const dataDir = join(parent, 'nested', 'db');

    const first = await openStore({ engine: 'pglite', dataDir });
    const user = await first.users.create({ email: 'Keep@Example.com', name: 'Keeper', passwordHash: 'h' });
    const workspace = await first.workspaces.create({ name: 'Kept' });
    await first.memberships.add(workspace.id, user.id, 'owner');
    await first.close();

    const second = await openStore({ engine: 'pglite', dataDir });
    try {
      expect(await second.users.findByEmail('keep@example.com')).toMatchObject({
        id: user.id,
        name: 'Keeper',
      });
      expect(await second.workspaces.listForUser(user.id)).toEqual([{ ...workspace, role: 'owner' }]);
      expect((await second.info()).schemaVersion).toBe(await countJournalEntries());
    } finally {
      await second.close();
    }
  });
});

runProjectStoreCases('pglite', () => openStore({ engine: 'pglite' }));
runCommentStoreCases('pglite', () => openStore({ engine: 'pglite' }));
