import { Download, ExternalLink, Link2 } from 'lucide-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../i18n/format.js';
import './boardReport.css';
import { CopyButton } from '../ui/CopyButton.js';
import { ErrorAlert } from '../ui/ErrorAlert.js';
import { LinkField } from '../ui/LinkField.js';
import {
  journeyReportHref,
  useCreateReportLink,
  useReportLinks,
  useRevokeReportLink,
  type ReportLang,
} from './reportApi.js';

export interface BoardReportPanelProps {
  workspaceId: string;
  journeyId: string;
  /** Editors make and revoke share links to the report. */
  canShare: boolean;
}

/** The journey's board report: open it as HTML, download the A4 PDF, in en or nl; share it by a revocable link. */
export function BoardReportPanel({ workspaceId, journeyId, canShare }: BoardReportPanelProps) {
  const { t, i18n } = useTranslation('report');
  const format = useFormat();
  const [lang, setLang] = useState<ReportLang>(i18n.language === 'nl' ? 'nl' : 'en');
  const [created, setCreated] = useState<{ id: string; url: string } | null>(null);
  const headingId = useId();
  const langId = useId();
  const urlId = useId();
  const links = useReportLinks(workspaceId, journeyId, canShare);
  const create = useCreateReportLink(workspaceId, journeyId);
  const revoke = useRevokeReportLink(workspaceId, journeyId);

  return (
    <section className="pj-report" aria-labelledby={headingId} data-testid="board-report">
      <div className="pj-report__main">
        <div>
          <h2 id={headingId}>{t('title')}</h2>
          <p className="muted pj-report__lead">{t('lead')}</p>
        </div>
        <div className="pj-report__actions">
          <div className="field pj-report__lang">
            <label className="label" htmlFor={langId}>
              {t('language')}
            </label>
            <select
              id={langId}
              className="input"
              value={lang}
              onChange={(e) => setLang(e.target.value === 'nl' ? 'nl' : 'en')}
              data-testid="report-lang"
            >
              <option value="en">{t('languages.en')}</option>
              <option value="nl">{t('languages.nl')}</option>
            </select>
          </div>
          <a
            className="btn"
            href={journeyReportHref(workspaceId, journeyId, lang, 'html')}
            target="_blank"
            rel="noopener"
            data-testid="open-report"
          >
            <ExternalLink size={16} aria-hidden="true" />
            {t('open')}
            <span className="visually-hidden"> ({t('openHint')})</span>
          </a>
          <a
            className="btn"
            href={journeyReportHref(workspaceId, journeyId, lang, 'pdf')}
            download
            data-testid="download-report-pdf"
          >
            <Download size={16} aria-hidden="true" />
            {t('pdf')}
          </a>
          {canShare && (
            <button
              type="button"
              className="btn btn-primary"
              onClick={() =>
                create.mutate(undefined, {
                  onSuccess: (result) =>
                    setCreated({
                      id: result.shareLink.id,
                      url: `${window.location.origin}${result.path}?lang=${lang}`,
                    }),
                })
              }
              disabled={create.isPending}
              data-testid="create-report-link"
            >
              <Link2 size={16} aria-hidden="true" />
              {create.isPending ? t('share.creating') : t('share.create')}
            </button>
          )}
        </div>
      </div>
      {create.error && <ErrorAlert error={create.error} />}
      {created && (
        <div className="pj-report__created">
          <label className="label" htmlFor={urlId}>
            {t('share.newLink')}
          </label>
          <div className="pj-report__url">
            <LinkField id={urlId} value={created.url} testId="report-link-url" />
            <CopyButton text={created.url} label={t('share.copy')} testId="copy-report-link" />
          </div>
          <p className="hint muted">{t('share.hint')}</p>
        </div>
      )}
      {canShare && links.data && links.data.length > 0 && (
        <div>
          <h3 className="pj-report__links-title">{t('share.active')}</h3>
          <ul className="pj-report__links">
            {links.data.map((link) => (
              <li key={link.id} data-testid="report-link-row">
                <code>{link.prefix}…</code>{' '}
                <span className="muted">{t('share.made', { date: format.dateTime(link.createdAt) })}</span>
                <button
                  type="button"
                  className="btn btn-small"
                  aria-label={t('share.revokeLabel', { prefix: link.prefix })}
                  onClick={() =>
                    revoke.mutate(link.id, {
                      onSuccess: () => {
                        if (created?.id === link.id) setCreated(null);
                      },
                    })
                  }
                  disabled={revoke.isPending}
                  data-testid="revoke-report-link"
                >
                  {t('share.revoke')}
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
      {revoke.error && <ErrorAlert error={revoke.error} />}
    </section>
  );
}
