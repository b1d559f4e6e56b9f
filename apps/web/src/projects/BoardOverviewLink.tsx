import { ExternalLink } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { workspaceReportHref } from './reportApi.js';

/** A link from the workspace to its board overview (every journey's projects and results), in the app's language. */
export function BoardOverviewLink({ workspaceId }: { workspaceId: string }) {
  const { t, i18n } = useTranslation('report');
  return (
    <a
      className="btn"
      href={workspaceReportHref(workspaceId, i18n.language === 'nl' ? 'nl' : 'en')}
      target="_blank"
      rel="noopener"
      title={t('overview.hint')}
      data-testid="open-board-overview"
    >
      <ExternalLink size={16} aria-hidden="true" />
      {t('overview.open')}
      <span className="visually-hidden"> ({t('overview.hint')})</span>
    </a>
  );
}
