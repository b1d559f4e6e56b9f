import { DuplicateError, type Store } from '@trailmap/db';
import { emailSchema, nameText, passwordSchema, type User, type WorkspaceId } from '@trailmap/domain';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { AppContext } from '../app.js';
import {
  describePasswordProblem,
  findPasswordProblem,
  type PasswordProblemCode,
} from '../auth/checkPasswordPolicy.js';
import { decideSignUp } from '../auth/decideSignUp.js';
import { hashPassword, verifyPassword } from '../auth/hashPassword.js';
import type { AttemptLimiter } from '../auth/limitAttempts.js';
import { requireUser } from '../auth/principal.js';
import { clearSessionCookie, setSessionCookie, type CookieSettings } from '../auth/sessionCookie.js';
import { createSecret, hashSecret } from '../auth/tokens.js';
import { conflict, forbidden, HttpError } from '../http/errors.js';
import type { Api } from '../http/types.js';

export const SESSION_DAYS = 30;
const credentials = z.object({ email: emailSchema, password: passwordSchema });
export const userView = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  isAdmin: z.boolean(),
  createdAt: z.string(),
});
/** An invite link's token (as in `/invite/<token>`). */
export const inviteTokenSchema = z.string().min(1).max(200);

/** 429 with `Retry-After` when any of the limiters blocks its key. */
function enforceLimits(reply: FastifyReply, checks: [AttemptLimiter, string][], message: string): void {
  const wait = Math.max(...checks.map(([limiter, key]) => limiter.retryAfterSeconds(key)));
  if (wait > 0) {
    reply.header('retry-after', String(wait));
    throw new HttpError(429, 'too-many-requests', `${message}; try again in ${Math.ceil(wait / 60)} min`, {
      retryAfterSeconds: wait,
    });
  }
}

/** 400 at `body.password`; the issue's `code` says why, for apps to say it in the user's language. */
function refusePassword(problem: PasswordProblemCode): HttpError {
  const { code, message } = describePasswordProblem(problem);
  return new HttpError(400, 'validation', `body.password: ${message}`, {
    issues: [{ path: 'body.password', message, code }],
  });
}

/** A new user: joins the workspace of the invite link they used, or gets a workspace of their own. */
async function settleNewUser(
  store: Store,
  user: User,
  invitation: { token: string } | null,
): Promise<WorkspaceId> {
  if (invitation) {
    const taken = await store.invitations.takeByTokenHash(hashSecret(invitation.token), new Date());
    if (!taken) throw inviteLinkGone();
    await store.memberships.add(taken.workspaceId, user.id, taken.role);
    return taken.workspaceId;
  }
  const workspace = await store.workspaces.create({ name: `${user.name}'s workspace` });
  await store.memberships.add(workspace.id, user.id, 'owner');
  return workspace.id;
}

export const inviteLinkGone = () =>
  new HttpError(
    404,
    'invitation-not-found',
    'this invite link is unknown, used or expired; ask the workspace owner for a new one',
  );

export async function startSession(
  store: Store,
  request: FastifyRequest,
  reply: FastifyReply,
  userId: User['id'],
  cookies: CookieSettings,
) {
  const token = createSecret();
  const expiresAt = new Date(Date.now() + SESSION_DAYS * 24 * 3600 * 1000);
  await store.sessions.create({ tokenHash: hashSecret(token), userId, expiresAt: expiresAt.toISOString() });
  setSessionCookie(request, reply, token, expiresAt, cookies);
}

