import { useMutation } from '@tanstack/react-query';
import { LogIn } from 'lucide-react';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { api } from '../../api/client.js';
import { useResetSession, useServerConfig, type SessionUser } from '../../api/session.js';
import { describeError, findIssue } from '../../ui/describeError.js';
import { Field } from '../../ui/Field.js';
import { useDocumentTitle } from '../useDocumentTitle.js';
import { AuthFrame } from './AuthFrame.js';
import { chooseLandingPath, type DemoLanding } from './chooseLandingPath.js';
import { DemoPanel } from './DemoPanel.js';
import { PasswordInput } from './PasswordInput.js';
import { readRetryMinutes } from './explainSignUpError.js';
import { withQuery } from './withQuery.js';
import { validateEmail, validatePassword, type CredentialProblem } from './validateCredentials.js';

interface Credentials {
  email: string;
  password: string;
}

/** `/sign-in`: e-mail and password; in demo mode a panel fills in the demo account. */
export default function SignInPage() {
  const { t } = useTranslation(['auth', 'ui', 'common']);
  useDocumentTitle(t('auth:signIn.title'));
  const config = useServerConfig();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const resetSession = useResetSession();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [problems, setProblems] = useState<{ email?: CredentialProblem; password?: CredentialProblem }>({});
  const emailRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);
  const demo = (config.data?.demo ?? null) as DemoLanding | null;

  const signIn = useMutation({
    mutationFn: (body: Credentials) => api.post<{ user: SessionUser }>('/api/auth/sign-in', body),
    onSuccess: async ({ user }) => {
      const target = chooseLandingPath(params.get('next'), user.email, demo);
      await resetSession();
      navigate(target, { replace: true });
    },
  });

  function submitForm(event: FormEvent) {
    event.preventDefault();
    const found = {
      email: validateEmail(email) ?? undefined,
      password: validatePassword(password, false) ?? undefined,
    };
    setProblems(found);
    if (found.email) return emailRef.current?.focus();
    if (found.password) return passwordRef.current?.focus();
    signIn.mutate({ email: email.trim(), password });
  }

  function fillDemoAccount() {
    if (!config.data?.demo) return;
    setEmail(config.data.demo.email);
    setPassword(config.data.demo.password);
    setProblems({});
    passwordRef.current?.form?.querySelector<HTMLButtonElement>('[type="submit"]')?.focus();
  }

  const emailError = problems.email
    ? t(`auth:problems.${problems.email}`)
    : findIssue(signIn.error, 'email') && t('auth:problems.emailInvalid');
  const passwordError = problems.password ? t(`auth:problems.${problems.password}`) : null;
  const retryMinutes = readRetryMinutes(signIn.error);
  const formError =
    retryMinutes !== null
      ? t('auth:problems.tooManySignIns', { count: retryMinutes })
      : signIn.error && !findIssue(signIn.error, 'email')
        ? describeError(t, signIn.error)
        : null;

  return (
    <AuthFrame
      title={t('auth:signIn.title')}
      intro={t('auth:signIn.intro')}
      footer={
        <>
          {t('auth:signIn.noAccount')}{' '}
          <Link to={withQuery('/sign-up', params)}>{t('auth:signIn.toSignUp')}</Link>
        </>
      }
    >
      {config.data?.demo && (
        <DemoPanel
          email={config.data.demo.email}
          password={config.data.demo.password}
          onUse={fillDemoAccount}
        />
      )}
      <form onSubmit={submitForm} noValidate className="auth-form">
        {formError && (
          <p className="alert alert-error" role="alert" data-testid="sign-in-error">
            {formError}
          </p>
        )}
        <Field label={t('auth:fields.email')} error={emailError || null}>
          {(props) => (
            <input
              {...props}
              ref={emailRef}
              type="email"
              name="email"
              autoComplete="username"
              value={email}
              onChange={(e) => setEmail(e.target.value)}
              data-testid="sign-in-email"
            />
          )}
        </Field>
        <Field label={t('auth:fields.password')} error={passwordError}>
          {(props) => (
            <PasswordInput
              {...props}
              ref={passwordRef}
              name="password"
              autoComplete="current-password"
              value={password}
              onChange={(e) => setPassword(e.target.value)}
              testId="sign-in-password"
            />
          )}
        </Field>
        <button
          type="submit"
          className="btn btn-primary auth-submit"
          disabled={signIn.isPending}
          data-testid="sign-in-submit"
        >
          <LogIn size={16} aria-hidden="true" />
          {signIn.isPending ? t('auth:signIn.working') : t('auth:signIn.submit')}
        </button>
      </form>
    </AuthFrame>
  );
}
