import { DuplicateError, type Store } from '@trailmap/db';
import { emailSchema, nameText, passwordSchema, type User } from '@trailmap/domain';
import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import type { AppContext } from '../app.js';
import { hashPassword, verifyPassword } from '../auth/hashPassword.js';
import { requireUser } from '../auth/principal.js';
import { SESSION_COOKIE } from '../auth/resolvePrincipal.js';
import { createSecret, hashSecret } from '../auth/tokens.js';
import { conflict, forbidden, HttpError, tooManyRequests } from '../http/errors.js';
import type { Api } from '../http/types.js';

export const SESSION_DAYS = 30;
const credentials = z.object({ email: emailSchema, password: passwordSchema });
const userView = z.object({ id: z.string(), email: z.string(), name: z.string(), createdAt: z.string() });

/** Adds the user to every workspace that invited their e-mail; gives them their own workspace when they have none. */
async function settleNewUser(store: Store, user: User): Promise<void> {
  const invitations = await store.invitations.listForEmail(user.email);
  for (const invitation of invitations) {
    await store.memberships.add(invitation.workspaceId, user.id, invitation.role);
    await store.invitations.delete(invitation.workspaceId, invitation.id);
  }
  if (invitations.length === 0) {
    const workspace = await store.workspaces.create({ name: `${user.name}'s workspace` });
    await store.memberships.add(workspace.id, user.id, 'owner');
  }
}

async function startSession(store: Store, reply: FastifyReply, userId: User['id'], secure: boolean) {
  const token = createSecret();
  const expiresAt = new Date(Date.now() + SESSION_DAYS * 24 * 3600 * 1000);
  await store.sessions.create({ tokenHash: hashSecret(token), userId, expiresAt: expiresAt.toISOString() });
  reply.setCookie(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'lax',
    secure,
    path: '/',
    expires: expiresAt,
  });
}

export function registerAuthRoutes(api: Api, { store, options, signInLimiter }: AppContext) {
  const secure = options.secureCookies ?? false;

  api.post(
    '/api/auth/sign-up',
    {
      schema: {
        tags: ['auth'],
        summary:
          'Create an account and sign in. The first user of an empty install owns the first workspace.',
        security: [],
        body: credentials.extend({ name: nameText.optional() }),
        response: { 201: z.object({ user: userView }) },
      },
    },
    async (request, reply) => {
      const { email, password } = request.body;
      const name = request.body.name ?? email.split('@')[0] ?? email;
      if (options.signUp === 'invite-only' && (await store.users.count()) > 0) {
        const invitations = await store.invitations.listForEmail(email);
        if (invitations.length === 0) throw forbidden('sign-up is by invitation only on this server');
      }
      const passwordHash = await hashPassword(password);
      let user: User;
      try {
        user = await store.transaction(async (tx) => {
          const created = await tx.users.create({ email, name, passwordHash });
          await settleNewUser(tx, created);
          return created;
        });
      } catch (err) {
        if (err instanceof DuplicateError)
          throw conflict('email-taken', 'an account with this e-mail exists; sign in instead');
        throw err;
      }
      await startSession(store, reply, user.id, secure);
      return reply.code(201).send({ user });
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
      const limitKey = `${email}|${request.ip}`;
      if (signInLimiter.isBlocked(limitKey))
        throw tooManyRequests('too many failed sign-ins; wait 15 minutes');
      const found = await store.users.findByEmail(email);
      // Verify against a dummy hash when the user does not exist, so timing does not reveal accounts.
      const ok = await verifyPassword(password, found?.passwordHash ?? DUMMY_HASH);
      if (!found || !ok) {
        signInLimiter.recordFailure(limitKey);
        throw new HttpError(401, 'invalid-credentials', 'e-mail or password is wrong');
      }
      signInLimiter.reset(limitKey);
      await startSession(store, reply, found.id, secure);
      const { passwordHash: _passwordHash, ...user } = found;
      return { user };
    },
  );

  api.post(
    '/api/auth/sign-out',
    { schema: { tags: ['auth'], summary: 'End the current session', response: { 204: z.null() } } },
    async (request, reply) => {
      if (request.principal?.kind === 'user') await store.sessions.delete(request.principal.sessionTokenHash);
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
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
