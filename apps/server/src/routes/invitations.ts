import { roleSchema } from '@trailmap/domain';
import { z } from 'zod';
import type { AppContext } from '../app.js';
import { requireUser } from '../auth/principal.js';
import { hashSecret } from '../auth/tokens.js';
import { conflict } from '../http/errors.js';
import type { Api } from '../http/types.js';
import { inviteLinkGone, inviteTokenSchema } from './auth.js';

const tokenParams = z.object({ token: inviteTokenSchema });

/** The public side of invite links: what a link invites to, and accepting it while signed in. */
export function registerInvitationRoutes(api: Api, { store }: AppContext) {
  api.get(
    '/api/invitations/:token',
    {
      schema: {
        tags: ['members'],
        summary:
          'What an invite link invites to (no sign-in): the workspace, the role, who invited, until when. Unknown, used and expired links all get the same 404.',
        security: [],
        params: tokenParams,
        response: {
          200: z.object({
            invitation: z.object({
              workspaceName: z.string(),
              email: z.string(),
              role: roleSchema,
              invitedByName: z.string(),
              expiresAt: z.string(),
            }),
          }),
        },
      },
    },
    async (request, reply) => {
      const invitation = await store.invitations.findByTokenHash(
        hashSecret(request.params.token),
        new Date(),
      );
      if (!invitation) throw inviteLinkGone();
      const [workspace, inviter] = await Promise.all([
        store.workspaces.get(invitation.workspaceId),
        store.users.get(invitation.invitedBy),
      ]);
      if (!workspace) throw inviteLinkGone();
      reply.header('cache-control', 'no-store');
      return {
        invitation: {
          workspaceName: workspace.name,
          email: invitation.email,
          role: invitation.role,
          invitedByName: inviter?.name ?? '',
          expiresAt: invitation.expiresAt,
        },
      };
    },
  );

  api.post(
    '/api/invitations/:token/accept',
    {
      schema: {
        tags: ['members'],
        summary:
          'Join the workspace of an invite link as the signed-in user (the link works once). 409 when already a member (the link stays unused).',
        params: tokenParams,
        response: {
          200: z.object({ workspaceId: z.string(), role: roleSchema }),
        },
      },
    },
    async (request) => {
      const { user } = requireUser(request.principal);
      const tokenHash = hashSecret(request.params.token);
      return store.transaction(async (tx) => {
        const invitation = await tx.invitations.takeByTokenHash(tokenHash, new Date());
        if (!invitation) throw inviteLinkGone();
        if (await tx.memberships.get(invitation.workspaceId, user.id))
          throw conflict('already-member', 'you are already a member of this workspace', {
            workspaceId: invitation.workspaceId,
          });
        await tx.memberships.add(invitation.workspaceId, user.id, invitation.role);
        return { workspaceId: invitation.workspaceId, role: invitation.role };
      });
    },
  );
}
