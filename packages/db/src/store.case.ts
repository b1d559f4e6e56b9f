import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createId,
  createJourneyContent,
  datasetMappingSchema,
  journeyMetaSchema,
  personaFieldsSchema,
  touchpointFieldsSchema,
  type JourneyContent,
  type JourneyMap,
  type JourneyMeta,
  type PersonaFields,
  type Touchpoint,
  type User,
  type Workspace,
} from '@trailmap/domain';
import { MIGRATIONS_FOLDER } from './migrations.js';
import { DuplicateError, MissingReferenceError, type Store } from './types.js';

/** How many migrations drizzle-kit has generated (the entries of its journal). */
export async function countJournalEntries(): Promise<number> {
  const journal = JSON.parse(await readFile(`${MIGRATIONS_FOLDER}/meta/_journal.json`, 'utf8')) as {
    entries: unknown[];
  };
  return journal.entries.length;
}

/**
 * The repository cases every engine must pass (run by store.pglite.test.ts and store.postgres.test.ts).
 * The store is opened once; every case makes its own users and workspaces, so cases never see each other's rows.
 */
export function runStoreCases(name: string, open: () => Promise<Store>): void {
  describe(`${name} store`, () => {
    let store: Store;

    beforeAll(async () => {
      store = await open();
    });
    afterAll(async () => {
      await store?.close();
    });

    let counter = 0;
    const uniqueEmail = (label: string) => `${label}.${Date.now().toString(36)}.${++counter}@Example.COM`;
    const makeUser = (label = 'user'): Promise<User> =>
      store.users.create({ email: uniqueEmail(label), name: `User ${label}`, passwordHash: `hash-${label}` });
    const inDays = (days: number) => new Date(Date.now() + days * 24 * 3600 * 1000).toISOString();
    const makeWorkspace = (label = 'Workspace'): Promise<Workspace> =>
      store.workspaces.create({ name: `${label} ${++counter}` });

    const makeMeta = (overrides: Partial<JourneyMeta> = {}): JourneyMeta =>
      journeyMetaSchema.parse({ title: 'Buying shoes', goal: 'Buy running shoes', ...overrides });
    const makeContent = (touchpointCount = 1): JourneyContent => {
      const content = createJourneyContent('see-think-do-care-love');
      const phaseId = content.phases[0]!.id;
      const touchpoints: Touchpoint[] = Array.from({ length: touchpointCount }, (_, i) => ({
        ...touchpointFieldsSchema.parse({
          phaseId,
          order: i,
          title: `Step ${i + 1}`,
          channel: 'web',
          emotion: 2,
        }),
        id: createId('touchpoint'),
      }));
      return { ...content, touchpoints };
    };
    const makePersonaFields = (overrides: Partial<PersonaFields> = {}): PersonaFields =>
      personaFieldsSchema.parse({
        name: 'Runner Rita',
        description: 'Runs three times a week',
        goals: ['Find shoes that fit', 'Get them by Friday'],
        needs: ['Size advice'],
        frustrations: ['Returns take weeks'],
        quote: 'I just want shoes that fit.',
        segmentRule: {
          match: 'all',
          conditions: [
            { field: 'channel', op: 'eq', value: 'web' },
            { field: 'properties.age', op: 'gte', value: 30 },
          ],
        },
        ...overrides,
      });

    describe('info', () => {
      it('info() names the engine, a short server version and the applied migrations', async () => {
        const info = await store.info();
        expect(info.engine).toBe(name);
        expect(info.version).toMatch(/^PostgreSQL \d+(\.\d+)?$/);
        expect(info.schemaVersion).toBe(await countJournalEntries());
        expect(info.schemaVersion).toBeGreaterThanOrEqual(1);
      });
    });

    describe('users', () => {
      it('users.create() stores a lower-cased e-mail that findByEmail finds in any case', async () => {
        const email = uniqueEmail('Alice');
        const user = await store.users.create({ email, name: 'Alice', passwordHash: 'secret-hash' });
        expect(user.email).toBe(email.toLowerCase());
        expect(user.id).toMatch(/^usr_/);
        const found = await store.users.findByEmail(email.toUpperCase());
        expect(found).toEqual({ ...user, passwordHash: 'secret-hash' });
        expect(await store.users.get(user.id)).toEqual(user);
      });

      it('users.create(taken e-mail in another case) throws DuplicateError on email', async () => {
        const user = await makeUser('dup');
        const error = await store.users
          .create({ email: user.email.toUpperCase(), name: 'Twin', passwordHash: 'x' })
          .catch((e: unknown) => e);
        expect(error).toBeInstanceOf(DuplicateError);
        expect((error as DuplicateError).field).toBe('email');
      });

      it('users.count() rises by one per user; get(unknown id) is null', async () => {
        const before = await store.users.count();
        await makeUser('count');
        expect(await store.users.count()).toBe(before + 1);
        expect(await store.users.get(createId('user'))).toBeNull();
        expect(await store.users.findByEmail('nobody@example.com')).toBeNull();
      });
    });

    describe('sessions', () => {
      it('sessions.findValid() finds a live session, not an expired or deleted one', async () => {
        const user = await makeUser('session');
        const now = new Date('2030-01-01T12:00:00.000Z');
        await store.sessions.create({
          tokenHash: `live-${user.id}`,
          userId: user.id,
          expiresAt: '2030-01-02T12:00:00.000Z',
        });
        await store.sessions.create({
          tokenHash: `old-${user.id}`,
          userId: user.id,
          expiresAt: '2030-01-01T11:00:00.000Z',
        });

        expect(await store.sessions.findValid(`live-${user.id}`, now)).toEqual({
          userId: user.id,
          expiresAt: '2030-01-02T12:00:00.000Z',
        });
        expect(await store.sessions.findValid(`old-${user.id}`, now)).toBeNull();

        await store.sessions.delete(`live-${user.id}`);
        expect(await store.sessions.findValid(`live-${user.id}`, now)).toBeNull();
      });

      it('sessions.deleteExpired(now) removes only sessions expired at now and counts them', async () => {
        const user = await makeUser('expiry');
        // Far in the past, so no other case's sessions expire at this `now`.
        await store.sessions.create({
          tokenHash: `a-${user.id}`,
          userId: user.id,
          expiresAt: '1990-01-01T00:00:00.000Z',
        });
        await store.sessions.create({
          tokenHash: `b-${user.id}`,
          userId: user.id,
          expiresAt: '1990-06-01T00:00:00.000Z',
        });
        await store.sessions.create({
          tokenHash: `c-${user.id}`,
          userId: user.id,
          expiresAt: '1991-01-01T00:00:00.000Z',
        });
        const removed = await store.sessions.deleteExpired(new Date('1990-12-31T00:00:00.000Z'));
        expect(removed).toBe(2);
        expect(
          await store.sessions.findValid(`c-${user.id}`, new Date('1990-12-31T00:00:00.000Z')),
        ).not.toBeNull();
      });
    });

    describe('workspaces', () => {
      it('workspaces.listForUser() lists only the member workspaces with the role, oldest first', async () => {
        const user = await makeUser('lister');
        const first = await makeWorkspace('First');
        const second = await makeWorkspace('Second');
        await makeWorkspace('Foreign');
        await store.memberships.add(second.id, user.id, 'viewer');
        await store.memberships.add(first.id, user.id, 'owner');

        const list = await store.workspaces.listForUser(user.id);
        // oldest first; two made in the same millisecond are in id order
        const byAge = (a: { createdAt: string; id: string }, b: { createdAt: string; id: string }) =>
          a.createdAt.localeCompare(b.createdAt) || (a.id < b.id ? -1 : 1);
        expect(list).toEqual(
          [
            { ...first, role: 'owner' },
            { ...second, role: 'viewer' },
          ].sort(byAge),
        );
      });

      it('workspaces.rename() and findByName() see the new name; get(unknown) is null', async () => {
        const workspace = await makeWorkspace('Old');
        const newName = `Renamed ${workspace.id}`;
        const renamed = await store.workspaces.rename(workspace.id, newName);
        expect(renamed).toEqual({ ...workspace, name: newName });
        expect(await store.workspaces.findByName(newName)).toEqual(renamed);
        expect(await store.workspaces.findByName(workspace.name)).toBeNull();
        expect(await store.workspaces.get(createId('workspace'))).toBeNull();
        expect(await store.workspaces.rename(createId('workspace'), 'x')).toBeNull();
      });

      it('workspaces.delete() removes the workspace and everything in it', async () => {
        const owner = await makeUser('cascade');
        const workspace = await makeWorkspace('Doomed');
        await store.memberships.add(workspace.id, owner.id, 'owner');
        const invitedEmail = uniqueEmail('invitee');
        const inviteHash = `invite-${workspace.id}`;
        await store.invitations.upsert({
          workspaceId: workspace.id,
          email: invitedEmail,
          role: 'editor',
          invitedBy: owner.id,
          tokenHash: inviteHash,
          expiresAt: inDays(7),
        });
        const secretHash = `cascade-${workspace.id}`;
        await store.apiKeys.create({
          workspaceId: workspace.id,
          name: 'CI',
          scope: 'read',
          prefix: 'tm_abc',
          secretHash,
          createdBy: owner.id,
        });
        const persona = await store.personas.create(workspace.id, makePersonaFields());
        const journey = await store.journeys.create(workspace.id, { ...makeMeta(), ...makeContent() });

        expect(await store.workspaces.delete(workspace.id)).toBe(true);

        expect(await store.workspaces.get(workspace.id)).toBeNull();
        expect(await store.memberships.get(workspace.id, owner.id)).toBeNull();
        expect(await store.invitations.findByTokenHash(inviteHash, new Date())).toBeNull();
        expect(await store.apiKeys.findByHash(secretHash)).toBeNull();
        expect(await store.personas.get(workspace.id, persona.id)).toBeNull();
        expect(await store.journeys.get(workspace.id, journey.id)).toBeNull();
        expect(await store.users.get(owner.id)).not.toBeNull();
        expect(await store.workspaces.delete(workspace.id)).toBe(false);
      });
    });

    describe('memberships', () => {
      it('memberships.add() then list() shows each member with e-mail and name', async () => {
        const workspace = await makeWorkspace();
        const owner = await makeUser('owner');
        const editor = await makeUser('editor');
        const added = await store.memberships.add(workspace.id, owner.id, 'owner');
        await store.memberships.add(workspace.id, editor.id, 'editor');

        expect(added).toMatchObject({ workspaceId: workspace.id, userId: owner.id, role: 'owner' });
        expect(await store.memberships.get(workspace.id, owner.id)).toEqual(added);
        const members = await store.memberships.list(workspace.id);
        expect(members.map((m) => [m.userId, m.role, m.email, m.name]).sort()).toEqual(
          [
            [owner.id, 'owner', owner.email, owner.name],
            [editor.id, 'editor', editor.email, editor.name],
          ].sort(),
        );
      });

      it('memberships.add(existing member) throws DuplicateError', async () => {
        const workspace = await makeWorkspace();
        const user = await makeUser('twice');
        await store.memberships.add(workspace.id, user.id, 'viewer');
        await expect(store.memberships.add(workspace.id, user.id, 'editor')).rejects.toBeInstanceOf(
          DuplicateError,
        );
        expect((await store.memberships.get(workspace.id, user.id))?.role).toBe('viewer');
      });

      it('memberships.setRole() / remove() / countOwners() track the owners', async () => {
        const workspace = await makeWorkspace();
        const a = await makeUser('a');
        const b = await makeUser('b');
        await store.memberships.add(workspace.id, a.id, 'owner');
        await store.memberships.add(workspace.id, b.id, 'viewer');
        expect(await store.memberships.countOwners(workspace.id)).toBe(1);

        expect((await store.memberships.setRole(workspace.id, b.id, 'owner'))?.role).toBe('owner');
        expect(await store.memberships.countOwners(workspace.id)).toBe(2);

        expect(await store.memberships.remove(workspace.id, a.id)).toBe(true);
        expect(await store.memberships.remove(workspace.id, a.id)).toBe(false);
        expect(await store.memberships.countOwners(workspace.id)).toBe(1);
        expect(await store.memberships.setRole(workspace.id, a.id, 'editor')).toBeNull();
      });
    });

    describe('invitations', () => {
      it('invitations.upsert(same workspace and e-mail) updates the role and replaces the link', async () => {
        const workspace = await makeWorkspace();
        const owner = await makeUser('inviter');
        const email = uniqueEmail('Guest');
        const first = await store.invitations.upsert({
          workspaceId: workspace.id,
          email,
          role: 'viewer',
          invitedBy: owner.id,
          tokenHash: `first-${workspace.id}`,
          expiresAt: inDays(7),
        });
        const second = await store.invitations.upsert({
          workspaceId: workspace.id,
          email: email.toUpperCase(),
          role: 'editor',
          invitedBy: owner.id,
          tokenHash: `second-${workspace.id}`,
          expiresAt: inDays(7),
        });

        expect(first.email).toBe(email.toLowerCase());
        expect(second.id).toBe(first.id);
        expect(second.role).toBe('editor');
        expect(await store.invitations.listForWorkspace(workspace.id)).toEqual([second]);
        expect(await store.invitations.findByTokenHash(`first-${workspace.id}`, new Date())).toBeNull();
        expect(await store.invitations.findByTokenHash(`second-${workspace.id}`, new Date())).toEqual(second);
      });

      it('invitations.takeByTokenHash() uses a link once and never after it expires', async () => {
        const workspace = await makeWorkspace();
        const owner = await makeUser('taker');
        const invitation = await store.invitations.upsert({
          workspaceId: workspace.id,
          email: uniqueEmail('once'),
          role: 'editor',
          invitedBy: owner.id,
          tokenHash: `once-${workspace.id}`,
          expiresAt: inDays(7),
        });
        const afterExpiry = new Date(Date.parse(invitation.expiresAt) + 1000);
        expect(await store.invitations.findByTokenHash(`once-${workspace.id}`, afterExpiry)).toBeNull();
        expect(await store.invitations.takeByTokenHash(`once-${workspace.id}`, afterExpiry)).toBeNull();
        expect(await store.invitations.takeByTokenHash(`once-${workspace.id}`, new Date())).toEqual(
          invitation,
        );
        expect(await store.invitations.takeByTokenHash(`once-${workspace.id}`, new Date())).toBeNull();
        expect(await store.invitations.listForWorkspace(workspace.id)).toEqual([]);
      });

      it('invitations.renewLink() gives a new link in its own workspace only', async () => {
        const workspace = await makeWorkspace();
        const other = await makeWorkspace();
        const owner = await makeUser('renew');
        const invitation = await store.invitations.upsert({
          workspaceId: workspace.id,
          email: uniqueEmail('renew'),
          role: 'viewer',
          invitedBy: owner.id,
          tokenHash: `old-${workspace.id}`,
          expiresAt: inDays(1),
        });
        const renewal = { tokenHash: `new-${workspace.id}`, expiresAt: inDays(7), invitedBy: owner.id };
        expect(await store.invitations.renewLink(other.id, invitation.id, renewal)).toBeNull();
        const renewed = await store.invitations.renewLink(workspace.id, invitation.id, renewal);
        expect(renewed).toMatchObject({ id: invitation.id, expiresAt: renewal.expiresAt });
        expect(await store.invitations.findByTokenHash(`old-${workspace.id}`, new Date())).toBeNull();
        expect(await store.invitations.findByTokenHash(`new-${workspace.id}`, new Date())).toEqual(renewed);
      });

      it('invitations.delete() removes only within its workspace', async () => {
        const workspace = await makeWorkspace();
        const other = await makeWorkspace();
        const owner = await makeUser('inviter2');
        const invitation = await store.invitations.upsert({
          workspaceId: workspace.id,
          email: uniqueEmail('x'),
          role: 'viewer',
          invitedBy: owner.id,
          tokenHash: `delete-${workspace.id}`,
          expiresAt: inDays(7),
        });
        expect(await store.invitations.delete(other.id, invitation.id)).toBe(false);
        expect(await store.invitations.delete(workspace.id, invitation.id)).toBe(true);
        expect(await store.invitations.listForWorkspace(workspace.id)).toEqual([]);
      });
    });

    describe('api keys', () => {
      it('apiKeys.create() / findByHash() / list() / revoke() / touch() keep the key lifecycle', async () => {
        const workspace = await makeWorkspace();
        const other = await makeWorkspace();
        const owner = await makeUser('keys');
        const secretHash = `hash-${workspace.id}`;
        const key = await store.apiKeys.create({
          workspaceId: workspace.id,
          name: 'Importer',
          scope: 'write',
          prefix: 'tm_1234',
          secretHash,
          createdBy: owner.id,
        });
        expect(key).toMatchObject({
          name: 'Importer',
          scope: 'write',
          prefix: 'tm_1234',
          revokedAt: null,
          lastUsedAt: null,
        });
        expect(await store.apiKeys.findByHash(secretHash)).toEqual({ ...key, secretHash });
        expect(await store.apiKeys.list(workspace.id)).toEqual([key]);
        expect(await store.apiKeys.list(other.id)).toEqual([]);

        const usedAt = new Date('2031-05-06T07:08:09.000Z');
        await store.apiKeys.touch(key.id, usedAt);
        expect((await store.apiKeys.findByHash(secretHash))?.lastUsedAt).toBe(usedAt.toISOString());

        expect(await store.apiKeys.revoke(other.id, key.id)).toBe(false);
        expect((await store.apiKeys.findByHash(secretHash))?.revokedAt).toBeNull();
        expect(await store.apiKeys.revoke(workspace.id, key.id)).toBe(true);
        const revokedAt = (await store.apiKeys.findByHash(secretHash))?.revokedAt;
        expect(revokedAt).toMatch(/^\d{4}-\d\d-\d\dT/);
        expect(await store.apiKeys.revoke(workspace.id, key.id)).toBe(true);
        expect((await store.apiKeys.findByHash(secretHash))?.revokedAt).toBe(revokedAt);
      });

      it('apiKeys.revokeForCreator() revokes the live keys one user made in one workspace', async () => {
        const workspace = await makeWorkspace();
        const other = await makeWorkspace();
        const leaving = await makeUser('leaving');
        const staying = await makeUser('staying');
        const make = (workspaceId: Workspace['id'], createdBy: User['id'], n: number) =>
          store.apiKeys.create({
            workspaceId,
            name: `key ${n}`,
            scope: 'write',
            prefix: `tmk_${n}`,
            secretHash: `creator-${workspaceId}-${n}`,
            createdBy,
          });
        await make(workspace.id, leaving.id, 1);
        await make(workspace.id, leaving.id, 2);
        await make(workspace.id, staying.id, 3);
        await make(other.id, leaving.id, 4);

        expect(await store.apiKeys.revokeForCreator(workspace.id, leaving.id)).toBe(2);
        const revoked = (await store.apiKeys.list(workspace.id))
          .map((k) => [k.name, k.revokedAt !== null])
          .sort(([a], [b]) => String(a).localeCompare(String(b)));
        expect(revoked).toEqual([
          ['key 1', true],
          ['key 2', true],
          ['key 3', false],
        ]);
        expect((await store.apiKeys.list(other.id))[0]?.revokedAt).toBeNull();
        expect(await store.apiKeys.revokeForCreator(workspace.id, leaving.id)).toBe(0);
      });

      it('apiKeys.create(taken secret hash) throws DuplicateError on secretHash', async () => {
        const workspace = await makeWorkspace();
        const owner = await makeUser('keys2');
        const input = {
          workspaceId: workspace.id,
          name: 'K',
          scope: 'read' as const,
          prefix: 'tm',
          secretHash: `dup-${workspace.id}`,
          createdBy: owner.id,
        };
        await store.apiKeys.create(input);
        const error = await store.apiKeys.create(input).catch((e: unknown) => e);
        expect(error).toBeInstanceOf(DuplicateError);
        expect((error as DuplicateError).field).toBe('secretHash');
      });
    });

    describe('datasets', () => {
      const mapping = datasetMappingSchema.parse({ columns: { case: 'ticket' } });
      const summary = {
        events: 8577,
        cases: 1434,
        customers: 0,
        activities: 27,
        firstEventAt: '2010-10-13T00:00:00.000Z',
        lastEventAt: '2011-12-23T00:00:00.000Z',
        versions: 1,
      };

      it('datasets.create() starts an import; finishImport() makes it ready with its figures; list() is per workspace', async () => {
        const workspace = await makeWorkspace();
        const other = await makeWorkspace();
        const user = await makeUser('data');
        const created = await store.datasets.create(workspace.id, {
          name: 'Receipts',
          format: 'csv',
          mapping,
          sizeBytes: 2_400_000,
          createdBy: user.id,
        });
        expect(created).toMatchObject({
          status: 'importing',
          progress: 0,
          error: null,
          events: 0,
          versions: 0,
        });
        expect(created.id).toMatch(/^dst_/);
        expect(created.mapping).toEqual(mapping);

        await store.datasets.setProgress(workspace.id, created.id, 0.5);
        expect((await store.datasets.get(workspace.id, created.id))?.progress).toBe(0.5);
        const ready = await store.datasets.finishImport(workspace.id, created.id, summary);
        expect(ready).toMatchObject({ ...summary, status: 'ready', progress: null, sizeBytes: 2_400_000 });
        await store.datasets.setProgress(workspace.id, created.id, 0.9);
        expect((await store.datasets.get(workspace.id, created.id))?.progress).toBeNull();

        expect(await store.datasets.list(workspace.id)).toEqual([ready]);
        expect(await store.datasets.list(other.id)).toEqual([]);
        expect(await store.datasets.get(other.id, created.id)).toBeNull();
        expect(await store.datasets.rename(other.id, created.id, 'Stolen')).toBeNull();
        expect(await store.datasets.delete(other.id, created.id)).toBe(false);
        expect((await store.datasets.rename(workspace.id, created.id, 'Permits'))?.name).toBe('Permits');
        expect(await store.datasets.delete(workspace.id, created.id)).toBe(true);
        expect(await store.datasets.get(workspace.id, created.id)).toBeNull();
      });

      it('datasets.failImport() leaves a first import failed, and an append ready with its earlier versions', async () => {
        const workspace = await makeWorkspace();
        const problem = {
          message: 'x.csv, line 7: bad timestamp',
          reason: 'bad timestamp',
          file: 'x.csv',
          line: 7,
          column: 'time:timestamp',
        };
        const first = await store.datasets.create(workspace.id, {
          name: 'A',
          format: 'csv',
          mapping,
          sizeBytes: 10,
          createdBy: null,
        });
        expect(await store.datasets.failImport(workspace.id, first.id, problem)).toMatchObject({
          status: 'failed',
          error: problem,
          events: 0,
        });

        const second = await store.datasets.create(workspace.id, {
          name: 'B',
          format: 'csv',
          mapping,
          sizeBytes: 10,
          createdBy: null,
        });
        await store.datasets.finishImport(workspace.id, second.id, summary);
        expect(await store.datasets.startImport(workspace.id, second.id, { sizeBytes: 5 })).toMatchObject({
          status: 'importing',
          sizeBytes: 15,
        });
        expect(
          await store.datasets.failImport(workspace.id, second.id, problem, { sizeBytes: 5 }),
        ).toMatchObject({
          status: 'ready',
          error: problem,
          events: summary.events,
          versions: 1,
          sizeBytes: 10,
        });
      });

      it('datasets.failInterrupted() ends every import still marked running', async () => {
        const workspace = await makeWorkspace();
        const running = await store.datasets.create(workspace.id, {
          name: 'R',
          format: 'xes',
          mapping,
          sizeBytes: 1,
          createdBy: null,
        });
        const problem = {
          message: 'the server stopped',
          reason: 'the server stopped',
          file: null,
          line: null,
          column: null,
        };
        const ended = await store.datasets.failInterrupted(problem);
        expect(ended.map((d) => d.id)).toContain(running.id);
        expect(await store.datasets.get(workspace.id, running.id)).toMatchObject({
          status: 'failed',
          error: problem,
        });
      });
    });

    describe('share links', () => {
      const makeJourney = async (workspaceId: Workspace['id']) =>
        store.journeys.create(workspaceId, { ...makeMeta(), ...makeContent() });

      it('shareLinks.create() / listForJourney() / findActiveByHash() / revoke() keep the link lifecycle', async () => {
        const workspace = await makeWorkspace();
        const other = await makeWorkspace();
        const editor = await makeUser('share');
        const journey = await makeJourney(workspace.id);
        const tokenHash = `share-hash-${journey.id}`;
        const link = await store.shareLinks.create({
          workspaceId: workspace.id,
          journeyId: journey.id,
          prefix: 'abcd1234',
          tokenHash,
          createdBy: editor.id,
        });
        expect(link).toMatchObject({
          workspaceId: workspace.id,
          journeyId: journey.id,
          prefix: 'abcd1234',
          createdBy: editor.id,
          revokedAt: null,
          includeBackstage: false,
          figures: null,
        });
        expect(link.id).toMatch(/^shr_/);
        expect(link).not.toHaveProperty('tokenHash');
        expect(await store.shareLinks.findActiveByHash(tokenHash)).toEqual(link);
        expect(await store.shareLinks.findActiveByHash('no-such-hash')).toBeNull();
        const listed = { ...link, createdByName: editor.name, journeyTitle: journey.title };
        expect(await store.shareLinks.listForJourney(workspace.id, journey.id)).toEqual([listed]);
        expect(await store.shareLinks.listForWorkspace(workspace.id)).toEqual([listed]);
        expect(await store.shareLinks.listForWorkspace(other.id)).toEqual([]);
        expect(await store.shareLinks.listForJourney(other.id, journey.id)).toEqual([]);

        expect(await store.shareLinks.revoke(other.id, journey.id, link.id)).toBe(false);
        expect(await store.shareLinks.findActiveByHash(tokenHash)).toEqual(link);
        expect(await store.shareLinks.revoke(workspace.id, journey.id, link.id)).toBe(true);
        expect(await store.shareLinks.findActiveByHash(tokenHash)).toBeNull();
        const [revoked] = await store.shareLinks.listForJourney(workspace.id, journey.id);
        expect(revoked?.revokedAt).toMatch(/^\d{4}-\d\d-\d\dT/);
        expect(await store.shareLinks.revoke(workspace.id, journey.id, link.id)).toBe(true);
        expect((await store.shareLinks.listForJourney(workspace.id, journey.id))[0]?.revokedAt).toBe(
          revoked?.revokedAt,
        );
      });

      it('shareLinks.create() keeps the figures options of a link, read back as written', async () => {
        const workspace = await makeWorkspace();
        const editor = await makeUser('figures');
        const journey = await makeJourney(workspace.id);
        const figures = {
          curve: 'both' as const,
          from: '2024-01-01',
          to: null,
          personaId: createId('persona'),
        };
        const link = await store.shareLinks.create({
          workspaceId: workspace.id,
          journeyId: journey.id,
          prefix: 'fig12345',
          tokenHash: `figures-hash-${journey.id}`,
          createdBy: editor.id,
          figures,
        });
        expect(link.figures).toEqual(figures);
        expect((await store.shareLinks.findActiveByHash(`figures-hash-${journey.id}`))?.figures).toEqual(
          figures,
        );
        expect((await store.shareLinks.listForJourney(workspace.id, journey.id))[0]?.figures).toEqual(
          figures,
        );
      });

      it('shareLinks.revokeAll() revokes every live link of one workspace and no other', async () => {
        const workspace = await makeWorkspace();
        const other = await makeWorkspace();
        const editor = await makeUser('revoke-all');
        const journeys = [await makeJourney(workspace.id), await makeJourney(workspace.id)];
        const otherJourney = await makeJourney(other.id);
        const make = (workspaceId: Workspace['id'], journeyId: JourneyMap['id'], n: number) =>
          store.shareLinks.create({
            workspaceId,
            journeyId,
            prefix: `p${n}`,
            tokenHash: `all-${journeyId}-${n}`,
            createdBy: editor.id,
            includeBackstage: n === 1,
          });
        const first = await make(workspace.id, journeys[0]!.id, 1);
        await make(workspace.id, journeys[1]!.id, 2);
        await make(other.id, otherJourney.id, 3);
        expect(first.includeBackstage).toBe(true);
        await store.shareLinks.revoke(workspace.id, journeys[0]!.id, first.id);

        expect(await store.shareLinks.revokeAll(workspace.id)).toBe(1);
        expect((await store.shareLinks.listForWorkspace(workspace.id)).every((l) => l.revokedAt)).toBe(true);
        expect(await store.shareLinks.findActiveByHash(`all-${otherJourney.id}-3`)).not.toBeNull();
        expect(await store.shareLinks.revokeAll(workspace.id)).toBe(0);
      });

      it('shareLinks.create(taken token hash) throws DuplicateError on tokenHash', async () => {
        const workspace = await makeWorkspace();
        const editor = await makeUser('share2');
        const journey = await makeJourney(workspace.id);
        const input = {
          workspaceId: workspace.id,
          journeyId: journey.id,
          prefix: 'p',
          tokenHash: `dup-share-${journey.id}`,
          createdBy: editor.id,
        };
        await store.shareLinks.create(input);
        const error = await store.shareLinks.create(input).catch((e: unknown) => e);
        expect(error).toBeInstanceOf(DuplicateError);
        expect((error as DuplicateError).field).toBe('tokenHash');
      });

      it('journeys.delete() deletes the links of the map (and only those)', async () => {
        const workspace = await makeWorkspace();
        const editor = await makeUser('share3');
        const doomed = await makeJourney(workspace.id);
        const kept = await makeJourney(workspace.id);
        const linkOf = (journeyId: typeof doomed.id, tokenHash: string) =>
          store.shareLinks.create({
            workspaceId: workspace.id,
            journeyId,
            prefix: 'p',
            tokenHash,
            createdBy: editor.id,
          });
        await linkOf(doomed.id, `doomed-${doomed.id}`);
        const keptLink = await linkOf(kept.id, `kept-${kept.id}`);
        expect(await store.journeys.delete(workspace.id, doomed.id)).toBe(true);
        expect(await store.shareLinks.findActiveByHash(`doomed-${doomed.id}`)).toBeNull();
        expect(await store.shareLinks.listForJourney(workspace.id, doomed.id)).toEqual([]);
        expect(await store.shareLinks.findActiveByHash(`kept-${kept.id}`)).toEqual(keptLink);
      });
    });

    describe('personas', () => {
      it('personas.create() / get() / list() keep lists and the segment rule', async () => {
        const workspace = await makeWorkspace();
        const fields = makePersonaFields();
        const persona = await store.personas.create(workspace.id, fields);
        expect(persona).toMatchObject({ ...fields, workspaceId: workspace.id });
        expect(persona.id).toMatch(/^prs_/);
        expect(await store.personas.get(workspace.id, persona.id)).toEqual(persona);
        expect(await store.personas.list(workspace.id)).toEqual([persona]);
      });

      it('personas.update() replaces the fields and moves updatedAt; delete() removes it', async () => {
        const workspace = await makeWorkspace();
        const persona = await store.personas.create(workspace.id, makePersonaFields());
        const next = makePersonaFields({
          name: 'Busy Bob',
          goals: [],
          segmentRule: null,
          pictureUrl:
            'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4nGNgYGD4DwABBAEAwS2OUAAAAABJRU5ErkJggg==',
        });
        const updated = await store.personas.update(workspace.id, persona.id, next);
        expect(updated).toMatchObject({ ...next, id: persona.id, createdAt: persona.createdAt });
        expect(updated!.updatedAt >= persona.updatedAt).toBe(true);
        expect(await store.personas.get(workspace.id, persona.id)).toEqual(updated);

        expect(await store.personas.delete(workspace.id, persona.id)).toBe(true);
        expect(await store.personas.get(workspace.id, persona.id)).toBeNull();
        expect(await store.personas.delete(workspace.id, persona.id)).toBe(false);
      });

      it("personas.get/update/delete(another workspace's id) → null/null/false and change nothing", async () => {
        const workspace = await makeWorkspace();
        const intruder = await makeWorkspace();
        const persona = await store.personas.create(workspace.id, makePersonaFields());
        expect(await store.personas.get(intruder.id, persona.id)).toBeNull();
        expect(
          await store.personas.update(intruder.id, persona.id, makePersonaFields({ name: 'Hacked' })),
        ).toBeNull();
        expect(await store.personas.delete(intruder.id, persona.id)).toBe(false);
        expect(await store.personas.list(intruder.id)).toEqual([]);
        expect(await store.personas.get(workspace.id, persona.id)).toEqual(persona);
      });
    });

    describe('journeys', () => {
      it('journeys.create() stores version 1 and get() returns the same map', async () => {
        const workspace = await makeWorkspace();
        const id = createId('journey');
        const content = makeContent(2);
        const journey = await store.journeys.create(workspace.id, { ...makeMeta(), ...content, id });
        expect(journey).toMatchObject({
          ...makeMeta(),
          ...content,
          id,
          workspaceId: workspace.id,
          version: 1,
        });
        expect(journey.createdAt).toBe(journey.updatedAt);
        expect(await store.journeys.get(workspace.id, id)).toEqual(journey);
      });

      it('journeys keep their dataset link, standing filter and matchers; list({ datasetId }) finds the linked maps', async () => {
        const workspace = await makeWorkspace();
        const dataset = await store.datasets.create(workspace.id, {
          name: 'Shop',
          format: 'csv',
          mapping: datasetMappingSchema.parse({}),
          sizeBytes: 0,
          createdBy: null,
        });
        const content = makeContent(1);
        const matcher = {
          activities: ['Order Placed'],
          channels: ['app'],
          properties: [
            { key: 'order_value', op: 'gt' as const, value: 100 },
            { key: 'shipped', op: 'lt' as const, value: '2024-07-01T00:00:00.000Z' },
          ],
        };
        content.touchpoints[0] = { ...content.touchpoints[0]!, matcher };
        const datasetFilter = { channels: ['app', 'web'], contains: ['Order Placed'] };
        const linked = await store.journeys.create(workspace.id, {
          ...makeMeta({ title: 'Linked', datasetId: dataset.id, datasetFilter }),
          ...content,
        });
        const unlinked = await store.journeys.create(workspace.id, { ...makeMeta(), ...makeContent(1) });
        expect(linked).toMatchObject({ datasetId: dataset.id, datasetFilter });
        expect(linked.touchpoints[0]!.matcher).toEqual(matcher);
        expect(unlinked).toMatchObject({ datasetId: null, datasetFilter: null });
        expect(unlinked.touchpoints[0]!.matcher).toBeNull();
        expect(await store.journeys.get(workspace.id, linked.id)).toEqual(linked);
        const listed = await store.journeys.list(workspace.id, { datasetId: dataset.id });
        expect(listed.map((j) => [j.id, j.datasetId, j.datasetFilter])).toEqual([
          [linked.id, dataset.id, datasetFilter],
        ]);

        // A filter without a link is not kept.
        const { id: _id, workspaceId: _ws, version: _v, createdAt: _c, updatedAt: _u, ...parts } = linked;
        const cut = await store.journeys.update(workspace.id, linked.id, 1, { ...parts, datasetId: null });
        expect(cut.ok && cut.journey).toMatchObject({ datasetId: null, datasetFilter: null, version: 2 });
      });

      it('a map stored before matchers existed (content without them) reads with matcher null', async () => {
        const workspace = await makeWorkspace();
        const content = makeContent(2);
        const old = content.touchpoints.map(({ matcher: _m, ...rest }) => rest) as unknown as Touchpoint[];
        const journey = await store.journeys.create(workspace.id, {
          ...makeMeta(),
          ...content,
          touchpoints: old,
        });
        const read = await store.journeys.get(workspace.id, journey.id);
        expect(read?.touchpoints.map((t) => t.matcher)).toEqual([null, null]);
      });

      it('deleting a dataset leaves no map pointing at it (the link becomes null)', async () => {
        const workspace = await makeWorkspace();
        const dataset = await store.datasets.create(workspace.id, {
          name: 'Gone soon',
          format: 'csv',
          mapping: datasetMappingSchema.parse({}),
          sizeBytes: 0,
          createdBy: null,
        });
        const journey = await store.journeys.create(workspace.id, {
          ...makeMeta({ datasetId: dataset.id, datasetFilter: { channels: ['web'] } }),
          ...makeContent(1),
        });
        expect(await store.datasets.delete(workspace.id, dataset.id)).toBe(true);
        expect(await store.journeys.get(workspace.id, journey.id)).toMatchObject({
          datasetId: null,
          title: journey.title,
        });
      });

      it('journeys.create/update naming a dataset that is gone throw MissingReferenceError and write nothing', async () => {
        const workspace = await makeWorkspace();
        const gone = createId('dataset');
        const create = store.journeys.create(workspace.id, {
          ...makeMeta({ datasetId: gone }),
          ...makeContent(1),
        });
        await expect(create).rejects.toBeInstanceOf(MissingReferenceError);
        await expect(create).rejects.toMatchObject({ field: 'datasetId', what: 'dataset' });
        expect(await store.journeys.list(workspace.id)).toEqual([]);
        const journey = await store.journeys.create(workspace.id, { ...makeMeta(), ...makeContent(1) });
        const { id: _id, workspaceId: _ws, version: _v, createdAt: _c, updatedAt: _u, ...parts } = journey;
        await expect(
          store.journeys.update(workspace.id, journey.id, 1, { ...parts, datasetId: gone }),
        ).rejects.toBeInstanceOf(MissingReferenceError);
        expect(await store.journeys.get(workspace.id, journey.id)).toEqual(journey);
      });

      it('journeys.create(taken id) throws DuplicateError on id', async () => {
        const workspace = await makeWorkspace();
        const journey = await store.journeys.create(workspace.id, { ...makeMeta(), ...makeContent() });
        const error = await store.journeys
          .create(workspace.id, { ...makeMeta(), ...makeContent(), id: journey.id })
          .catch((e: unknown) => e);
        expect(error).toBeInstanceOf(DuplicateError);
        expect((error as DuplicateError).field).toBe('id');
      });

      it('journeys.list() filters by persona and state and counts phases and touchpoints', async () => {
        const workspace = await makeWorkspace();
        const rita = createId('persona');
        const bob = createId('persona');
        const asIs = await store.journeys.create(workspace.id, {
          ...makeMeta({ title: 'As is', personaIds: [rita] }),
          ...makeContent(3),
        });
        const toBe = await store.journeys.create(workspace.id, {
          ...makeMeta({ title: 'To be', personaIds: [rita, bob], state: 'desired', counterpartId: asIs.id }),
          ...makeContent(1),
        });
        await store.journeys.create(workspace.id, { ...makeMeta({ title: 'Nobody' }), ...makeContent(0) });

        const all = await store.journeys.list(workspace.id);
        expect(all.map((j) => j.title).sort()).toEqual(['As is', 'Nobody', 'To be']);
        const summary = all.find((j) => j.id === asIs.id);
        expect(summary).toMatchObject({
          phaseCount: 5,
          touchpointCount: 3,
          version: 1,
          personaIds: [rita],
          state: 'current',
        });
        expect(summary).not.toHaveProperty('touchpoints');

        expect(
          (await store.journeys.list(workspace.id, { personaId: rita })).map((j) => j.id).sort(),
        ).toEqual([asIs.id, toBe.id].sort());
        expect((await store.journeys.list(workspace.id, { personaId: bob })).map((j) => j.id)).toEqual([
          toBe.id,
        ]);
        const desired = await store.journeys.list(workspace.id, { state: 'desired' });
        expect(desired.map((j) => [j.id, j.counterpartId])).toEqual([[toBe.id, asIs.id]]);
        expect(await store.journeys.list(workspace.id, { personaId: bob, state: 'current' })).toEqual([]);
      });

      it('journeys.update(current version) replaces meta and content and raises the version', async () => {
        const workspace = await makeWorkspace();
        const journey = await store.journeys.create(workspace.id, { ...makeMeta(), ...makeContent(1) });
        const nextContent = makeContent(4);
        const result = await store.journeys.update(workspace.id, journey.id, 1, {
          ...makeMeta({ title: 'Buying shoes, revised', state: 'desired' }),
          ...nextContent,
        });
        expect(result.ok).toBe(true);
        if (!result.ok) return;
        expect(result.journey).toMatchObject({
          title: 'Buying shoes, revised',
          state: 'desired',
          version: 2,
          createdAt: journey.createdAt,
        });
        expect(result.journey.touchpoints).toEqual(nextContent.touchpoints);
        expect(await store.journeys.get(workspace.id, journey.id)).toEqual(result.journey);

        const again = await store.journeys.update(workspace.id, journey.id, 2, {
          ...makeMeta(),
          ...nextContent,
        });
        expect(again.ok && again.journey.version).toBe(3);
      });

      it('journeys.update(stale version) reports a conflict and writes nothing', async () => {
        const workspace = await makeWorkspace();
        const journey = await store.journeys.create(workspace.id, { ...makeMeta(), ...makeContent(1) });
        const first = await store.journeys.update(workspace.id, journey.id, 1, {
          ...makeMeta({ title: 'First edit' }),
          ...makeContent(2),
        });
        expect(first.ok).toBe(true);

        const stale = await store.journeys.update(workspace.id, journey.id, 1, {
          ...makeMeta({ title: 'Lost edit' }),
          ...makeContent(7),
        });
        expect(stale.ok).toBe(false);
        if (stale.ok || stale.reason !== 'conflict')
          throw new Error(`expected a conflict, got ${JSON.stringify(stale)}`);
        expect(stale.current).toMatchObject({ title: 'First edit', version: 2 });
        expect(stale.current.touchpoints).toHaveLength(2);
        expect(await store.journeys.get(workspace.id, journey.id)).toEqual(stale.current);
      });

      it('journeys.update(unknown id) reports not-found', async () => {
        const workspace = await makeWorkspace();
        const result = await store.journeys.update(workspace.id, createId('journey'), 1, {
          ...makeMeta(),
          ...makeContent(),
        });
        expect(result).toEqual({ ok: false, reason: 'not-found' });
      });

      it('journeys.delete() removes the map once', async () => {
        const workspace = await makeWorkspace();
        const journey = await store.journeys.create(workspace.id, { ...makeMeta(), ...makeContent() });
        expect(await store.journeys.delete(workspace.id, journey.id)).toBe(true);
        expect(await store.journeys.get(workspace.id, journey.id)).toBeNull();
        expect(await store.journeys.delete(workspace.id, journey.id)).toBe(false);
      });

      it("journeys.get/update/delete(another workspace's id) → null/not-found/false and change nothing", async () => {
        const workspace = await makeWorkspace();
        const intruder = await makeWorkspace();
        const journey = await store.journeys.create(workspace.id, { ...makeMeta(), ...makeContent() });

        expect(await store.journeys.get(intruder.id, journey.id)).toBeNull();
        expect(
          await store.journeys.update(intruder.id, journey.id, 1, {
            ...makeMeta({ title: 'Hacked' }),
            ...makeContent(),
          }),
        ).toEqual({
          ok: false,
          reason: 'not-found',
        });
        expect(await store.journeys.delete(intruder.id, journey.id)).toBe(false);
        expect(await store.journeys.list(intruder.id)).toEqual([]);
        expect(await store.journeys.get(workspace.id, journey.id)).toEqual(journey);
      });
    });

    describe('transaction', () => {
      it('transaction(fn) commits every write when fn resolves', async () => {
        const name = `Committed ${createId('workspace')}`;
        const user = await makeUser('tx');
        const result = await store.transaction(async (tx) => {
          const workspace = await tx.workspaces.create({ name });
          await tx.memberships.add(workspace.id, user.id, 'owner');
          return workspace;
        });
        expect(await store.workspaces.findByName(name)).toEqual(result);
        expect(await store.workspaces.listForUser(user.id)).toEqual([{ ...result, role: 'owner' }]);
      });

      it('transaction(fn) leaves nothing written when fn throws', async () => {
        const name = `Rolled back ${createId('workspace')}`;
        const email = uniqueEmail('rollback');
        await expect(
          store.transaction(async (tx) => {
            const workspace = await tx.workspaces.create({ name });
            const user = await tx.users.create({ email, name: 'Ghost', passwordHash: 'x' });
            await tx.memberships.add(workspace.id, user.id, 'owner');
            expect(await tx.workspaces.findByName(name)).not.toBeNull();
            throw new Error('boom');
          }),
        ).rejects.toThrow('boom');
        expect(await store.workspaces.findByName(name)).toBeNull();
        expect(await store.users.findByEmail(email)).toBeNull();
      });

      it('transaction(fn) rolls back when a write inside fails with DuplicateError', async () => {
        const taken = await makeUser('taken');
        const name = `Half done ${createId('workspace')}`;
        await expect(
          store.transaction(async (tx) => {
            await tx.workspaces.create({ name });
            await tx.users.create({ email: taken.email, name: 'Twin', passwordHash: 'x' });
          }),
        ).rejects.toBeInstanceOf(DuplicateError);
        expect(await store.workspaces.findByName(name)).toBeNull();
      });
    });
  });
}
