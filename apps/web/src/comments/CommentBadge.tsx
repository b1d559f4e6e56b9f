import type { CommentTarget } from '@trailmap/domain';
import { MessageSquare } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { useCommentsOf } from './CommentsContext.js';
import './comments.css';

interface Props {
  target: CommentTarget;
  /** The card's title or the phase's name, for the label. */
  label: string;
  /** Show the button without open threads too (a phase header offers to start one). */
  always?: boolean;
}

/** The number of open comment threads of a card or phase; opens its comments. Nothing when there are none. */
export function CommentBadge({ target, label, always = false }: Props) {
  const { t } = useTranslation('comments');
  const comments = useCommentsOf(target);
  if (!comments || (comments.count === 0 && !always)) return null;
  const name =
    comments.count === 0 ? t('badge.none', { label }) : t('badge.label', { count: comments.count, label });
  return (
    <button
      type="button"
      className={`comment-badge${comments.count === 0 ? ' comment-badge--empty' : ''}`}
      onClick={(event) => {
        event.stopPropagation();
        comments.open();
      }}
      aria-label={name}
      title={name}
      data-testid="comment-badge"
      data-target={`${target.kind}:${target.id}`}
    >
      <MessageSquare size={12} aria-hidden="true" />
      {comments.count > 0 && <span>{comments.count}</span>}
    </button>
  );
}
