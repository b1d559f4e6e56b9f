import { Info, LogIn } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router';
import { useResetSession, useServerConfig } from '../../api/session.js';
import { useDocumentTitle } from '../useDocumentTitle.js';
import { AuthFrame } from './AuthFrame.js';
import { chooseLandingPath, isSafeNextPath } from './chooseLandingPath.js';
import { readSignUpPolicy } from './explainSignUpError.js';
import { SignUpForm } from './SignUpForm.js';
import { withQuery } from './withQuery.js';

/**
 * `/sign-up`: a new account with a workspace of its own. Who may sign up is the server's sign-up policy
 * (`GET /api/config`): anyone, addresses of one domain, or only through an invite link (then this page
 * explains that and shows no form). Invited people sign up on the invite link's own page.
 */
export default function SignUpPage() {
  const { t } = useTranslation(['auth', 'common']);
  useDocumentTitle(t('auth:signUp.title'));
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const resetSession = useResetSession();
  const config = useServerConfig();
  const next = params.get('next');

  // Coming from an invitation (sign-in → "create one"): its page has the sign-up form for it.
  if (next && isSafeNextPath(next) && next.startsWith('/invite/')) return <Navigate to={next} replace />;

  const signInLink = withQuery('/sign-in', params);
  const footer = (
    <>
      {t('auth:signUp.haveAccount')} <Link to={signInLink}>{t('auth:signUp.toSignIn')}</Link>
    </>
  );
  if (config.isPending) {
    return (
      <AuthFrame title={t('auth:signUp.title')} intro={t('auth:signUp.intro')} footer={footer}>
        <p className="muted">{t('common:state.loading')}</p>
      </AuthFrame>
    );
  }

  const rules = config.data?.signUp;
  const policy = readSignUpPolicy(rules?.policy);
  const firstUser = rules?.firstUser ?? false;
  if (policy.kind === 'invite' && !firstUser) {
    return (
      <AuthFrame title={t('auth:signUp.inviteTitle')} intro={t('auth:signUp.inviteIntro')} footer={null}>
        <div className="auth-note" data-testid="sign-up-invite-only">
          <Info size={18} aria-hidden="true" />
          <p>{t('auth:signUp.inviteHow')}</p>
        </div>
        <Link to={signInLink} className="btn btn-primary auth-submit" data-testid="sign-up-to-sign-in">
          <LogIn size={16} aria-hidden="true" />
          {t('auth:signUp.inviteSignIn')}
        </Link>
      </AuthFrame>
    );
  }

  const note = firstUser
    ? t('auth:signUp.firstUser')
    : policy.kind === 'domain'
      ? t('auth:signUp.domainNote', { domain: policy.domain })
      : config.data?.demo
        ? t('auth:signUp.demoOpen')
        : null;

  return (
    <AuthFrame title={t('auth:signUp.title')} intro={t('auth:signUp.intro')} footer={footer}>
      {note && (
        <div className="auth-note" data-testid="sign-up-policy">
          <Info size={18} aria-hidden="true" />
          <p>{note}</p>
        </div>
      )}
      <SignUpForm
        domain={policy.kind === 'domain' && !firstUser ? policy.domain : null}
        signInPath={signInLink}
        emailHint={t('auth:fields.emailHint')}
        onSignedUp={async (user) => {
          const target = chooseLandingPath(next, user.email, null);
          await resetSession();
          navigate(target, { replace: true });
        }}
      />
    </AuthFrame>
  );
}
