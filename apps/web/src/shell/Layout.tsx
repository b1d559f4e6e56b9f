import { LogOut, Route as RouteIcon } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, Outlet, useNavigate, useParams } from 'react-router';
import { api } from '../api/client.js';
import { useMe, useResetSession, useWorkspaces } from '../api/session.js';
import { LanguageSwitch } from './LanguageSwitch.js';
import './layout.css';

/** The frame of every signed-in page: brand, workspace switcher, navigation, language, account. */
export function Layout() {
  const { t } = useTranslation();
  const { workspaceId } = useParams();
  const me = useMe();
  const workspaces = useWorkspaces(!!me.data);
  const navigate = useNavigate();
  const resetSession = useResetSession();

  async function signOut() {
    await api.post('/api/auth/sign-out');
    resetSession();
    navigate('/sign-in');
  }

  return (
    <div className="app-frame">
      <a className="skip-link" href="#main">
        {t('nav.skipToContent')}
      </a>
      <header className="app-header no-print">
        <Link to="/" className="brand">
          <RouteIcon size={20} aria-hidden="true" />
          <span>{t('appName')}</span>
        </Link>
        {workspaces.data && workspaces.data.length > 0 && (
          <label className="workspace-switch">
            <span className="visually-hidden">{t('nav.switchWorkspace')}</span>
            <select
              aria-label={t('nav.switchWorkspace')}
              value={workspaceId ?? ''}
              onChange={(e) => navigate(`/w/${e.target.value}/journeys`)}
              data-testid="workspace-switch"
            >
              {!workspaceId && <option value="">{t('nav.workspace')}</option>}
              {workspaces.data.map((w) => (
                <option key={w.id} value={w.id}>
                  {w.name}
                </option>
              ))}
            </select>
          </label>
        )}
        {workspaceId && (
          <nav aria-label={t('nav.mainNavigation')} className="main-nav">
            <NavLink to={`/w/${workspaceId}/journeys`}>{t('nav.journeys')}</NavLink>
            <NavLink to={`/w/${workspaceId}/personas`}>{t('nav.personas')}</NavLink>
            <NavLink to={`/w/${workspaceId}/data`}>{t('nav.data')}</NavLink>
            <NavLink to={`/w/${workspaceId}/comments`}>{t('nav.comments')}</NavLink>
            <NavLink to={`/w/${workspaceId}/members`}>{t('nav.members')}</NavLink>
          </nav>
        )}
        <div className="header-end">
          <LanguageSwitch />
          {me.data && (
            <button
              type="button"
              className="btn btn-ghost btn-small"
              onClick={() => void signOut()}
              title={me.data.email}
            >
              <LogOut size={16} aria-hidden="true" />
              <span className="sign-out-label">{t('user.signOut')}</span>
            </button>
          )}
        </div>
      </header>
      <main id="main" className="app-main">
        <Outlet />
      </main>
    </div>
  );
}
