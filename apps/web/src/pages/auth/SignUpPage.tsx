import { useMutation } from '@tanstack/react-query';
import { UserPlus } from 'lucide-react';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { api } from '../../api/client.js';
import { useResetSession, type SessionUser } from '../../api/session.js';
import { describeError, findIssue, hasErrorCode } from '../../ui/describeError.js';
import { Field } from '../../ui/Field.js';
import { useDocumentTitle } from '../useDocumentTitle.js';
import { AuthFrame } from './AuthFrame.js';
import { chooseLandingPath } from './chooseLandingPath.js';
import { PasswordInput } from './PasswordInput.js';
import {
  MIN_PASSWORD_LENGTH,
  validateEmail,
  validatePassword,
  type CredentialProblem,
} from './validateCredentials.js';
import { withQuery } from './withQuery.js';

interface SignUpBody {
  email: string;
  password: string;
  name?: string;
}

/** `/sign-up`: a new account (joins the workspaces that invited the e-mail, else gets its own). */
export default function SignUpPage() {
  const { t } = useTranslation(['auth', 'ui', 'common']);
  useDocumentTitle(t('auth:signUp.title'));
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const resetSession = useResetSession();
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [problems, setProblems] = useState<{ email?: CredentialProblem; password?: CredentialProblem }>({});
  const emailRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);

  const signUp = useMutation({
    mutationFn: (body: SignUpBody) => api.post<{ user: SessionUser }>('/api/auth/sign-up', body),
    onSuccess: async ({ user }) => {
      const target = chooseLandingPath(params.get('next'), user.email, null);
      await resetSession();
      navigate(target, { replace: true });
    },
    onError: (error) => {
      if (hasErrorCode(error, 'email-taken') || findIssue(error, 'email')) emailRef.current?.focus();
      else if (findIssue(error, 'password')) passwordRef.current?.focus();
    },
  });

  function submitForm(event: FormEvent) {
    event.preventDefault();
    const found = {
      email: validateEmail(email) ?? undefined,
      password: validatePassword(password, true) ?? undefined,
    };
    setProblems(found);
    if (found.email) return emailRef.current?.focus();
    if (found.password) return passwordRef.current?.focus();
    signUp.mutate({ email: email.trim(), password, ...(name.trim() ? { name: name.trim() } : {}) });
  }

  const error = signUp.error;
  const emailTaken = hasErrorCode(error, 'email-taken');
  const emailError = problems.email
    ? t(`auth:problems.${problems.email}`)
    : emailTaken
      ? t('auth:problems.emailTaken')
      : findIssue(error, 'email')
        ? t('auth:problems.emailInvalid')
        : null;
  const passwordError = problems.password
    ? t(`auth:problems.${problems.password}`, { count: MIN_PASSWORD_LENGTH })
    : findIssue(error, 'password')
      ? t('auth:problems.passwordTooShort', { count: MIN_PASSWORD_LENGTH })
      : null;
  const nameError = findIssue(error, 'name') ? t('auth:problems.nameInvalid') : null;
  const fieldFailure =
    emailTaken || !!findIssue(error, 'email') || !!findIssue(error, 'password') || !!nameError;
  const formError =
    error && !fieldFailure
      ? hasErrorCode(error, 'forbidden')
        ? t('auth:signUp.inviteOnly')
        : describeError(t, error)
      : null;

  return (
    <AuthFrame
      title={t('auth:signUp.title')}
      intro={t('auth:signUp.intro')}
      footer={
        <>
          {t('auth:signUp.haveAccount')}{' '}
          <Link to={withQuery('/sign-in', params)}>{t('auth:signUp.toSignIn')}</Link>
        </>
      }
    >
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
          hint={t('auth:fields.emailHint')}
          error={
            emailError && emailTaken && !problems.email ? (
              <>
                {emailError} <Link to={withQuery('/sign-in', params)}>{t('auth:signUp.toSignIn')}</Link>
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
    </AuthFrame>
  );
}
