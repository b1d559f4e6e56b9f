import { Link2, Mail } from 'lucide-react';
import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/format.js';
import { CopyButton } from '../../ui/CopyButton.js';
import { LinkField } from '../../ui/LinkField.js';
import type { InviteLink } from './membersApi.js';

export interface InviteLinkNoticeProps {
  link: InviteLink;
  onDone: () => void;
}

/**
 * A new invite link, shown this once to the owner: copy it and send it to the invitee (or it was
 * e-mailed, when the server can send e-mail). Says when it expires.
 */
export function InviteLinkNotice({ link, onDone }: InviteLinkNoticeProps) {
  const { t } = useTranslation('members');
  const format = useFormat();
  const inputId = useId();
  const inputRef = useRef<HTMLTextAreaElement>(null);
  const url = `${window.location.origin}${link.path}`;
  const { email, expiresAt } = link.invitation;

  // Focus (and select) the link at once, so it can be copied with the keyboard right away.
  useEffect(() => inputRef.current?.focus(), []);
  return (
    <div
      className="new-key invite-link alert alert-warning"
      role="region"
      aria-label={t('inviteLink.region', { email })}
      data-testid="invite-link"
    >
      <p className="new-key-warning">
        {link.emailed ? <Mail size={18} aria-hidden="true" /> : <Link2 size={18} aria-hidden="true" />}
        <strong data-testid="invite-link-note">
          {link.emailed ? t('inviteLink.emailed', { email }) : t('inviteLink.sendIt', { email })}
        </strong>
      </p>
      <label htmlFor={inputId} className="new-key-label">
        {t('inviteLink.label', { email })}
      </label>
      <div className="new-key-value">
        <LinkField ref={inputRef} id={inputId} value={url} testId="invite-link-url" />
        <CopyButton text={url} label={t('inviteLink.copy')} testId="invite-link-copy" />
      </div>
      <p className="new-key-usage">
        {t('inviteLink.once')} {t('inviteLink.expires', { date: format.dateTime(expiresAt) })}
      </p>
      <button type="button" className="btn btn-small" onClick={onDone} data-testid="invite-link-done">
        {t('inviteLink.done')}
      </button>
    </div>
  );
}
