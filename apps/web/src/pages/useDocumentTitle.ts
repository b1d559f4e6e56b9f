import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** Names the browser tab after the page ("Personas · Trailmap"), so tabs, history and screen readers can tell pages apart. */
export function useDocumentTitle(title: string | null | undefined) {
  const { t } = useTranslation('common');
  const appName = t('appName');
  useEffect(() => {
    document.title = title ? `${title} · ${appName}` : appName;
  }, [title, appName]);
}
