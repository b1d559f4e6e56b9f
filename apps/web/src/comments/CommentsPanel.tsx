import type { CommentTarget, Role } from '@trailmap/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SidePanel } from '../map/panel/SidePanel.js';
import { ConfirmDialog } from '../ui/ConfirmDialog.js';
import { ErrorAlert } from '../ui/ErrorAlert.js';
import { CommentComposer, type Member } from './CommentComposer.js';
import { CommentThreadView } from './CommentThreadView.js';
import {
  useDeleteMessage,
  useReply,
  useSetThreadStatus,
  useStartThread,
  type CommentView,
  type ThreadView,
} from './commentsApi.js';
import { targetKey } from './CommentsContext.js';

interface Props {
  workspaceId: string;
  journeyId: string;
  target: CommentTarget;
  /** The card's title or the phase's name. */
  title: string;
  /** Every thread of the map (those of this target are shown). */
  threads: readonly ThreadView[];
  me: string;
  role: Role;
  members: readonly Member[];
  onClose: () => void;
}

/** The comments of one card or phase: start a thread, reply, resolve and reopen; open ones first. */
export function CommentsPanel({
  workspaceId,
  journeyId,
  target,
  title,
  threads,
  me,
  role,
  members,
  onClose,
}: Props) {
  const { t } = useTranslation('comments');
  const [showResolved, setShowResolved] = useState(false);
  const [deleting, setDeleting] = useState<{ threadId: string; comment: CommentView } | null>(null);
  const start = useStartThread(workspaceId, journeyId);
  const reply = useReply(workspaceId);
  const setStatus = useSetThreadStatus(workspaceId);
  const remove = useDeleteMessage(workspaceId);
  const mine = threads.filter((thread) => targetKey(thread.target) === targetKey(target));
  const open = mine.filter((thread) => thread.status === 'open');
  const resolved = mine.filter((thread) => thread.status === 'resolved');
  const actions = {
    me,
    role,
    members,
    onReply: (threadId: string, message: { body: string; mentions: string[] }) =>
      reply.mutateAsync({ threadId, ...message }),
    replying: reply.isPending,
    onSetStatus: (threadId: string, status: ThreadView['status']) => setStatus.mutate({ threadId, status }),
    onDelete: (threadId: string, comment: CommentView) => setDeleting({ threadId, comment }),
  };
  const failure = start.error ?? reply.error ?? setStatus.error;
  return (
    <SidePanel
      title={title}
      kicker={t('panel.kicker', { count: open.length })}
      onClose={onClose}
      testId="comments-panel"
    >
      <CommentComposer
        members={members}
        onSend={(message) => start.mutateAsync({ target, ...message })}
        sending={start.isPending}
        label={t('panel.newLabel', { title })}
        submitLabel={t('panel.send')}
        testId="comment-new"
      />
      {failure ? <ErrorAlert error={failure} /> : null}
      {open.length === 0 ? (
        <p className="muted" data-testid="comments-none">
          {t('panel.none')}
        </p>
      ) : (
        <div className="comment-threads" data-testid="comments-open">
          {open.map((thread) => (
            <CommentThreadView key={thread.id} thread={thread} actions={actions} />
          ))}
        </div>
      )}
      {resolved.length > 0 && (
        <div className="comment-resolved-list">
          <button
            type="button"
            className="btn btn-small btn-ghost"
            aria-expanded={showResolved}
            onClick={() => setShowResolved((s) => !s)}
            data-testid="comments-show-resolved"
          >
            {t(showResolved ? 'panel.hideResolved' : 'panel.showResolved', { count: resolved.length })}
          </button>
          {showResolved &&
            resolved.map((thread) => <CommentThreadView key={thread.id} thread={thread} actions={actions} />)}
        </div>
      )}
      <ConfirmDialog
        open={deleting !== null}
        title={t('delete.title')}
        message={<p>{t('delete.message')}</p>}
        confirmLabel={t('delete.confirm')}
        onConfirm={() =>
          deleting
            ? remove.mutateAsync({ threadId: deleting.threadId, commentId: deleting.comment.id })
            : undefined
        }
        onClose={() => setDeleting(null)}
      />
    </SidePanel>
  );
}
