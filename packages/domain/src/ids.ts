import { z } from 'zod';

/** A string id that carries the record type it belongs to, so ids of different records cannot be mixed up. */
export type Id<Brand extends string> = string & { readonly __brand: Brand };

const ALPHABET = '0123456789abcdefghijkmnpqrstuvwxyz';

/** Prefixes make ids readable in logs and URLs: `jrn_4k2x…` is a journey map. */
export const ID_PREFIX = {
  user: 'usr',
  workspace: 'wks',
  membership: 'mbr',
  apiKey: 'key',
  persona: 'prs',
  journey: 'jrn',
  phase: 'phs',
  lane: 'lan',
  touchpoint: 'tpt',
  painPoint: 'pnp',
  idea: 'ida',
  invitation: 'inv',
  shareLink: 'shr',
  dataset: 'dst',
  project: 'prj',
  projectKpi: 'kpi',
  commentThread: 'cth',
  comment: 'cmt',
} as const;
export type IdKind = keyof typeof ID_PREFIX;

/** Creates a new random id (96 bits of randomness) of the given kind. Works in Node and in the browser. */
export function createId<K extends IdKind>(kind: K): Id<K> {
  const bytes = new Uint8Array(16);
  globalThis.crypto.getRandomValues(bytes);
  let out = '';
  for (const b of bytes) out += ALPHABET[b % ALPHABET.length];
  return `${ID_PREFIX[kind]}_${out}` as Id<K>;
}

/** A zod validator for an id of one kind: checks the prefix and the alphabet. */
export function idSchema<K extends IdKind>(kind: K) {
  const pattern = new RegExp(`^${ID_PREFIX[kind]}_[0-9a-z]{6,40}$`);
  return z
    .string()
    .regex(pattern, `must be a ${kind} id (${ID_PREFIX[kind]}_…)`)
    .transform((s) => s as Id<K>);
}

export type UserId = Id<'user'>;
export type WorkspaceId = Id<'workspace'>;
export type ApiKeyId = Id<'apiKey'>;
export type PersonaId = Id<'persona'>;
export type JourneyId = Id<'journey'>;
export type PhaseId = Id<'phase'>;
export type LaneId = Id<'lane'>;
export type TouchpointId = Id<'touchpoint'>;
export type PainPointId = Id<'painPoint'>;
export type IdeaId = Id<'idea'>;
export type InvitationId = Id<'invitation'>;
export type ShareLinkId = Id<'shareLink'>;
export type DatasetId = Id<'dataset'>;
export type ProjectId = Id<'project'>;
export type ProjectKpiId = Id<'projectKpi'>;
export type CommentThreadId = Id<'commentThread'>;
export type CommentId = Id<'comment'>;
