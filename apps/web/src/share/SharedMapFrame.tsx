import { Eye, Route as RouteIcon } from 'lucide-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../shell/LanguageSwitch.js';

/** The frame of a shared map: a read-only banner with the language switch, and no app navigation. */
export function SharedMapFrame({ children }: { children: ReactNode }) {
  const { t } = useTranslation(['share', 'common']);
  return (
    <div className="share-page">
      <div className="share-banner no-print" role="note" data-testid="share-banner">
        <span className="share-brand">
          <RouteIcon size={18} aria-hidden="true" />
          <span>{t('common:appName')}</span>
        </span>
        <span className="share-banner-text">
          <Eye size={16} aria-hidden="true" />
          <strong>{t('share:banner')}</strong>
          <span className="share-banner-hint">{t('share:bannerHint')}</span>
        </span>
        <LanguageSwitch />
      </div>
      <main id="main" className="share-main">
        {children}
      </main>
    </div>
  );
}
