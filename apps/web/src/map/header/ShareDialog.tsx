import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { BarChart3, EyeOff, Link2, NotebookText } from 'lucide-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.js';
import { useFormat } from '../../i18n/format.js';
import { CopyButton } from '../../ui/CopyButton.js';
import { Dialog } from '../../ui/Dialog.js';
import { LinkField } from '../../ui/LinkField.js';
import { ErrorAlert } from '../../ui/ErrorAlert.js';

export interface ShareLink {
  id: string;
  prefix: string;
  createdAt: string;
  revokedAt: string | null;
  /** Whether whoever has the link also sees the back-stage notes and lane. */
  includeBackstage: boolean;
  /** Who made the link (absent in the answer to creating one). */
  createdByName?: string;
  /** The measured figures the shared map shows (null: none). */
  figures?: ShareFigures | null;
  /** What the link opens: the map, or the journey's board report (listed on the Projects view). */
  kind?: 'map' | 'report';
}

/** The figures options stored on a link: as the map shows its figures when it is shared. */
export interface ShareFigures {
  curve: 'designed' | 'measured' | 'both';
  from: string | null;
  to: string | null;
  personaId: string | null;
  /** On the shared page: the name of that persona. */
  personaName?: string;
}

interface CreatedLink {
  shareLink: ShareLink;
  token: string;
  path: string;
}

export interface ShareDialogProps {
  open: boolean;
  onClose: () => void;
  workspaceId: string;
  journeyId: string;
  /** Editors make and revoke links; others only see that they exist. */
  canManage: boolean;
  /**
   * The figures the map shows now (a linked map with figures shown), and the persona's name when they are
   * a persona's: the dialog offers to include them, checked. Absent: no figures to share.
   */
  figures?: { options: ShareFigures; personaName: string | null } | null | undefined;
}

