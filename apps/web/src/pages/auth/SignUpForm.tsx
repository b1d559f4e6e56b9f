import { useMutation } from '@tanstack/react-query';
import { UserPlus } from 'lucide-react';
import { useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api } from '../../api/client.js';
import type { SessionUser } from '../../api/session.js';
import { describeError, findIssue, hasErrorCode } from '../../ui/describeError.js';
import { Field } from '../../ui/Field.js';
import { PasswordInput } from './PasswordInput.js';
import { isInDomain, readPasswordRefusal, readRetryMinutes } from './explainSignUpError.js';
import {
  MAX_PASSWORD_LENGTH,
  MIN_PASSWORD_LENGTH,
  validateEmail,
  validatePassword,
  type CredentialProblem,
} from './validateCredentials.js';

interface SignUpBody {
  email: string;
  password: string;
  name?: string;
  invitation?: string;
}

export interface SignUpFormProps {
  /** The invite link's token: the new account joins that workspace. */
  invitation?: string;
  /** Filled in at the start (the invited address); the user may change it. */
  initialEmail?: string;
  /** With the `domain:` sign-up policy: only this domain's addresses may sign up (unless invited). */
  domain?: string | null;
  /** Where "sign in instead" goes when the address already has an account. */
  signInPath: string;
  /** The hint under the e-mail field. */
  emailHint?: ReactNode;
  /** Called with the new user and the workspace they landed in (their own, or the invite link's). */
  onSignedUp: (user: SessionUser, workspaceId: string) => void | Promise<void>;
  /** The invite link stopped working while the form was open (used, withdrawn or expired). */
  onInvitationGone?: () => void;
}

/** Name, e-mail and a new password; explains every refusal of the server at its field, in the user's language. */
export function SignUpForm({
  invitation,
  initialEmail = '',
  domain = null,
  signInPath,
  emailHint,
  onSignedUp,
  onInvitationGone,
}: SignUpFormProps) {
  const { t } = useTranslation(['auth', 'ui', 'common']);
  const [name, setName] = useState('');
  const [email, setEmail] = useState(initialEmail);
  const [password, setPassword] = useState('');
  const [problems, setProblems] = useState<{
    email?: CredentialProblem | 'emailOutsideDomain';
    password?: CredentialProblem;
  }>({});
  const emailRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);

  const signUp = useMutation({
    mutationFn: (body: SignUpBody) =>
      api.post<{ user: SessionUser; workspaceId: string }>('/api/auth/sign-up', body),
    onSuccess: ({ user, workspaceId }) => onSignedUp(user, workspaceId),
    onError: (error) => {
      if (hasErrorCode(error, 'invitation-not-found')) onInvitationGone?.();
      else if (hasErrorCode(error, 'email-taken') || findIssue(error, 'email')) emailRef.current?.focus();
      else if (findIssue(error, 'password')) passwordRef.current?.focus();
    },
  });

  function submitForm(event: FormEvent) {
    event.preventDefault();
    const emailProblem =
      validateEmail(email) ??
      (domain && !invitation && !isInDomain(email, domain) ? ('emailOutsideDomain' as const) : null);
    const found = {
      email: emailProblem ?? undefined,
      password: validatePassword(password, true, email) ?? undefined,
    };
    setProblems(found);
    if (found.email) return emailRef.current?.focus();
    if (found.password) return passwordRef.current?.focus();
    signUp.mutate({
      email: email.trim(),
      password,
      ...(name.trim() ? { name: name.trim() } : {}),
      ...(invitation ? { invitation } : {}),
    });
  }

  const error = signUp.error;
  const limits = { count: MIN_PASSWORD_LENGTH, max: MAX_PASSWORD_LENGTH, domain: domain ?? '' };
  const emailTaken = hasErrorCode(error, 'email-taken');
  const emailError = problems.email
    ? t(`auth:problems.${problems.email}`, limits)
    : emailTaken
      ? t('auth:problems.emailTaken')
      : findIssue(error, 'email')
        ? t('auth:problems.emailInvalid')
        : null;
  const refusal = readPasswordRefusal(error);
  const passwordError = problems.password
    ? t(`auth:problems.${problems.password}`, limits)
    : refusal
      ? t(`auth:problems.${refusal}`, limits)
      : null;
  const nameError = findIssue(error, 'name') ? t('auth:problems.nameInvalid') : null;
  const fieldFailure = emailTaken || !!findIssue(error, 'email') || !!refusal || !!nameError;
  const retryMinutes = readRetryMinutes(error);
  const formError =
    !error || fieldFailure
      ? null
      : retryMinutes !== null
        ? t('auth:problems.tooManySignUps', { count: retryMinutes })
        : hasErrorCode(error, 'forbidden')
          ? domain
            ? t('auth:signUp.domainOnly', { domain })
            : t('auth:signUp.inviteOnly')
          : hasErrorCode(error, 'invitation-not-found')
            ? t('auth:invite.gone.text')
            : describeError(t, error);

  return (
    <form onSubmit={submitForm} noValidate className="auth-form">
      {formError && (
        <p className="alert alert-error" role="alert" data-testid="sign-up-error">
          {formError}
        </p>
      )}
      <Field label={t('auth:fields.name')} hint={t('auth:fields.nameHint')} error={nameError}>
        {(props) => (
          <input
            {...props}
            type="text"
            name="name"
            autoComplete="name"
            value={name}
            onChange={(e) => setName(e.target.value)}
            maxLength={200}
            data-testid="sign-up-name"
          />
        )}
      </Field>
      <Field
        label={t('auth:fields.email')}
        hint={emailHint}
        error={
          emailError && emailTaken && !problems.email ? (
            <>
              {emailError} <Link to={signInPath}>{t('auth:signUp.toSignIn')}</Link>
            </>
          ) : (
            emailError
          )
        }
      >
        {(props) => (
          <input
            {...props}
            ref={emailRef}
            type="email"
            name="email"
            autoComplete="email"
            value={email}
            onChange={(e) => setEmail(e.target.value)}
            data-testid="sign-up-email"
          />
        )}
      </Field>
      <Field
        label={t('auth:fields.password')}
        hint={t('auth:fields.passwordHint', { count: MIN_PASSWORD_LENGTH })}
        error={passwordError}
      >
        {(props) => (
          <PasswordInput
            {...props}
            ref={passwordRef}
            name="password"
            autoComplete="new-password"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            testId="sign-up-password"
          />
        )}
      </Field>
      <button
        type="submit"
        className="btn btn-primary auth-submit"
        disabled={signUp.isPending}
        data-testid="sign-up-submit"
      >
        <UserPlus size={16} aria-hidden="true" />
        {signUp.isPending ? t('auth:signUp.working') : t('auth:signUp.submit')}
      </button>
    </form>
  );
}
