import {
  COMMENT_LIMITS,
  COMMENT_THREAD_STATUSES,
  commentInputSchema,
  commentTargetSchema,
  idSchema,
  type CommentThreadStatus,
  type UserId,
} from '@trailmap/domain';
import { z } from 'zod';
import type { AppContext } from '../app.js';
import { authorizeWorkspace } from '../auth/principal.js';
import { authorizeCommenter } from '../comments/authorizeCommenter.js';
import { checkCommentTarget } from '../comments/checkCommentTarget.js';
import { checkMentions } from '../comments/checkMentions.js';
import { describeThreads } from '../comments/describeThreads.js';
import { conflict, forbidden, notFound } from '../http/errors.js';
import { journeyParams, workspaceParams } from '../http/params.js';
import type { Api } from '../http/types.js';

const threadParams = workspaceParams.extend({ threadId: idSchema('commentThread') });
const messageParams = threadParams.extend({ commentId: idSchema('comment') });

const statusFilter = z
  .enum([...COMMENT_THREAD_STATUSES, 'all'])
  .default('open')
  .describe('open (the default), resolved or all threads');

const newThreadSchema = commentInputSchema.extend({ target: commentTargetSchema }).strict();
const threadPatchSchema = z.object({ status: z.enum(COMMENT_THREAD_STATUSES) }).strict();

/**
 * Comment threads on a map's cards and phases (docs/api.md, "Comments"): any member writes them (a key
 * needs write scope and writes as its creator); editors, owners and a thread's author resolve and reopen
 * it; a message is changed by its author and deleted by its author or an owner.
 */