/** Read-only links to the map for people without an account; the full link is shown once. */
export function ShareDialog({
  open,
  onClose,
  workspaceId,
  journeyId,
  canManage,
  figures = null,
}: ShareDialogProps) {
  const { t } = useTranslation(['map', 'common']);
  const format = useFormat();
  const queryClient = useQueryClient();
  const base = `/api/workspaces/${workspaceId}/journeys/${journeyId}/share-links`;
  const key = ['share-links', workspaceId, journeyId];
  const [created, setCreated] = useState<CreatedLink | null>(null);
  const [includeBackstage, setIncludeBackstage] = useState(false);
  const [includeFigures, setIncludeFigures] = useState(true);
  const urlId = useId();
  const backstageHintId = useId();
  const figuresHintId = useId();
  const links = useQuery({
    queryKey: key,
    queryFn: async () => (await api.get<{ shareLinks: ShareLink[] }>(base)).shareLinks,
    enabled: open,
  });
  const create = useMutation({
    mutationFn: (body: { includeBackstage: boolean; figures?: ShareFigures }) =>
      api.post<CreatedLink>(base, body),
    onSuccess: (result) => {
      setCreated(result);
      void queryClient.invalidateQueries({ queryKey: ['share-links', workspaceId] });
    },
  });
  const revoke = useMutation({
    mutationFn: (id: string) => api.delete<void>(`${base}/${id}`),
    onSuccess: (_result, id) => {
      if (created?.shareLink.id === id) setCreated(null);
      void queryClient.invalidateQueries({ queryKey: ['share-links', workspaceId] });
    },
  });
  const active = (links.data ?? []).filter((l) => l.revokedAt === null && l.kind !== 'report');
  const url = created ? `${window.location.origin}${created.path}` : '';

  return (
    <Dialog
      open={open}
      title={t('map:share.title')}
      description={t('map:share.description')}
      onClose={() => {
        setCreated(null);
        setIncludeBackstage(false);
        setIncludeFigures(true);
        onClose();
      }}
      size="wide"
      testId="share-dialog"
    >
      {created && (
        <div className="share-created">
          <label className="label" htmlFor={urlId}>
            {t('map:share.newLink')}
          </label>
          <div className="share-url-row">
            <LinkField id={urlId} value={url} testId="share-link-url" />
            <CopyButton text={url} label={t('map:share.copy')} testId="copy-share-link" />
          </div>
          <p className="hint muted" data-testid="share-link-scope">
            {created.shareLink.includeBackstage
              ? t('map:share.createdWithBackstage')
              : t('map:share.createdWithoutBackstage')}{' '}
            {created.shareLink.figures ? `${t('map:share.createdWithFigures')} ` : ''}
            {t('map:share.onceHint')}
          </p>
        </div>
      )}
      {canManage && (
        <div className="share-create">
          <label className="share-backstage">
            <input
              type="checkbox"
              checked={includeBackstage}
              onChange={(e) => setIncludeBackstage(e.target.checked)}
              aria-describedby={backstageHintId}
              data-testid="share-include-backstage"
            />
            <span>
              <span className="share-backstage-label">{t('map:share.includeBackstage')}</span>
              <span id={backstageHintId} className="hint muted">
                {t('map:share.includeBackstageHint')}
              </span>
            </span>
          </label>
          {figures && (
            <label className="share-backstage">
              <input
                type="checkbox"
                checked={includeFigures}
                onChange={(e) => setIncludeFigures(e.target.checked)}
                aria-describedby={figuresHintId}
                data-testid="share-include-figures"
              />
              <span>
                <span className="share-backstage-label">{t('map:share.includeFigures')}</span>
                <span id={figuresHintId} className="hint muted">
                  {t('map:share.includeFiguresHint', {
                    persona: figures.personaName
                      ? t('map:share.includeFiguresPersona', { name: figures.personaName })
                      : '',
                  })}
                </span>
              </span>
            </label>
          )}
          <button
            type="button"
            className="btn btn-primary"
            onClick={() =>
              create.mutate({
                includeBackstage,
                ...(figures && includeFigures ? { figures: figures.options } : {}),
              })
            }
            disabled={create.isPending}
            data-testid="create-share-link"
          >
            <Link2 size={16} aria-hidden="true" />
            {create.isPending ? t('map:share.creating') : t('map:share.create')}
          </button>
        </div>
      )}
      {create.error && <ErrorAlert error={create.error} />}
      <h3 className="share-list-title">{t('map:share.activeLinks')}</h3>
      {links.isPending && <p className="muted">{t('common:state.loading')}</p>}
      {links.error && <ErrorAlert error={links.error} onRetry={() => void links.refetch()} />}
      {links.data && active.length === 0 && <p className="muted">{t('map:share.none')}</p>}
      {active.length > 0 && (
        <ul className="share-list">
          {active.map((link) => (
            <li key={link.id} data-testid="share-link-row">
              <div className="share-link-who">
                <span className="share-link-title">
                  <code>{link.prefix}…</code>
                  {link.includeBackstage ? (
                    <span className="badge badge-backstage" data-testid="share-link-backstage">
                      <NotebookText size={12} aria-hidden="true" />
                      {t('map:share.withBackstage')}
                    </span>
                  ) : (
                    <span className="badge">
                      <EyeOff size={12} aria-hidden="true" />
                      {t('map:share.withoutBackstage')}
                    </span>
                  )}
                  {link.figures && (
                    <span className="badge" data-testid="share-link-figures">
                      <BarChart3 size={12} aria-hidden="true" />
                      {t('map:share.withFigures')}
                    </span>
                  )}
                </span>
                <span className="muted">
                  {link.createdByName
                    ? t('map:share.createdBy', {
                        name: link.createdByName,
                        date: format.dateTime(link.createdAt),
                      })
                    : t('map:share.createdAt', { date: format.dateTime(link.createdAt) })}
                </span>
              </div>
              {canManage && (
                <button
                  type="button"
                  className="btn btn-small"
                  onClick={() => revoke.mutate(link.id)}
                  disabled={revoke.isPending}
                  data-testid="revoke-share-link"
                >
                  {t('map:share.revoke')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {revoke.error && <ErrorAlert error={revoke.error} />}
    </Dialog>
  );
}
