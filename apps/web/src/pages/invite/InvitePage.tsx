import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Role } from '@trailmap/domain';
import { CalendarClock, LogIn, LogOut, UserCheck, Users } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { api, ApiError } from '../../api/client.js';
import { useMe, useResetSession } from '../../api/session.js';
import { useFormat } from '../../i18n/format.js';
import { describeError, hasErrorCode } from '../../ui/describeError.js';
import { ErrorAlert } from '../../ui/ErrorAlert.js';
import { AuthFrame } from '../auth/AuthFrame.js';
import { SignUpForm } from '../auth/SignUpForm.js';
import { useDocumentTitle } from '../useDocumentTitle.js';
import './invite.css';

/** What an invite link invites to, as `GET /api/invitations/:token` tells anyone who has the link. */
export interface InvitationDetails {
  workspaceName: string;
  email: string;
  role: Role;
  invitedByName: string;
  expiresAt: string;
}

/**
 * `/invite/:token`: the page an invite link opens, with or without an account. It says who invites you
 * to which workspace, with which role and until when. Signed in, you join with one button; otherwise you
 * create an account here (it joins the workspace), or sign in and come back. Unknown, used and expired
 * links get one friendly explanation.
 */
export default function InvitePage() {
  const { token = '' } = useParams();
  const { t } = useTranslation(['auth', 'common', 'ui']);
  const format = useFormat();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const resetSession = useResetSession();
  const me = useMe();
  const [gone, setGone] = useState(false);
  /** Signed up through the link: the session is being reset before going to the workspace. */
  const [entering, setEntering] = useState(false);
  const invitation = useQuery({
    queryKey: ['invitation', token],
    queryFn: async ({ signal }) =>
      (
        await api.get<{ invitation: InvitationDetails }>(
          `/api/invitations/${encodeURIComponent(token)}`,
          signal,
        )
      ).invitation,
    retry: false,
    staleTime: 30_000,
  });
  const accept = useMutation({
    mutationFn: () =>
      api.post<{ workspaceId: string; role: Role }>(`/api/invitations/${encodeURIComponent(token)}/accept`),
    onSuccess: async ({ workspaceId }) => {
      await queryClient.invalidateQueries({ queryKey: ['workspaces'] });
      navigate(`/w/${workspaceId}/journeys`, { replace: true });
    },
    onError: (error) => {
      if (hasErrorCode(error, 'invitation-not-found')) setGone(true);
    },
  });
  const signOut = useMutation({
    mutationFn: () => api.post<void>('/api/auth/sign-out'),
    onSuccess: () => resetSession(),
  });
  const details = invitation.data;
  useDocumentTitle(
    details
      ? t('auth:invite.documentTitle', { workspace: details.workspaceName })
      : t('auth:invite.loadingTitle'),
  );

  if (entering) {
    return (
      <AuthFrame title={t('auth:invite.entering')}>
        <p className="muted">{t('common:state.loading')}</p>
      </AuthFrame>
    );
  }
  const notFound = gone || (invitation.error instanceof ApiError && invitation.error.status === 404);
  if (notFound) {
    return (
      <AuthFrame title={t('auth:invite.gone.title')} intro={t('auth:invite.gone.text')}>
        <div className="invite-gone" data-testid="invite-gone">
          <p>{t('auth:invite.gone.why')}</p>
          <Link to="/" className="btn">
            {me.data ? t('auth:invite.gone.toApp') : t('auth:invite.gone.toSignIn')}
          </Link>
        </div>
      </AuthFrame>
    );
  }
  if (invitation.error) {
    return (
      <AuthFrame title={t('auth:invite.loadingTitle')}>
        <ErrorAlert error={invitation.error} onRetry={() => void invitation.refetch()} />
      </AuthFrame>
    );
  }
  if (!details || me.isPending) {
    return (
      <AuthFrame title={t('auth:invite.loadingTitle')}>
        <p className="muted">{t('common:state.loading')}</p>
      </AuthFrame>
    );
  }

  const role = t(`common:roles.${details.role}`).toLocaleLowerCase();
  const intro = details.invitedByName
    ? t('auth:invite.intro', { inviter: details.invitedByName, workspace: details.workspaceName, role })
    : t('auth:invite.introAnonymous', { workspace: details.workspaceName, role });
  const signInPath = `/sign-in?next=${encodeURIComponent(`/invite/${token}`)}`;
  const alreadyMember = hasErrorCode(accept.error, 'already-member');
  const memberOf =
    accept.error instanceof ApiError && typeof accept.error.body.workspaceId === 'string'
      ? accept.error.body.workspaceId
      : null;

  return (
    <AuthFrame title={t('auth:invite.title', { workspace: details.workspaceName })} intro={intro} wide>
      <ul className="invite-facts" data-testid="invite-details">
        <li>
          <Users size={18} aria-hidden="true" />
          <span>{t(`auth:invite.roleHelp.${details.role}`)}</span>
        </li>
        <li>
          <CalendarClock size={18} aria-hidden="true" />
          <span>{t('auth:invite.expires', { date: format.dateTime(details.expiresAt) })}</span>
        </li>
      </ul>

      {me.data ? (
        <div className="invite-join">
          <p>{t('auth:invite.signedInAs', { email: me.data.email })}</p>
          {alreadyMember ? (
            <div className="alert alert-success" role="status" data-testid="invite-already-member">
              <p>{t('auth:invite.alreadyMember', { workspace: details.workspaceName })}</p>
              {memberOf && (
                <Link to={`/w/${memberOf}/journeys`} className="btn" data-testid="invite-open-workspace">
                  {t('auth:invite.openWorkspace', { workspace: details.workspaceName })}
                </Link>
              )}
            </div>
          ) : (
            <>
              {accept.error && (
                <p className="alert alert-error" role="alert">
                  {describeError(t, accept.error)}
                </p>
              )}
              <button
                type="button"
                className="btn btn-primary auth-submit"
                onClick={() => accept.mutate()}
                disabled={accept.isPending}
                data-testid="invite-accept"
              >
                <UserCheck size={16} aria-hidden="true" />
                {accept.isPending
                  ? t('auth:invite.joining')
                  : t('auth:invite.join', { workspace: details.workspaceName })}
              </button>
            </>
          )}
          <p className="invite-switch">
            {t('auth:invite.notYou')}{' '}
            <button
              type="button"
              className="btn btn-ghost btn-small"
              onClick={() => signOut.mutate()}
              disabled={signOut.isPending}
              data-testid="invite-sign-out"
            >
              <LogOut size={14} aria-hidden="true" />
              {t('auth:invite.signOut')}
            </button>
          </p>
        </div>
      ) : (
        <section aria-labelledby="invite-sign-up-title" className="invite-sign-up">
          <h2 id="invite-sign-up-title">{t('auth:invite.signUpTitle')}</h2>
          <p className="invite-have-account">
            <LogIn size={16} aria-hidden="true" />
            <span>
              {t('auth:invite.haveAccount')}{' '}
              <Link to={signInPath} data-testid="invite-sign-in">
                {t('auth:invite.signIn')}
              </Link>
            </span>
          </p>
          <SignUpForm
            invitation={token}
            initialEmail={details.email}
            signInPath={signInPath}
            emailHint={t('auth:invite.emailHint')}
            onInvitationGone={() => setGone(true)}
            onSignedUp={async (_user, workspaceId) => {
              setEntering(true);
              await resetSession();
              navigate(`/w/${encodeURIComponent(workspaceId)}/journeys`, { replace: true });
            }}
          />
        </section>
      )}
    </AuthFrame>
  );
}
