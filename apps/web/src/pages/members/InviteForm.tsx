import { ROLES, type Role } from '@trailmap/domain';
import { UserPlus } from 'lucide-react';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError, findIssue, hasErrorCode } from '../../ui/describeError.js';
import { Field } from '../../ui/Field.js';
import { validateEmail } from '../auth/validateCredentials.js';
import { InviteLinkNotice } from './InviteLinkNotice.js';
import { useInviteMember, type InviteLink } from './membersApi.js';

export interface InviteFormProps {
  workspaceId: string;
  /** The invite link just made here, shown once under the form. */
  freshLink: InviteLink | null;
  onLinkCreated: (link: InviteLink) => void;
  onLinkDone: () => void;
}

/** Owners invite by e-mail: an existing account joins at once, anyone else gets an invite link. */
export function InviteForm({ workspaceId, freshLink, onLinkCreated, onLinkDone }: InviteFormProps) {
  const { t } = useTranslation(['members', 'common', 'ui']);
  const invite = useInviteMember(workspaceId);
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<Role>('editor');
  const [problem, setProblem] = useState<string | null>(null);
  const [result, setResult] = useState<string | null>(null);
  const emailRef = useRef<HTMLInputElement>(null);

  function submitForm(event: FormEvent) {
    event.preventDefault();
    const invalid = validateEmail(email);
    setProblem(invalid ? t(`members:invite.${invalid}`) : null);
    setResult(null);
    if (invalid) return emailRef.current?.focus();
    const address = email.trim();
    invite.mutate(
      { email: address, role },
      {
        onSuccess: (answer) => {
          const roleName = t(`common:roles.${role}`).toLocaleLowerCase();
          if ('member' in answer) {
            setResult(t('members:invite.added', { email: answer.member.email, role: roleName }));
          } else {
            onLinkCreated(answer);
          }
          setEmail('');
        },
        onError: () => emailRef.current?.focus(),
      },
    );
  }

  const error = invite.error;
  const emailError =
    problem ??
    (hasErrorCode(error, 'already-member')
      ? t('members:invite.alreadyMember')
      : findIssue(error, 'email')
        ? t('members:invite.emailInvalid')
        : null);
  const otherError = error && !emailError ? describeError(t, error) : null;

  return (
    <section className="card members-section" aria-labelledby="invite-heading">
      <h2 id="invite-heading">{t('members:invite.title')}</h2>
      <p className="muted section-intro">{t('members:invite.intro')}</p>
      <form className="invite-form" onSubmit={submitForm} noValidate>
        <Field label={t('members:invite.email')} error={emailError} className="invite-email">
          {(props) => (
            <input
              {...props}
              ref={emailRef}
              type="email"
              autoComplete="off"
              value={email}
              onChange={(e) => setEmail(e.target.value)}
              data-testid="invite-email"
            />
          )}
        </Field>
        <Field label={t('members:invite.role')} className="invite-role">
          {(props) => (
            <select
              {...props}
              value={role}
              onChange={(e) => setRole(e.target.value as Role)}
              data-testid="invite-role"
            >
              {ROLES.map((r) => (
                <option key={r} value={r}>
                  {t(`common:roles.${r}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <button
          type="submit"
          className="btn btn-primary invite-submit"
          disabled={invite.isPending}
          data-testid="invite-submit"
        >
          <UserPlus size={16} aria-hidden="true" />
          {invite.isPending ? t('members:invite.working') : t('members:invite.submit')}
        </button>
      </form>
      <p className="muted role-help">{t('members:roleHelp')}</p>
      <div role="status" data-testid="invite-result">
        {result && <p className="alert alert-success">{result}</p>}
      </div>
      {freshLink && <InviteLinkNotice link={freshLink} onDone={onLinkDone} />}
      {otherError && (
        <p className="alert alert-error" role="alert">
          {otherError}
        </p>
      )}
    </section>
  );
}
