import { and, asc, count, eq, inArray, sql, type SQL } from 'drizzle-orm';
import {
  createId,
  type Comment,
  type CommentId,
  type CommentTarget,
  type CommentThread,
  type CommentThreadId,
  type JourneyId,
  type UserId,
  type WorkspaceId,
} from '@trailmap/domain';
import { toIso, type Database } from '../database.js';
import { commentThreads, comments } from '../schema.js';
import type { CommentsRepository } from '../types.js';

type ThreadRow = typeof commentThreads.$inferSelect;
type CommentRow = typeof comments.$inferSelect;

function toComment(row: CommentRow): Comment {
  return {
    id: row.id as CommentId,
    threadId: row.threadId as CommentThreadId,
    authorId: row.authorId as UserId | null,
    body: row.body,
    mentions: row.mentions,
    createdAt: toIso(row.createdAt),
    editedAt: row.editedAt ? toIso(row.editedAt) : null,
  };
}

function toThread(row: ThreadRow, threadComments: Comment[]): CommentThread {
  return {
    id: row.id as CommentThreadId,
    workspaceId: row.workspaceId as WorkspaceId,
    journeyId: row.journeyId as JourneyId,
    target: { kind: row.targetKind, id: row.targetId } as CommentTarget,
    status: row.status,
    resolvedAt: row.resolvedAt ? toIso(row.resolvedAt) : null,
    resolvedBy: row.resolvedBy as UserId | null,
    createdAt: toIso(row.createdAt),
    updatedAt: toIso(row.updatedAt),
    comments: threadComments,
  };
}

export function createCommentsRepository(db: Database): CommentsRepository {
  const threadById = (workspaceId: WorkspaceId, id: CommentThreadId) =>
    and(eq(commentThreads.workspaceId, workspaceId), eq(commentThreads.id, id));

  /** The threads with their comments, in the order of `rows`. */
  async function withComments(rows: ThreadRow[]): Promise<CommentThread[]> {
    if (rows.length === 0) return [];
    const commentRows = await db
      .select()
      .from(comments)
      .where(
        inArray(
          comments.threadId,
          rows.map((r) => r.id),
        ),
      )
      .orderBy(asc(comments.createdAt), asc(comments.id));
    const byThread = new Map<string, Comment[]>();
    for (const row of commentRows) {
      const list = byThread.get(row.threadId) ?? [];
      list.push(toComment(row));
      byThread.set(row.threadId, list);
    }
    return rows.map((row) => toThread(row, byThread.get(row.id) ?? []));
  }

  async function insertComment(workspaceId: WorkspaceId, threadId: string, comment: NewCommentRow, at: Date) {
    const [row] = await db
      .insert(comments)
      .values({
        id: createId('comment'),
        workspaceId,
        threadId,
        authorId: comment.authorId,
        body: comment.body,
        mentions: [...comment.mentions],
        createdAt: at,
      })
      .returning();
    if (!row) throw new Error('comment insert returned no row');
    return toComment(row);
  }

  return {
    async createThread(workspaceId, journeyId, target, first) {
      const now = new Date();
      const [row] = await db
        .insert(commentThreads)
        .values({
          id: createId('commentThread'),
          workspaceId,
          journeyId,
          targetKind: target.kind,
          targetId: target.id,
          status: 'open',
          createdAt: now,
          updatedAt: now,
        })
        .returning();
      if (!row) throw new Error('comment thread insert returned no row');
      const comment = await insertComment(workspaceId, row.id, first, now);
      return toThread(row, [comment]);
    },
    async getThread(workspaceId, threadId) {
      const [row] = await db.select().from(commentThreads).where(threadById(workspaceId, threadId));
      return row ? ((await withComments([row]))[0] ?? null) : null;
    },
    async listThreads(workspaceId, filter = {}) {
      const conditions: SQL[] = [eq(commentThreads.workspaceId, workspaceId)];
      if (filter.journeyId) conditions.push(eq(commentThreads.journeyId, filter.journeyId));
      if (filter.status) conditions.push(eq(commentThreads.status, filter.status));
      if (filter.mentioning)
        conditions.push(
          sql`exists (select 1 from ${comments} where ${comments.threadId} = ${commentThreads.id} and ${comments.mentions} @> ${JSON.stringify([filter.mentioning])}::jsonb)`,
        );
      const rows = await db
        .select()
        .from(commentThreads)
        .where(and(...conditions))
        .orderBy(asc(commentThreads.createdAt), asc(commentThreads.id));
      return withComments(rows);
    },
    async countThreads(workspaceId, journeyId) {
      const [row] = await db
        .select({ n: count() })
        .from(commentThreads)
        .where(and(eq(commentThreads.workspaceId, workspaceId), eq(commentThreads.journeyId, journeyId)));
      return Number(row?.n ?? 0);
    },
    async addComment(workspaceId, threadId, comment) {
      const now = new Date();
      const [thread] = await db
        .update(commentThreads)
        .set({ updatedAt: now })
        .where(threadById(workspaceId, threadId))
        .returning({ id: commentThreads.id });
      if (!thread) return null;
      return insertComment(workspaceId, thread.id, comment, now);
    },
    async setStatus(workspaceId, threadId, status, by) {
      const now = new Date();
      const [row] = await db
        .update(commentThreads)
        .set({
          status,
          resolvedAt: status === 'resolved' ? now : null,
          resolvedBy: status === 'resolved' ? by : null,
          updatedAt: now,
        })
        .where(threadById(workspaceId, threadId))
        .returning();
      return row ? ((await withComments([row]))[0] ?? null) : null;
    },
    async getComment(workspaceId, commentId) {
      const [row] = await db
        .select()
        .from(comments)
        .where(and(eq(comments.workspaceId, workspaceId), eq(comments.id, commentId)));
      return row ? toComment(row) : null;
    },
    async editComment(workspaceId, commentId, change) {
      const [row] = await db
        .update(comments)
        .set({ body: change.body, mentions: [...change.mentions], editedAt: new Date() })
        .where(and(eq(comments.workspaceId, workspaceId), eq(comments.id, commentId)))
        .returning();
      return row ? toComment(row) : null;
    },
    async deleteComment(workspaceId, commentId) {
      const [deleted] = await db
        .delete(comments)
        .where(and(eq(comments.workspaceId, workspaceId), eq(comments.id, commentId)))
        .returning({ threadId: comments.threadId });
      if (!deleted) return false;
      const [left] = await db
        .select({ n: count() })
        .from(comments)
        .where(eq(comments.threadId, deleted.threadId));
      if (Number(left?.n ?? 0) === 0)
        await db.delete(commentThreads).where(eq(commentThreads.id, deleted.threadId));
      return true;
    },
  };
}

type NewCommentRow = { authorId: UserId; body: string; mentions: readonly UserId[] };