export function registerAuthRoutes(api: Api, { store, limiters, cookies, signUpPolicy }: AppContext) {
  api.post(
    '/api/auth/sign-up',
    {
      schema: {
        tags: ['auth'],
        summary:
          "Create an account and sign in. Who may depends on the sign-up policy (`GET /api/config`); with an invite link's token in `invitation` the new user joins that workspace. The first user of an empty install becomes its admin and owns the first workspace.",
        security: [],
        body: credentials.extend({
          name: nameText.optional(),
          invitation: inviteTokenSchema.optional().describe('the token of an invite link (/invite/<token>)'),
        }),
        response: {
          201: z.object({
            user: userView,
            workspaceId: z
              .string()
              .describe('the workspace the new user landed in (their own, or the invite’s)'),
          }),
        },
      },
    },
    async (request, reply) => {
      const { email, password, invitation } = request.body;
      // An invite link is a capability an owner handed out, so sign-ups through one are not capped per
      // client (a workshop behind one office address); the rest are.
      if (!invitation)
        enforceLimits(reply, [[limiters.signUpPerClient, request.ip]], 'too many sign-ups from your address');
      const name = request.body.name ?? email.split('@')[0] ?? email;
      const problem = findPasswordProblem(password, email);
      if (problem) throw refusePassword(problem);
      const installHasUsers = (await store.users.count()) > 0;
      const validInvitation = invitation
        ? await store.invitations.findByTokenHash(hashSecret(invitation), new Date())
        : null;
      if (invitation && !validInvitation) throw inviteLinkGone();
      const decision = decideSignUp(signUpPolicy, {
        email,
        installHasUsers,
        hasValidInvitation: validInvitation !== null,
      });
      if (!decision.allowed) throw forbidden(decision.reason);
      const passwordHash = await hashPassword(password);
      // Every account made (or address found taken) without an invite link counts against the client's limit.
      if (!invitation) limiters.signUpPerClient.record(request.ip);
      let user: User;
      let workspaceId: WorkspaceId;
      try {
        ({ user, workspaceId } = await store.transaction(async (tx) => {
          const isAdmin = (await tx.users.count()) === 0;
          const created = await tx.users.create({ email, name, passwordHash, isAdmin });
          const landed = await settleNewUser(tx, created, invitation ? { token: invitation } : null);
          return { user: created, workspaceId: landed };
        }));
      } catch (err) {
        if (err instanceof DuplicateError)
          throw conflict('email-taken', 'an account with this e-mail exists; sign in instead');
        throw err;
      }
      await startSession(store, request, reply, user.id, cookies);
      return reply.code(201).send({ user, workspaceId });
    },
  );

  api.post(
    '/api/auth/sign-in',
    {
      schema: {
        tags: ['auth'],
        summary: 'Sign in; sets an httpOnly session cookie',
        security: [],
        body: credentials,
        response: { 200: z.object({ user: userView }) },
      },
    },
    async (request, reply) => {
      const { email, password } = request.body;
      const checks: [AttemptLimiter, string][] = [
        [limiters.signInPerAccountAndClient, `${email}|${request.ip}`],
        [limiters.signInPerAccount, email],
        [limiters.signInPerClient, request.ip],
      ];
      enforceLimits(reply, checks, 'too many failed sign-ins');
      const found = await store.users.findByEmail(email);
      // Verify against a dummy hash when the user does not exist, so timing does not reveal accounts.
      const ok = await verifyPassword(password, found?.passwordHash ?? DUMMY_HASH);
      if (!found || !ok) {
        for (const [limiter, key] of checks) limiter.record(key);
        throw new HttpError(401, 'invalid-credentials', 'e-mail or password is wrong');
      }
      limiters.signInPerAccountAndClient.reset(`${email}|${request.ip}`);
      await startSession(store, request, reply, found.id, cookies);
      const { passwordHash: _passwordHash, ...user } = found;
      return { user };
    },
  );

  api.post(
    '/api/auth/sign-out',
    { schema: { tags: ['auth'], summary: 'End the current session', response: { 204: z.null() } } },
    async (request, reply) => {
      if (request.principal?.kind === 'user') await store.sessions.delete(request.principal.sessionTokenHash);
      clearSessionCookie(request, reply, cookies);
      return reply.code(204).send(null);
    },
  );

  api.get(
    '/api/auth/me',
    {
      schema: {
        tags: ['auth'],
        summary: 'The signed-in user',
        response: { 200: z.object({ user: userView }) },
      },
    },
    async (request) => ({ user: requireUser(request.principal).user }),
  );
}

/** A valid scrypt hash of a random password, used to spend the same time on unknown e-mails. */
const DUMMY_HASH = await hashPassword(createSecret());
