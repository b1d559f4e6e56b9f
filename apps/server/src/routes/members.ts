import type { Invitation } from '@trailmap/db';
import { emailSchema, roleSchema, type Role, type User } from '@trailmap/domain';
import { z } from 'zod';
import type { AppContext } from '../app.js';
import { authorizeWorkspace, requireUser } from '../auth/principal.js';
import { conflict, notFound } from '../http/errors.js';
import { issueInviteLink } from '../invitations/issueInviteLink.js';
import { writeInvitationEmail } from '../invitations/sendInvitationEmail.js';
import { invitationParams, memberParams, workspaceParams } from '../http/params.js';
import type { Api } from '../http/types.js';

const memberView = z.object({
  userId: z.string(),
  email: z.string(),
  name: z.string(),
  role: roleSchema,
  createdAt: z.string(),
});
export const invitationView = z.object({
  id: z.string(),
  email: z.string(),
  role: roleSchema,
  invitedBy: z.string(),
  createdAt: z.string(),
  expiresAt: z.string(),
});

/** A new invite link as its owner sees it once: the token, the app path, and whether it was e-mailed. */
const inviteLinkView = {
  token: z.string().describe('shown once; the invitee opens /invite/<token>'),
  path: z.string(),
  emailed: z.boolean().describe('whether the link was sent by e-mail (when SMTP_URL is configured)'),
};

export function registerMemberRoutes(api: Api, context: AppContext) {
  const { store, options, invitationDays } = context;

  /** Makes a link for the invitation and e-mails it when the server can; returns what the owner sees once. */
  async function deliverLink(
    invitation: Invitation,
    link: ReturnType<typeof issueInviteLink>,
    inviter: User,
    log: { error: (obj: object, msg: string) => void },
  ) {
    let emailed = false;
    if (options.mailer && options.publicUrl) {
      const workspace = await store.workspaces.get(invitation.workspaceId);
      try {
        await options.mailer.send(
          writeInvitationEmail({
            to: invitation.email,
            inviterName: inviter.name,
            workspaceName: workspace?.name ?? 'a workspace',
            role: invitation.role,
            link: new URL(link.path, options.publicUrl).toString(),
            expiresAt: link.expiresAt,
          }),
        );
        emailed = true;
      } catch (err) {
        log.error({ err }, 'invitation e-mail not sent');
      }
    }
    return { token: link.token, path: link.path, emailed };
  }
  api.get(
    '/api/workspaces/:workspaceId/members',
    {
      schema: {
        tags: ['members'],
        summary: 'Members, and open invitations (owners only; others get an empty list)',
        params: workspaceParams,
        response: { 200: z.object({ members: z.array(memberView), invitations: z.array(invitationView) }) },
      },
    },
    async (request) => {
      const { workspaceId } = request.params;
      const role = await authorizeWorkspace(store, request.principal, workspaceId, 'read');
      const isOwner = role === 'owner' && request.principal?.kind === 'user';
      const [members, invitations] = await Promise.all([
        store.memberships.list(workspaceId),
        isOwner ? store.invitations.listForWorkspace(workspaceId) : Promise.resolve([]),
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
          'Invite by e-mail (owner). An existing account becomes a member at once (201); otherwise the answer holds a single-use invite link (202, shown once, e-mailed when the server has SMTP) through which the invitee signs up or signs in. Signing up with the address alone grants nothing.',
        params: workspaceParams,
        body: z.object({ email: emailSchema, role: roleSchema }),
        response: {
          201: z.object({ member: memberView }),
          202: z.object({ invitation: invitationView, ...inviteLinkView }),
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
      const link = issueInviteLink(invitationDays);
      const invitation = await store.invitations.upsert({
        workspaceId,
        email,
        role,
        invitedBy: inviter.id,
        tokenHash: link.tokenHash,
        expiresAt: link.expiresAt,
      });
      const delivered = await deliverLink(invitation, link, inviter, request.log);
      return reply.code(202).send({ invitation, ...delivered });
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
        summary:
          'Remove a member (owner), or leave the workspace yourself; the API keys they made in it are revoked at once, the projects they owned have no owner',
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
      await store.transaction(async (tx) => {
        await tx.memberships.remove(workspaceId, userId);
        await tx.apiKeys.revokeForCreator(workspaceId, userId);
        await tx.projects.clearOwner(workspaceId, userId);
      });
      return reply.code(204).send(null);
    },
  );

  api.post(
    '/api/workspaces/:workspaceId/invitations/:invitationId/link',
    {
      schema: {
        tags: ['members'],
        summary:
          'A new invite link for an open invitation (owner): the old link stops working, the new one is shown once and e-mailed when the server has SMTP',
        params: invitationParams,
        response: { 201: z.object({ invitation: invitationView, ...inviteLinkView }) },
      },
    },
    async (request, reply) => {
      const { workspaceId, invitationId } = request.params;
      await authorizeWorkspace(store, request.principal, workspaceId, 'own');
      const { user: inviter } = requireUser(request.principal);
      const link = issueInviteLink(invitationDays);
      const invitation = await store.invitations.renewLink(workspaceId, invitationId, {
        tokenHash: link.tokenHash,
        expiresAt: link.expiresAt,
        invitedBy: inviter.id,
      });
      if (!invitation) throw notFound('invitation');
      const delivered = await deliverLink(invitation, link, inviter, request.log);
      return reply.code(201).send({ invitation, ...delivered });
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
