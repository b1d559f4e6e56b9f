import { z } from 'zod';
import {
  idSchema,
  type CommentId,
  type CommentThreadId,
  type JourneyId,
  type UserId,
  type WorkspaceId,
} from '../ids.js';

/** What a comment thread is about: a card or a phase of a map. */
export const COMMENT_TARGET_KINDS = ['touchpoint', 'phase', 'painPoint', 'idea'] as const;
export type CommentTargetKind = (typeof COMMENT_TARGET_KINDS)[number];

/** Explicit limits of comments. */
export const COMMENT_LIMITS = {
  /** Characters of one comment. */
  body: 4_000,
  /** Members one comment mentions. */
  mentions: 20,
  /** Threads on one map (open and resolved). */
  threadsPerJourney: 2_000,
  /** Comments in one thread (the first and its replies). */
  commentsPerThread: 200,
} as const;

export const commentTargetSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('touchpoint'), id: idSchema('touchpoint') }).strict(),
  z.object({ kind: z.literal('phase'), id: idSchema('phase') }).strict(),
  z.object({ kind: z.literal('painPoint'), id: idSchema('painPoint') }).strict(),
  z.object({ kind: z.literal('idea'), id: idSchema('idea') }).strict(),
]);
export type CommentTarget = z.infer<typeof commentTargetSchema>;

/** A comment's text: not blank, at most `COMMENT_LIMITS.body` characters. */
export const commentBodySchema = z
  .string()
  .max(COMMENT_LIMITS.body)
  .refine((text) => text.trim() !== '', 'must not be empty');

/** The members a comment mentions (user ids, each once). */
export const commentMentionsSchema = z
  .array(idSchema('user'))
  .max(COMMENT_LIMITS.mentions)
  .refine((ids) => new Set(ids).size === ids.length, 'must not mention a member twice')
  .default([]);

/** What a new comment sends. */
export const commentInputSchema = z
  .object({ body: commentBodySchema, mentions: commentMentionsSchema })
  .strict();
export type CommentInput = z.infer<typeof commentInputSchema>;

export const COMMENT_THREAD_STATUSES = ['open', 'resolved'] as const;
export type CommentThreadStatus = (typeof COMMENT_THREAD_STATUSES)[number];

/** One comment of a thread. Its author is null once they left the workspace's users. */
export interface Comment {
  id: CommentId;
  threadId: CommentThreadId;
  authorId: UserId | null;
  body: string;
  mentions: UserId[];
  createdAt: string;
  /** When its author last changed the text, or null. */
  editedAt: string | null;
}

/** A conversation on one card or phase of a map: open until someone resolves it, and reopenable. */
export interface CommentThread {
  id: CommentThreadId;
  workspaceId: WorkspaceId;
  journeyId: JourneyId;
  target: CommentTarget;
  status: CommentThreadStatus;
  resolvedAt: string | null;
  resolvedBy: UserId | null;
  createdAt: string;
  updatedAt: string;
  /** Oldest first; the first one opened the thread. */
  comments: Comment[];
}
