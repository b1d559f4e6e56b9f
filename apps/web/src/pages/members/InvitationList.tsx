import { Link2, Mail, X } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/format.js';
import { InviteLinkNotice } from './InviteLinkNotice.js';
import type { Invitation, InviteLink } from './membersApi.js';

export interface InvitationListProps {
  invitations: readonly Invitation[];
  canManage: boolean;
  withdrawingId: string | null;
  renewingId: string | null;
  /** A new link made from this list, shown once under its invitation. */
  freshLink: InviteLink | null;
  onWithdraw: (invitation: Invitation) => void;
  onRenew: (invitation: Invitation) => void;
  onLinkDone: () => void;
  /** The time to compare expiry dates with (a prop, so tests can fix it). */
  now?: number;
}

/** Invite links that have not been used yet (owners only): when each expires, a new link, or withdraw. */
export function InvitationList({
  invitations,
  canManage,
  withdrawingId,
  renewingId,
  freshLink,
  onWithdraw,
  onRenew,
  onLinkDone,
  now = Date.now(),
}: InvitationListProps) {
  const { t } = useTranslation(['members', 'common']);
  const format = useFormat();
  if (invitations.length === 0) return null;
  return (
    <section className="members-subsection" aria-labelledby="invitations-heading">
      <h3 id="invitations-heading">{t('members:invitations.title', { count: invitations.length })}</h3>
      <p className="muted section-intro">{t('members:invitations.intro')}</p>
      <ul className="member-list">
        {invitations.map((invitation) => {
          const expired = Date.parse(invitation.expiresAt) <= now;
          return (
            <li
              key={invitation.id}
              className={expired ? 'member-row invitation-row expired' : 'member-row invitation-row'}
              data-testid="invitation-row"
            >
              <span className="invitation-icon" aria-hidden="true">
                <Mail size={18} />
              </span>
              <div className="member-who">
                <span className="member-name">
                  {invitation.email}
                  <span className="badge">{t(`common:roles.${invitation.role}`)}</span>
                </span>
                <span className="muted member-since">
                  {t('members:invitations.sent', { date: format.date(invitation.createdAt) })} ·{' '}
                  {expired ? (
                    <strong className="invitation-expired" data-testid="invitation-expiry">
                      {t('members:invitations.expired', { date: format.date(invitation.expiresAt) })}
                    </strong>
                  ) : (
                    <span data-testid="invitation-expiry">
                      {t('members:invitations.expires', { date: format.dateTime(invitation.expiresAt) })}
                    </span>
                  )}
                </span>
              </div>
              {canManage && (
                <div className="invitation-actions">
                  <button
                    type="button"
                    className="btn btn-small"
                    onClick={() => onRenew(invitation)}
                    disabled={renewingId === invitation.id}
                    aria-label={t('members:invitations.renewFor', { email: invitation.email })}
                    data-testid="invitation-renew"
                  >
                    <Link2 size={16} aria-hidden="true" />
                    {t('members:invitations.renew')}
                  </button>
                  <button
                    type="button"
                    className="btn btn-small btn-ghost"
                    onClick={() => onWithdraw(invitation)}
                    disabled={withdrawingId === invitation.id}
                    aria-label={t('members:invitations.withdrawFor', { email: invitation.email })}
                    data-testid="invitation-withdraw"
                  >
                    <X size={16} aria-hidden="true" />
                    {t('members:invitations.withdraw')}
                  </button>
                </div>
              )}
              {freshLink?.invitation.id === invitation.id && (
                <div className="invitation-link">
                  <InviteLinkNotice link={freshLink} onDone={onLinkDone} />
                </div>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
