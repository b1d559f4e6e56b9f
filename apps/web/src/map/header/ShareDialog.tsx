import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link2 } from 'lucide-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.js';
import { useFormat } from '../../i18n/format.js';
import { CopyButton } from '../../ui/CopyButton.js';
import { Dialog } from '../../ui/Dialog.js';
import { ErrorAlert } from '../../ui/ErrorAlert.js';

export interface ShareLink {
  id: string;
  prefix: string;
  createdAt: string;
  revokedAt: string | null;
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
}

/** Read-only links to the map for people without an account; the full link is shown once. */
export function ShareDialog({ open, onClose, workspaceId, journeyId, canManage }: ShareDialogProps) {
  const { t } = useTranslation(['map', 'common']);
  const format = useFormat();
  const queryClient = useQueryClient();
  const base = `/api/workspaces/${workspaceId}/journeys/${journeyId}/share-links`;
  const key = ['share-links', workspaceId, journeyId];
  const [created, setCreated] = useState<CreatedLink | null>(null);
  const urlId = useId();
  const links = useQuery({
    queryKey: key,
    queryFn: async () => (await api.get<{ shareLinks: ShareLink[] }>(base)).shareLinks,
    enabled: open,
  });
  const create = useMutation({
    mutationFn: () => api.post<CreatedLink>(base),
    onSuccess: (result) => {
      setCreated(result);
      void queryClient.invalidateQueries({ queryKey: key });
    },
  });
  const revoke = useMutation({
    mutationFn: (id: string) => api.delete<void>(`${base}/${id}`),
    onSuccess: (_result, id) => {
      if (created?.shareLink.id === id) setCreated(null);
      void queryClient.invalidateQueries({ queryKey: key });
    },
  });
  const active = (links.data ?? []).filter((l) => l.revokedAt === null);
  const url = created ? `${window.location.origin}${created.path}` : '';

  return (
    <Dialog
      open={open}
      title={t('map:share.title')}
      description={t('map:share.description')}
      onClose={() => {
        setCreated(null);
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
            <input
              id={urlId}
              type="text"
              readOnly
              value={url}
              onFocus={(e) => e.currentTarget.select()}
              data-testid="share-link-url"
            />
            <CopyButton text={url} label={t('map:share.copy')} testId="copy-share-link" />
          </div>
          <p className="hint muted">{t('map:share.onceHint')}</p>
        </div>
      )}
      {canManage && (
        <button
          type="button"
          className="btn btn-primary"
          onClick={() => create.mutate()}
          disabled={create.isPending}
          data-testid="create-share-link"
        >
          <Link2 size={16} aria-hidden="true" />
          {create.isPending ? t('map:share.creating') : t('map:share.create')}
        </button>
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
              <code>{link.prefix}…</code>
              <span className="muted">
                {t('map:share.createdAt', { date: format.dateTime(link.createdAt) })}
              </span>
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
