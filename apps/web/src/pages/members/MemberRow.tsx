import { ROLES, type Role } from '@trailmap/domain';
import { UserMinus } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/format.js';
import { Avatar } from '../../ui/Avatar.js';
import type { Member } from './membersApi.js';

export interface MemberRowProps {
  member: Member;
  isSelf: boolean;
  canManage: boolean;
  changing: boolean;
  /** The reason the last change of this member failed, in words. */
  problem: string | null;
  onChangeRole: (member: Member, role: Role) => void;
  onRemove: (member: Member) => void;
}

/** A member with their role; owners may change the role or remove the member. */
export function MemberRow({
  member,
  isSelf,
  canManage,
  changing,
  problem,
  onChangeRole,
  onRemove,
}: MemberRowProps) {
  const { t } = useTranslation(['members', 'common']);
  const format = useFormat();
  const selectId = `role-${member.userId}`;
  const problemId = `role-problem-${member.userId}`;
  return (
    <li className="member-row" data-testid="member-row">
      <Avatar name={member.name} size={36} decorative />
      <div className="member-who">
        <span className="member-name">
          {member.name}
          {isSelf && <span className="badge member-you">{t('members:list.you')}</span>}
        </span>
        <span className="muted member-email">{member.email}</span>
        <span className="muted member-since">
          {t('members:list.since', { date: format.date(member.createdAt) })}
        </span>
      </div>
      <div className="member-role">
        {canManage ? (
          <>
            <label htmlFor={selectId} className="visually-hidden">
              {t('members:list.roleOf', { name: member.name })}
            </label>
            <select
              id={selectId}
              value={member.role}
              disabled={changing}
              onChange={(e) => onChangeRole(member, e.target.value as Role)}
              aria-describedby={problem ? problemId : undefined}
              data-testid="member-role"
            >
              {ROLES.map((role) => (
                <option key={role} value={role}>
                  {t(`common:roles.${role}`)}
                </option>
              ))}
            </select>
          </>
        ) : (
          <span className="badge">{t(`common:roles.${member.role}`)}</span>
        )}
      </div>
      {canManage && (
        <button
          type="button"
          className="icon-btn icon-btn-danger"
          onClick={() => onRemove(member)}
          aria-label={isSelf ? t('members:list.leave') : t('members:list.remove', { name: member.name })}
          title={isSelf ? t('members:list.leave') : t('members:list.removeShort')}
          data-testid="member-remove"
        >
          <UserMinus size={18} aria-hidden="true" />
        </button>
      )}
      {problem && (
        <p id={problemId} className="member-problem" role="alert">
          {problem}
        </p>
      )}
    </li>
  );
}
