import { COMMENT_LIMITS } from '@trailmap/domain';
import { useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { NewMessage } from './commentsApi.js';
import { findMentionQuery, keptMentions, matchMembers } from './findMentionQuery.js';

export interface Member {
  userId: string;
  name: string;
}

interface Props {
  members: readonly Member[];
  /** Sends the message; resolves when it is stored (the text is then cleared). */
  onSend: (message: NewMessage) => Promise<unknown>;
  sending: boolean;
  label: string;
  submitLabel: string;
  testId: string;
}

/**
 * A comment box: type `@` and a name to mention a member (arrow keys and Enter, or a click, pick one);
 * Ctrl/⌘+Enter sends.
 */
export function CommentComposer({ members, onSend, sending, label, submitLabel, testId }: Props) {
  const { t } = useTranslation('comments');
  const id = useId();
  const ref = useRef<HTMLTextAreaElement>(null);
  const [text, setText] = useState('');
  const [chosen, setChosen] = useState<{ id: string; name: string }[]>([]);
  const [query, setQuery] = useState<{ start: number; query: string } | null>(null);
  const [active, setActive] = useState(0);
  const options = query ? matchMembers(members, query.query) : [];

  const update = (value: string, caret: number) => {
    setText(value);
    setQuery(findMentionQuery(value, caret));
    setActive(0);
  };
  const pick = (member: Member) => {
    if (!query) return;
    const caret = ref.current?.selectionStart ?? text.length;
    const inserted = `@${member.name} `;
    const next = text.slice(0, query.start) + inserted + text.slice(caret);
    setText(next);
    setChosen((list) => [...list, { id: member.userId, name: member.name }]);
    setQuery(null);
    requestAnimationFrame(() => {
      const at = query.start + inserted.length;
      ref.current?.focus();
      ref.current?.setSelectionRange(at, at);
    });
  };
  const send = (event?: FormEvent) => {
    event?.preventDefault();
    if (text.trim() === '' || sending) return;
    onSend({ body: text, mentions: keptMentions(text, chosen) }).then(
      () => {
        setText('');
        setChosen([]);
      },
      () => {},
    );
  };
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (options.length > 0) {
      if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
        event.preventDefault();
        const step = event.key === 'ArrowDown' ? 1 : -1;
        setActive((i) => (i + step + options.length) % options.length);
        return;
      }
      if (event.key === 'Enter' || event.key === 'Tab') {
        event.preventDefault();
        pick(options[active]!);
        return;
      }
      if (event.key === 'Escape') {
        event.preventDefault();
        setQuery(null);
        return;
      }
    }
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) send();
  };
  const listId = `${id}-mentions`;
  return (
    <form className="comment-composer" onSubmit={send} data-testid={testId}>
      <label htmlFor={id} className="visually-hidden">
        {label}
      </label>
      <textarea
        ref={ref}
        id={id}
        rows={2}
        value={text}
        placeholder={label}
        maxLength={COMMENT_LIMITS.body}
        onChange={(event) => update(event.target.value, event.target.selectionStart)}
        onKeyDown={onKeyDown}
        role="combobox"
        aria-expanded={options.length > 0}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={options.length > 0 ? `${listId}-${active}` : undefined}
        aria-describedby={`${id}-hint`}
        data-testid={`${testId}-text`}
      />
      <span id={`${id}-hint`} className="visually-hidden">
        {t('composer.hint')}
      </span>
      {options.length > 0 && (
        <ul id={listId} role="listbox" className="mention-list" aria-label={t('composer.mentionList')}>
          {options.map((member, i) => (
            <li
              key={member.userId}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === active}
              className={i === active ? 'is-active' : ''}
              onMouseDown={(event) => {
                event.preventDefault();
                pick(member);
              }}
              data-testid="mention-option"
            >
              {member.name}
            </li>
          ))}
        </ul>
      )}
      <div className="comment-composer__actions">
        <span className="muted">{t('composer.mentionHint')}</span>
        <button
          type="submit"
          className="btn btn-small btn-primary"
          disabled={sending || text.trim() === ''}
          data-testid={`${testId}-send`}
        >
          {sending ? t('composer.sending') : submitLabel}
        </button>
      </div>
    </form>
  );
}
