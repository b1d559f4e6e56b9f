import { emailSchema, roleSchema, type Role } from '@trailmap/domain';
import { z } from 'zod';
import type { AppContext } from '../app.js';
import { authorizeWorkspace, requireUser } from '../auth/principal.js';
import { conflict, notFound } from '../http/errors.js';
import { invitationParams, memberParams, workspaceParams } from '../http/params.js';
import type { Api } from '../http/types.js';

const memberView = z.object({
  userId: z.string(),
  email: z.string(),
  name: z.string(),
  role: roleSchema,
  createdAt: z.string(),
});
const invitationView = z.object({
  id: z.string(),
  email: z.string(),
  role: roleSchema,
  invitedBy: z.string(),
  createdAt: z.string(),
});

export function registerMemberRoutes(api: Api, { store }: AppContext) {
  api.get(
    '/api/workspaces/:workspaceId/members',
    {
      schema: {
        tags: ['members'],
        summary: 'Members and open invitations',
        params: workspaceParams,
        response: { 200: z.object({ members: z.array(memberView), invitations: z.array(invitationView) }) },
      },
    },
    async (request) => {
      const { workspaceId } = request.params;
      await authorizeWorkspace(store, request.principal, workspaceId, 'read');
      const [members, invitations] = await Promise.all([
        store.memberships.list(workspaceId),
        store.invitations.listForWorkspace(workspaceId),
      ]);
      return { members, invitations };
    },
  );

  api.post(
    '/api/workspaces/:workspaceId/members',
    {
      schema: {
        tags: ['members'],
        summary:
          'Invite by e-mail (owner). An existing account becomes a member at once (201); otherwise an invitation waits for that e-mail to sign up (202).',
        params: workspaceParams,
        body: z.object({ email: emailSchema, role: roleSchema }),
        response: {
          201: z.object({ member: memberView }),
          202: z.object({ invitation: invitationView }),
        },
      },
    },
    async (request, reply) => {
      const { workspaceId } = request.params;
      await authorizeWorkspace(store, request.principal, workspaceId, 'own');
      const { user: inviter } = requireUser(request.principal);
      const { email, role } = request.body;
      const existing = await store.users.findByEmail(email);
      if (existing) {
        if (await store.memberships.get(workspaceId, existing.id)) {
          throw conflict('already-member', `${email} is already a member; change the role instead`);
        }
        const membership = await store.memberships.add(workspaceId, existing.id, role);
        return reply
          .code(201)
          .send({ member: { ...membership, email: existing.email, name: existing.name } });
      }
      const invitation = await store.invitations.upsert({ workspaceId, email, role, invitedBy: inviter.id });
      return reply.code(202).send({ invitation });
    },
  );

  /** Refuses a change that would leave the workspace without an owner. */
  async function assertOwnerRemains(
    workspaceId: Parameters<typeof store.memberships.countOwners>[0],
    current: Role,
  ) {
    if (current === 'owner' && (await store.memberships.countOwners(workspaceId)) <= 1) {
      throw conflict('last-owner', 'a workspace needs at least one owner; make someone else owner first');
    }
  }

  api.patch(
    '/api/workspaces/:workspaceId/members/:userId',
    {
      schema: {
        tags: ['members'],
        summary: "Change a member's role (owner)",
        params: memberParams,
        body: z.object({ role: roleSchema }),
        response: { 200: z.object({ member: memberView }) },
      },
    },
    async (request) => {
      const { workspaceId, userId } = request.params;
      await authorizeWorkspace(store, request.principal, workspaceId, 'own');
      const current = await store.memberships.get(workspaceId, userId);
      if (!current) throw notFound('member');
      if (request.body.role !== 'owner') await assertOwnerRemains(workspaceId, current.role);
      await store.memberships.setRole(workspaceId, userId, request.body.role);
      const member = (await store.memberships.list(workspaceId)).find((m) => m.userId === userId);
      if (!member) throw notFound('member');
      return { member };
    },
  );

  api.delete(
    '/api/workspaces/:workspaceId/members/:userId',
    {
      schema: {
        tags: ['members'],
        summary: 'Remove a member (owner), or leave the workspace yourself',
        params: memberParams,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      const { workspaceId, userId } = request.params;
      const self = request.principal?.kind === 'user' && request.principal.user.id === userId;
      await authorizeWorkspace(store, request.principal, workspaceId, self ? 'read' : 'own');
      const current = await store.memberships.get(workspaceId, userId);
      if (!current) throw notFound('member');
      await assertOwnerRemains(workspaceId, current.role);
      await store.memberships.remove(workspaceId, userId);
      return reply.code(204).send(null);
    },
  );

  api.delete(
    '/api/workspaces/:workspaceId/invitations/:invitationId',
    {
      schema: {
        tags: ['members'],
        summary: 'Withdraw an invitation (owner)',
        params: invitationParams,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      const { workspaceId, invitationId } = request.params;
      await authorizeWorkspace(store, request.principal, workspaceId, 'own');
      if (!(await store.invitations.delete(workspaceId, invitationId))) throw notFound('invitation');
      return reply.code(204).send(null);
    },
  );
}
