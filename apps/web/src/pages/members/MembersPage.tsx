import type { Role } from '@trailmap/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { useMe, useResetSession } from '../../api/session.js';
import { ConfirmDialog } from '../../ui/ConfirmDialog.js';
import { describeError, hasErrorCode } from '../../ui/describeError.js';
import { ErrorAlert } from '../../ui/ErrorAlert.js';
import { useDocumentTitle } from '../useDocumentTitle.js';
import { useWorkspaceRole } from '../useWorkspaceRole.js';
import { ApiKeysSection } from './ApiKeysSection.js';
import { InvitationList } from './InvitationList.js';
import { InviteForm } from './InviteForm.js';
import { MemberRow } from './MemberRow.js';
import {
  useChangeRole,
  useMembers,
  useRemoveMember,
  useRenewInviteLink,
  useWithdrawInvitation,
  type InviteLink,
  type Member,
} from './membersApi.js';
import { ShareLinksSection } from './ShareLinksSection.js';
import '../pages.css';
import './members.css';

/**
 * `/w/:ws/members`: who works in this workspace; owners invite (an invite link, shown once), change roles,
 * remove, and manage the workspace's share links (`#share-links`) and API keys.
 */
export default function MembersPage() {
  const { workspaceId = '' } = useParams();
  const { t } = useTranslation(['members', 'common', 'ui']);
  useDocumentTitle(t('members:title'));
  const navigate = useNavigate();
  const resetSession = useResetSession();
  const me = useMe();
  const access = useWorkspaceRole(workspaceId);
  const members = useMembers(workspaceId);
  const changeRole = useChangeRole(workspaceId);
  const removeMember = useRemoveMember(workspaceId);
  const withdraw = useWithdrawInvitation(workspaceId);
  const renew = useRenewInviteLink(workspaceId);
  /** The invite link just made, shown once where it was asked for (under the form, or under its row). */
  const [freshLink, setFreshLink] = useState<{ link: InviteLink; place: 'form' | 'list' } | null>(null);
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [removing, setRemoving] = useState<Member | null>(null);
  const [announcement, setAnnouncement] = useState<string | null>(null);

  /** The last-owner rule in words; other failures in general words. */
  function explainError(error: unknown): string {
    return hasErrorCode(error, 'last-owner') ? t('members:lastOwner') : describeError(t, error);
  }

  function changeMemberRole(member: Member, role: Role) {
    setProblems(({ [member.userId]: _dropped, ...rest }) => rest);
    changeRole.mutate(
      { userId: member.userId, role },
      {
        onSuccess: () =>
          setAnnouncement(
            t('members:list.roleChanged', {
              name: member.name,
              role: t(`common:roles.${role}`).toLocaleLowerCase(),
            }),
          ),
        onError: (error) => setProblems((current) => ({ ...current, [member.userId]: explainError(error) })),
      },
    );
  }

  async function removeChosenMember() {
    if (!removing) return;
    const leaving = removing.userId === me.data?.id;
    await removeMember.mutateAsync(removing.userId);
    if (leaving) {
      await resetSession();
      navigate('/', { replace: true });
      return;
    }
    setAnnouncement(t('members:list.removed', { name: removing.name }));
  }

  const data = members.data;
  const isSelfRemoval = removing !== null && removing.userId === me.data?.id;

  return (
    <div className="page members-page">
      <header className="page-header">
        <div>
          <h1>{t('members:title')}</h1>
          <p className="muted page-intro">{t('members:intro')}</p>
        </div>
      </header>

      <p role="status" className="status-line">
        {announcement}
      </p>

      {access.canOwn && (
        <InviteForm
          workspaceId={workspaceId}
          freshLink={freshLink?.place === 'form' ? freshLink.link : null}
          onLinkCreated={(link) => setFreshLink({ link, place: 'form' })}
          onLinkDone={() => setFreshLink(null)}
        />
      )}

      <section className="card members-section" aria-labelledby="members-heading">
        <h2 id="members-heading">{t('members:list.heading')}</h2>
        {members.isPending && <p className="muted">{t('common:state.loading')}</p>}
        {members.isError && <ErrorAlert error={members.error} onRetry={() => void members.refetch()} />}
        {data && (
          <>
            <ul className="member-list" aria-label={t('members:list.title')}>
              {data.members.map((member) => (
                <MemberRow
                  key={member.userId}
                  member={member}
                  isSelf={member.userId === me.data?.id}
                  canManage={access.canOwn}
                  changing={changeRole.isPending && changeRole.variables?.userId === member.userId}
                  problem={problems[member.userId] ?? null}
                  onChangeRole={changeMemberRole}
                  onRemove={setRemoving}
                />
              ))}
            </ul>
            {!access.canOwn && <p className="muted role-help">{t('members:list.ownersManage')}</p>}
            <InvitationList
              invitations={data.invitations}
              canManage={access.canOwn}
              withdrawingId={withdraw.isPending ? (withdraw.variables ?? null) : null}
              renewingId={renew.isPending ? (renew.variables ?? null) : null}
              freshLink={freshLink?.place === 'list' ? freshLink.link : null}
              onLinkDone={() => setFreshLink(null)}
              onRenew={(invitation) =>
                renew.mutate(invitation.id, {
                  onSuccess: (link) => setFreshLink({ link, place: 'list' }),
                  onError: (error) => setAnnouncement(describeError(t, error)),
                })
              }
              onWithdraw={(invitation) =>
                withdraw.mutate(invitation.id, {
                  onSuccess: () => {
                    if (freshLink?.link.invitation.id === invitation.id) setFreshLink(null);
                    setAnnouncement(t('members:invitations.withdrawn', { email: invitation.email }));
                  },
                  onError: (error) => setAnnouncement(describeError(t, error)),
                })
              }
            />
          </>
        )}
      </section>

      {access.canOwn && <ShareLinksSection workspaceId={workspaceId} />}

      {access.canOwn && <ApiKeysSection workspaceId={workspaceId} />}

      <ConfirmDialog
        open={removing !== null}
        title={isSelfRemoval ? t('members:remove.leaveTitle') : t('members:remove.title')}
        message={
          <p>
            {isSelfRemoval
              ? t('members:remove.leaveMessage')
              : t('members:remove.message', { name: removing?.name ?? '', email: removing?.email ?? '' })}
          </p>
        }
        confirmLabel={isSelfRemoval ? t('members:remove.leaveConfirm') : t('members:remove.confirm')}
        onConfirm={removeChosenMember}
        onClose={() => setRemoving(null)}
        explainError={explainError}
      />
    </div>
  );
}
