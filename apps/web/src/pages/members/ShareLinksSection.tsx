import { EyeOff, Link2, NotebookText } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../../i18n/format.js';
import { ConfirmDialog } from '../../ui/ConfirmDialog.js';
import { describeError } from '../../ui/describeError.js';
import { ErrorAlert } from '../../ui/ErrorAlert.js';
import {
  useRevokeAllShareLinks,
  useRevokeShareLink,
  useWorkspaceShareLinks,
  type WorkspaceShareLink,
} from './membersApi.js';

/**
 * Owners only: every live read-only link to a map of this workspace, whoever made it, with a revoke per
 * link and "revoke all" (after a confirmation). Links are made in each map's Share dialog.
 */
export function ShareLinksSection({ workspaceId }: { workspaceId: string }) {
  const { t } = useTranslation(['members', 'common']);
  const format = useFormat();
  const links = useWorkspaceShareLinks(workspaceId);
  const revoke = useRevokeShareLink(workspaceId);
  const revokeAll = useRevokeAllShareLinks(workspaceId);
  const [confirming, setConfirming] = useState(false);
  const [announcement, setAnnouncement] = useState<string | null>(null);
  const live = (links.data ?? []).filter((link) => link.revokedAt === null);

  function revokeOne(link: WorkspaceShareLink) {
    revoke.mutate(link, {
      onSuccess: () => setAnnouncement(t('members:shareLinks.revoked', { map: link.journeyTitle })),
      onError: (error) => setAnnouncement(describeError(t, error)),
    });
  }

  return (
    <section
      className="card members-section"
      id="share-links"
      aria-labelledby="share-links-heading"
      data-testid="workspace-share-links"
    >
      <div className="section-heading-row">
        <h2 id="share-links-heading">{t('members:shareLinks.title')}</h2>
        {live.length > 0 && (
          <button
            type="button"
            className="btn btn-small icon-text-danger"
            onClick={() => setConfirming(true)}
            data-testid="share-links-revoke-all"
          >
            {t('members:shareLinks.revokeAll', { count: live.length })}
          </button>
        )}
      </div>
      <p className="muted section-intro">{t('members:shareLinks.intro')}</p>
      <p role="status" className="status-line" data-testid="share-links-status">
        {announcement}
      </p>
      {links.isPending && <p className="muted">{t('common:state.loading')}</p>}
      {links.isError && <ErrorAlert error={links.error} onRetry={() => void links.refetch()} />}
      {links.isSuccess && live.length === 0 && (
        <p className="muted api-keys-none" data-testid="share-links-none">
          {t('members:shareLinks.none')}
        </p>
      )}
      {live.length > 0 && (
        <ul className="member-list share-link-list" aria-label={t('members:shareLinks.listLabel')}>
          {live.map((link) => (
            <li key={link.id} className="api-key-row" data-testid="workspace-share-link">
              <span className="invitation-icon" aria-hidden="true">
                <Link2 size={18} />
              </span>
              <div className="member-who">
                <span className="member-name">
                  <Link to={`/w/${workspaceId}/journeys/${link.journeyId}`}>{link.journeyTitle}</Link>
                  {link.includeBackstage ? (
                    <span className="badge badge-backstage">
                      <NotebookText size={12} aria-hidden="true" />
                      {t('members:shareLinks.withBackstage')}
                    </span>
                  ) : (
                    <span className="badge">
                      <EyeOff size={12} aria-hidden="true" />
                      {t('members:shareLinks.withoutBackstage')}
                    </span>
                  )}
                </span>
                <span className="muted member-since">
                  <code className="key-prefix">{link.prefix}…</code> ·{' '}
                  {t('members:shareLinks.madeBy', {
                    name: link.createdByName || t('members:shareLinks.someone'),
                    date: format.date(link.createdAt),
                  })}
                </span>
              </div>
              <button
                type="button"
                className="btn btn-small btn-ghost icon-text-danger"
                onClick={() => revokeOne(link)}
                disabled={revoke.isPending && revoke.variables?.id === link.id}
                aria-label={t('members:shareLinks.revokeFor', {
                  map: link.journeyTitle,
                  prefix: link.prefix,
                })}
                data-testid="workspace-share-link-revoke"
              >
                {t('members:shareLinks.revoke')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <ConfirmDialog
        open={confirming}
        title={t('members:shareLinks.confirm.title', { count: live.length })}
        message={<p>{t('members:shareLinks.confirm.message', { count: live.length })}</p>}
        confirmLabel={t('members:shareLinks.confirm.submit', { count: live.length })}
        onConfirm={async () => {
          const { revoked } = await revokeAll.mutateAsync();
          setAnnouncement(t('members:shareLinks.revokedAll', { count: revoked }));
        }}
        onClose={() => setConfirming(false)}
      />
    </section>
  );
}
