import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { useDocumentTitle } from '../pages/useDocumentTitle.js';
import { ErrorAlert } from '../ui/ErrorAlert.js';
import { CommentThreadView } from './CommentThreadView.js';
import { useWorkspaceComments } from './commentsApi.js';
import { targetKey } from './CommentsContext.js';
import '../pages/pages.css';
import './comments.css';

const FILTERS = ['open', 'mine', 'resolved'] as const;
type Filter = (typeof FILTERS)[number];

/** `/w/:ws/comments?filter=open|mine|resolved`: the workspace's conversations, each with a link to its card. */
export default function CommentsPage() {
  const { workspaceId = '' } = useParams();
  const { t } = useTranslation(['comments', 'common']);
  useDocumentTitle(t('comments:page.title'));
  const [params, setParams] = useSearchParams();
  const param = params.get('filter');
  const filter: Filter = FILTERS.includes(param as Filter) ? (param as Filter) : 'open';
  const threads = useWorkspaceComments(workspaceId, filter);
  return (
    <div className="page comments-page" data-testid="comments-page">
      <header className="page-header">
        <div>
          <h1>{t('comments:page.title')}</h1>
          <p className="muted page-intro">{t('comments:page.lead')}</p>
        </div>
      </header>
      <div className="segmented" role="group" aria-label={t('comments:page.filter')}>
        {FILTERS.map((f) => (
          <button
            key={f}
            type="button"
            className={`btn btn-small${f === filter ? ' btn-primary' : ''}`}
            aria-pressed={f === filter}
            onClick={() => setParams(f === 'open' ? {} : { filter: f }, { replace: true })}
            data-testid={`comments-filter-${f}`}
          >
            {t(`comments:page.${f}`)}
          </button>
        ))}
      </div>
      {threads.isPending && <p className="muted">{t('common:state.loading')}</p>}
      {threads.error && <ErrorAlert error={threads.error} onRetry={() => void threads.refetch()} />}
      {threads.data?.length === 0 && (
        <p className="muted" data-testid="comments-page-empty">
          {t('comments:page.empty')}
        </p>
      )}
      {threads.data?.map((thread) => {
        const map = thread.journeyTitle ?? '';
        const href = `/w/${workspaceId}/journeys/${thread.journeyId}?comments=${targetKey(thread.target)}`;
        return (
          <section key={thread.id} aria-label={thread.target.title ?? map}>
            <p className="comments-page__where">
              {thread.target.title !== null
                ? t('comments:page.where', {
                    kind: t(`comments:page.kind.${thread.target.kind}`),
                    target: thread.target.title,
                    map,
                  })
                : t('comments:page.whereGone', { map })}{' '}
              {thread.target.title !== null && (
                <Link to={href} data-testid="comment-open-on-map">
                  {t('comments:page.openOnMap')}
                </Link>
              )}
            </p>
            <CommentThreadView thread={thread} />
          </section>
        );
      })}
    </div>
  );
}
