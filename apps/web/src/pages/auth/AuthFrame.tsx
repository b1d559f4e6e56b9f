import { Route as RouteIcon } from 'lucide-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../../shell/LanguageSwitch.js';
import './auth.css';

export interface AuthFrameProps {
  title: string;
  intro: string;
  children: ReactNode;
  /** Under the card: the link to the other auth page. */
  footer: ReactNode;
}

/** The frame of the sign-in and sign-up pages: brand, tagline, language switch and one card. */
export function AuthFrame({ title, intro, children, footer }: AuthFrameProps) {
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
        <section className="auth-card card" aria-labelledby="auth-title">
          <h1 id="auth-title">{title}</h1>
          <p className="muted auth-intro">{intro}</p>
          {children}
        </section>
        <p className="auth-footer">{footer}</p>
      </main>
    </div>
  );
}
