import { Route as RouteIcon } from 'lucide-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../../shell/LanguageSwitch.js';
import './auth.css';

export interface AuthFrameProps {
  title: string;
  intro?: string;
  children: ReactNode;
  /** Under the card: the link to the other auth page. */
  footer?: ReactNode;
  /** A wider card for pages with more to say (the invite page). */
  wide?: boolean;
}

/** The frame of the sign-in, sign-up and invite pages: brand, tagline, language switch and one card. */
export function AuthFrame({ title, intro, children, footer, wide = false }: AuthFrameProps) {
  const { t } = useTranslation('common');
  return (
    <div className="auth-frame">
      <header className="auth-topbar">
        <span className="brand">
          <RouteIcon size={20} aria-hidden="true" />
          <span>{t('appName')}</span>
        </span>
        <LanguageSwitch />
      </header>
      <main className="auth-main" id="main">
        <p className="auth-tagline">{t('tagline')}</p>
        <section
          className={wide ? 'auth-card auth-card-wide card' : 'auth-card card'}
          aria-labelledby="auth-title"
        >
          <h1 id="auth-title">{title}</h1>
          {intro && <p className="muted auth-intro">{intro}</p>}
          {children}
        </section>
        {footer && <p className="auth-footer">{footer}</p>}
      </main>
    </div>
  );
}
