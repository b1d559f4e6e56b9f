import type { Role } from '@trailmap/domain';
import { Check, RotateCcw, Trash2 } from 'lucide-react';
import { Fragment, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../i18n/format.js';
import { CommentComposer, type Member } from './CommentComposer.js';
import type { CommentView, NewMessage, ThreadView } from './commentsApi.js';

export interface ThreadActions {
  me: string;
  role: Role;
  members: readonly Member[];
  onReply: (threadId: string, message: NewMessage) => Promise<unknown>;
  replying: boolean;
  onSetStatus: (threadId: string, status: ThreadView['status']) => void;
  onDelete: (threadId: string, comment: CommentView) => void;
}

/** A comment's text with its mentions set off (React escapes the text itself). */
function renderBody(comment: CommentView): ReactNode {
  const names = comment.mentions.map((m) => m.name).filter((n): n is string => n !== null);
  if (names.length === 0) return comment.body;
  const pattern = new RegExp(
    `(@(?:${names.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')}))`,
  );
  return comment.body.split(pattern).map((part, i) =>
    i % 2 === 1 ? (
      <strong key={i} className="comment-mention">
        {part}
      </strong>
    ) : (
      <Fragment key={i}>{part}</Fragment>
    ),
  );
}

/** One thread: its comments, a reply box, resolve or reopen. */
export function CommentThreadView({ thread, actions }: { thread: ThreadView; actions?: ThreadActions }) {
  const { t } = useTranslation('comments');
  const format = useFormat();
  const [replying, setReplying] = useState(false);
  const starter = thread.comments[0]?.author?.id;
  const mayResolve = actions && (actions.role !== 'viewer' || starter === actions.me);
  return (
    <article
      className={`comment-thread comment-thread--${thread.status}`}
      data-testid="comment-thread"
      data-thread-id={thread.id}
      data-status={thread.status}
    >
      <ol className="comment-list">
        {thread.comments.map((comment) => (
          <li key={comment.id} className="comment" data-testid="comment">
            <div className="comment-meta">
              <strong>{comment.author?.name ?? t('thread.formerMember')}</strong>
              <time dateTime={comment.createdAt}>{format.dateTime(comment.createdAt)}</time>
              {comment.editedAt && <span className="muted">{t('thread.edited')}</span>}
              {actions && (comment.author?.id === actions.me || actions.role === 'owner') && (
                <button
                  type="button"
                  className="icon-btn comment-delete"
                  onClick={() => actions.onDelete(thread.id, comment)}
                  aria-label={t('thread.delete')}
                  title={t('thread.delete')}
                  data-testid="comment-delete"
                >
                  <Trash2 size={14} aria-hidden="true" />
                </button>
              )}
            </div>
            <p className="comment-body" data-testid="comment-body">
              {renderBody(comment)}
            </p>
          </li>
        ))}
      </ol>
      {thread.status === 'resolved' && (
        <p className="muted comment-resolved" data-testid="comment-resolved">
          {t('thread.resolvedBy', {
            name: thread.resolvedBy?.name ?? t('thread.formerMember'),
            date: thread.resolvedAt ? format.dateTime(thread.resolvedAt) : '',
          })}
        </p>
      )}
      {actions && (
        <div className="comment-thread__actions">
          {!replying && (
            <button
              type="button"
              className="btn btn-small btn-ghost"
              onClick={() => setReplying(true)}
              data-testid="comment-reply-open"
            >
              {t('thread.reply')}
            </button>
          )}
          {mayResolve && (
            <button
              type="button"
              className="btn btn-small btn-ghost"
              onClick={() => actions.onSetStatus(thread.id, thread.status === 'open' ? 'resolved' : 'open')}
              data-testid={thread.status === 'open' ? 'comment-resolve' : 'comment-reopen'}
            >
              {thread.status === 'open' ? (
                <Check size={14} aria-hidden="true" />
              ) : (
                <RotateCcw size={14} aria-hidden="true" />
              )}
              {thread.status === 'open' ? t('thread.resolve') : t('thread.reopen')}
            </button>
          )}
        </div>
      )}
      {actions && replying && (
        <CommentComposer
          members={actions.members}
          onSend={(message) => actions.onReply(thread.id, message).then(() => setReplying(false))}
          sending={actions.replying}
          label={t('thread.replyLabel')}
          submitLabel={t('thread.replySend')}
          testId="comment-reply"
        />
      )}
    </article>
  );
}