export function registerCommentRoutes(api: Api, { store }: AppContext) {
  api.get(
    '/api/workspaces/:workspaceId/comments',
    {
      schema: {
        tags: ['comments'],
        summary: "The workspace's comment threads (open ones unless status says otherwise), oldest first",
        params: workspaceParams,
        querystring: z.object({
          status: statusFilter,
          journeyId: idSchema('journey').optional().describe('only the threads of this map'),
          mentioning: z
            .union([z.literal('me'), idSchema('user')])
            .optional()
            .describe('only threads mentioning this member (me: the caller)'),
        }),
      },
    },
    async (request) => {
      const { workspaceId } = request.params;
      await authorizeWorkspace(store, request.principal, workspaceId, 'read');
      const { status, journeyId, mentioning } = request.query;
      const principal = request.principal!;
      const me = principal.kind === 'user' ? principal.user.id : principal.key.createdBy;
      const threads = await store.comments.listThreads(workspaceId, {
        ...(status !== 'all' ? { status } : {}),
        ...(journeyId ? { journeyId } : {}),
        ...(mentioning ? { mentioning: mentioning === 'me' ? me : (mentioning as UserId) } : {}),
      });
      return { threads: await describeThreads(store, workspaceId, threads) };
    },
  );

  api.get(
    '/api/workspaces/:workspaceId/journeys/:journeyId/comments',
    {
      schema: {
        tags: ['comments'],
        summary: "A map's comment threads (open ones unless status says otherwise), oldest first",
        params: journeyParams,
        querystring: z.object({ status: statusFilter }),
      },
    },
    async (request) => {
      const { workspaceId, journeyId } = request.params;
      await authorizeWorkspace(store, request.principal, workspaceId, 'read');
      if (!(await store.journeys.get(workspaceId, journeyId))) throw notFound('journey');
      const { status } = request.query;
      const threads = await store.comments.listThreads(workspaceId, {
        journeyId,
        ...(status !== 'all' ? { status } : {}),
      });
      return { threads: await describeThreads(store, workspaceId, threads) };
    },
  );

  api.post(
    '/api/workspaces/:workspaceId/journeys/:journeyId/comments',
    {
      schema: {
        tags: ['comments'],
        summary: 'Start a comment thread on a card or phase of the map (any member)',
        params: journeyParams,
        body: newThreadSchema,
      },
    },
    async (request, reply) => {
      const { workspaceId, journeyId } = request.params;
      const { userId } = await authorizeCommenter(store, request.principal, workspaceId);
      const { target, body, mentions } = request.body;
      const thread = await store.transaction(async (tx) => {
        const journey = await tx.journeys.get(workspaceId, journeyId);
        if (!journey) throw notFound('journey');
        checkCommentTarget(journey, target);
        await checkMentions(tx, workspaceId, mentions);
        if ((await tx.comments.countThreads(workspaceId, journeyId)) >= COMMENT_LIMITS.threadsPerJourney)
          throw conflict(
            'comment-limit',
            `a map has at most ${COMMENT_LIMITS.threadsPerJourney} comment threads; delete resolved ones first`,
          );
        return tx.comments.createThread(workspaceId, journeyId, target, { authorId: userId, body, mentions });
      });
      const [view] = await describeThreads(store, workspaceId, [thread]);
      return reply.code(201).send({ thread: view });
    },
  );

  api.get(
    '/api/workspaces/:workspaceId/comments/:threadId',
    { schema: { tags: ['comments'], summary: 'One comment thread', params: threadParams } },
    async (request) => {
      const { workspaceId, threadId } = request.params;
      await authorizeWorkspace(store, request.principal, workspaceId, 'read');
      const thread = await store.comments.getThread(workspaceId, threadId);
      if (!thread) throw notFound('comment thread');
      const [view] = await describeThreads(store, workspaceId, [thread]);
      return { thread: view };
    },
  );

  api.patch(
    '/api/workspaces/:workspaceId/comments/:threadId',
    {
      schema: {
        tags: ['comments'],
        summary: "Resolve or reopen a thread (editors, owners and the thread's author)",
        params: threadParams,
        body: threadPatchSchema,
      },
    },
    async (request) => {
      const { workspaceId, threadId } = request.params;
      const { userId, role } = await authorizeCommenter(store, request.principal, workspaceId);
      const status: CommentThreadStatus = request.body.status;
      const thread = await store.transaction(async (tx) => {
        const current = await tx.comments.getThread(workspaceId, threadId);
        if (!current) throw notFound('comment thread');
        if (role === 'viewer' && current.comments[0]?.authorId !== userId)
          throw forbidden("only editors, owners and the thread's author resolve or reopen it");
        if (current.status === status) return current;
        return (await tx.comments.setStatus(workspaceId, threadId, status, userId))!;
      });
      const [view] = await describeThreads(store, workspaceId, [thread]);
      return { thread: view };
    },
  );

  api.post(
    '/api/workspaces/:workspaceId/comments/:threadId/messages',
    {
      schema: {
        tags: ['comments'],
        summary: 'Reply in a thread (any member); a reply to a resolved thread reopens it',
        params: threadParams,
        body: commentInputSchema,
      },
    },
    async (request, reply) => {
      const { workspaceId, threadId } = request.params;
      const { userId } = await authorizeCommenter(store, request.principal, workspaceId);
      const { body, mentions } = request.body;
      const thread = await store.transaction(async (tx) => {
        const current = await tx.comments.getThread(workspaceId, threadId);
        if (!current) throw notFound('comment thread');
        await checkMentions(tx, workspaceId, mentions);
        if (current.comments.length >= COMMENT_LIMITS.commentsPerThread)
          throw conflict(
            'comment-limit',
            `a thread has at most ${COMMENT_LIMITS.commentsPerThread} comments; start a new one`,
          );
        await tx.comments.addComment(workspaceId, threadId, { authorId: userId, body, mentions });
        if (current.status === 'resolved') await tx.comments.setStatus(workspaceId, threadId, 'open', userId);
        return (await tx.comments.getThread(workspaceId, threadId))!;
      });
      const [view] = await describeThreads(store, workspaceId, [thread]);
      return reply.code(201).send({ thread: view });
    },
  );

  api.patch(
    '/api/workspaces/:workspaceId/comments/:threadId/messages/:commentId',
    {
      schema: {
        tags: ['comments'],
        summary: 'Change the text of your own comment',
        params: messageParams,
        body: commentInputSchema,
      },
    },
    async (request) => {
      const { workspaceId, threadId, commentId } = request.params;
      const { userId } = await authorizeCommenter(store, request.principal, workspaceId);
      const { body, mentions } = request.body;
      const thread = await store.transaction(async (tx) => {
        const current = await tx.comments.getComment(workspaceId, commentId);
        if (!current || current.threadId !== threadId) throw notFound('comment');
        if (current.authorId !== userId) throw forbidden('only its author changes a comment');
        await checkMentions(tx, workspaceId, mentions);
        await tx.comments.editComment(workspaceId, commentId, { body, mentions });
        return (await tx.comments.getThread(workspaceId, threadId))!;
      });
      const [view] = await describeThreads(store, workspaceId, [thread]);
      return { thread: view };
    },
  );

  api.delete(
    '/api/workspaces/:workspaceId/comments/:threadId/messages/:commentId',
    {
      schema: {
        tags: ['comments'],
        summary: 'Delete a comment (its author or an owner); a thread left without comments goes with it',
        params: messageParams,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      const { workspaceId, threadId, commentId } = request.params;
      const { userId, role } = await authorizeCommenter(store, request.principal, workspaceId);
      await store.transaction(async (tx) => {
        const current = await tx.comments.getComment(workspaceId, commentId);
        if (!current || current.threadId !== threadId) throw notFound('comment');
        if (current.authorId !== userId && role !== 'owner')
          throw forbidden('only its author or an owner deletes a comment');
        await tx.comments.deleteComment(workspaceId, commentId);
      });
      return reply.code(204).send(null);
    },
  );
}
