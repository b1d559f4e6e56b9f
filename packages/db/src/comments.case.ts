import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createJourneyContent,
  journeyMetaSchema,
  type JourneyMap,
  type UserId,
  type Workspace,
} from '@trailmap/domain';
import type { Store } from './types.js';

/**
 * The repository cases of comment threads, for every engine (run by store.pglite.test.ts and
 * store.postgres.test.ts). Every case makes its own workspace.
 */
export function runCommentStoreCases(name: string, open: () => Promise<Store>): void {
  describe(`${name} store: comments`, () => {
    let store: Store;
    beforeAll(async () => {
      store = await open();
    });
    afterAll(async () => {
      await store?.close();
    });

    let counter = 0;
    const setUp = async (): Promise<{
      workspace: Workspace;
      journey: JourneyMap;
      ann: UserId;
      bob: UserId;
    }> => {
      const n = ++counter;
      const workspace = await store.workspaces.create({ name: `Comments ${n}` });
      const journey = await store.journeys.create(workspace.id, {
        ...journeyMetaSchema.parse({ title: 'Buying shoes' }),
        ...createJourneyContent('see-think-do-care-love'),
      });
      const ann = await store.users.create({ email: `ann${n}@example.nl`, name: 'Ann', passwordHash: 'x' });
      const bob = await store.users.create({ email: `bob${n}@example.nl`, name: 'Bob', passwordHash: 'x' });
      return { workspace, journey, ann: ann.id, bob: bob.id };
    };

    it('a thread keeps its target and its comments oldest first; a reply moves updatedAt', async () => {
      const { workspace, journey, ann, bob } = await setUp();
      const phase = journey.phases[1]!;
      const thread = await store.comments.createThread(
        workspace.id,
        journey.id,
        { kind: 'phase', id: phase.id },
        { authorId: ann, body: 'Is Think really one phase?', mentions: [bob] },
      );
      expect(thread.status).toBe('open');
      expect(thread.target).toEqual({ kind: 'phase', id: phase.id });
      expect(thread.comments.map((c) => [c.authorId, c.body, c.mentions, c.editedAt])).toEqual([
        [ann, 'Is Think really one phase?', [bob], null],
      ]);
      const reply = await store.comments.addComment(workspace.id, thread.id, {
        authorId: bob,
        body: 'Two: searching and comparing.',
        mentions: [],
      });
      expect(reply?.threadId).toBe(thread.id);
      const read = await store.comments.getThread(workspace.id, thread.id);
      expect(read?.comments.map((c) => c.body)).toEqual([
        'Is Think really one phase?',
        'Two: searching and comparing.',
      ]);
      expect(read!.updatedAt >= thread.updatedAt).toBe(true);
      expect(await store.comments.countThreads(workspace.id, journey.id)).toBe(1);
    });

    it('resolve records who and when; reopen clears both; the status filter and mentions filter select', async () => {
      const { workspace, journey, ann, bob } = await setUp();
      const target = { kind: 'phase' as const, id: journey.phases[0]!.id };
      const first = await store.comments.createThread(workspace.id, journey.id, target, {
        authorId: ann,
        body: 'One',
        mentions: [],
      });
      const second = await store.comments.createThread(workspace.id, journey.id, target, {
        authorId: ann,
        body: 'Two, for @Bob',
        mentions: [bob],
      });
      const resolved = await store.comments.setStatus(workspace.id, first.id, 'resolved', bob);
      expect([resolved?.status, resolved?.resolvedBy, resolved?.resolvedAt !== null]).toEqual([
        'resolved',
        bob,
        true,
      ]);
      const ids = async (filter: Parameters<Store['comments']['listThreads']>[1]) =>
        (await store.comments.listThreads(workspace.id, filter)).map((t) => t.id);
      expect(await ids({ status: 'open' })).toEqual([second.id]);
      expect(await ids({ status: 'resolved' })).toEqual([first.id]);
      expect(await ids({})).toEqual([first.id, second.id]);
      expect(await ids({ mentioning: bob })).toEqual([second.id]);
      expect(await ids({ mentioning: ann })).toEqual([]);
      const reopened = await store.comments.setStatus(workspace.id, first.id, 'open', ann);
      expect([reopened?.status, reopened?.resolvedBy, reopened?.resolvedAt]).toEqual(['open', null, null]);
    });

    it("another workspace's thread reads as missing and cannot be changed", async () => {
      const { workspace, journey, ann } = await setUp();
      const other = await setUp();
      const thread = await store.comments.createThread(
        workspace.id,
        journey.id,
        { kind: 'phase', id: journey.phases[0]!.id },
        { authorId: ann, body: 'Mine', mentions: [] },
      );
      const commentId = thread.comments[0]!.id;
      expect(await store.comments.getThread(other.workspace.id, thread.id)).toBeNull();
      expect(await store.comments.listThreads(other.workspace.id)).toEqual([]);
      expect(
        await store.comments.addComment(other.workspace.id, thread.id, {
          authorId: ann,
          body: 'x',
          mentions: [],
        }),
      ).toBeNull();
      expect(await store.comments.setStatus(other.workspace.id, thread.id, 'resolved', ann)).toBeNull();
      expect(
        await store.comments.editComment(other.workspace.id, commentId, { body: 'x', mentions: [] }),
      ).toBeNull();
      expect(await store.comments.deleteComment(other.workspace.id, commentId)).toBe(false);
      expect((await store.comments.getThread(workspace.id, thread.id))?.comments[0]?.body).toBe('Mine');
    });

    it('an edit marks the comment edited; deleting the last comment deletes the thread', async () => {
      const { workspace, journey, ann, bob } = await setUp();
      const thread = await store.comments.createThread(
        workspace.id,
        journey.id,
        { kind: 'phase', id: journey.phases[0]!.id },
        { authorId: ann, body: 'Typo hre', mentions: [] },
      );
      const reply = await store.comments.addComment(workspace.id, thread.id, {
        authorId: bob,
        body: 'Agreed',
        mentions: [],
      });
      const edited = await store.comments.editComment(workspace.id, thread.comments[0]!.id, {
        body: 'Typo here',
        mentions: [bob],
      });
      expect([edited?.body, edited?.mentions, edited?.editedAt !== null]).toEqual(['Typo here', [bob], true]);
      expect(await store.comments.deleteComment(workspace.id, thread.comments[0]!.id)).toBe(true);
      expect((await store.comments.getThread(workspace.id, thread.id))?.comments.map((c) => c.body)).toEqual([
        'Agreed',
      ]);
      expect(await store.comments.deleteComment(workspace.id, reply!.id)).toBe(true);
      expect(await store.comments.getThread(workspace.id, thread.id)).toBeNull();
    });

    it('deleting the map deletes its threads and comments', async () => {
      const { workspace, journey, ann } = await setUp();
      const thread = await store.comments.createThread(
        workspace.id,
        journey.id,
        { kind: 'phase', id: journey.phases[0]!.id },
        { authorId: ann, body: 'Gone soon', mentions: [] },
      );
      await store.journeys.delete(workspace.id, journey.id);
      expect(await store.comments.getThread(workspace.id, thread.id)).toBeNull();
      expect(await store.comments.getComment(workspace.id, thread.comments[0]!.id)).toBeNull();
    });
  });
}
