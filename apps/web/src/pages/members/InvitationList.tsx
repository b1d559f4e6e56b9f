import { Mail, X } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/format.js';
import type { Invitation } from './membersApi.js';

export interface InvitationListProps {
  invitations: readonly Invitation[];
  canManage: boolean;
  withdrawingId: string | null;
  onWithdraw: (invitation: Invitation) => void;
}

/** Invitations that wait for someone to sign up with that e-mail. */
export function InvitationList({ invitations, canManage, withdrawingId, onWithdraw }: InvitationListProps) {
  const { t } = useTranslation(['members', 'common']);
  const format = useFormat();
  if (invitations.length === 0) return null;
  return (
    <section className="members-subsection" aria-labelledby="invitations-heading">
      <h3 id="invitations-heading">{t('members:invitations.title', { count: invitations.length })}</h3>
      <p className="muted section-intro">{t('members:invitations.intro')}</p>
      <ul className="member-list">
        {invitations.map((invitation) => (
          <li key={invitation.id} className="member-row" data-testid="invitation-row">
            <span className="invitation-icon" aria-hidden="true">
              <Mail size={18} />
            </span>
            <div className="member-who">
              <span className="member-name">{invitation.email}</span>
              <span className="muted member-since">
                {t('members:invitations.sent', { date: format.date(invitation.createdAt) })}
              </span>
            </div>
            <div className="member-role">
              <span className="badge">{t(`common:roles.${invitation.role}`)}</span>
            </div>
            {canManage && (
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
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
