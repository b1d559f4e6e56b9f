import { Pencil } from 'lucide-react';
import { useState, type ElementType } from 'react';

export interface InlineTextProps {
  value: string;
  /** The element that shows the text (h1 for the title). */
  as?: ElementType;
  className?: string;
  /** Accessible name of the edit button and the input ("Edit title"). */
  editLabel: string;
  /** Shown when the value is empty (editors only). */
  placeholder?: string;
  required?: boolean;
  maxLength?: number;
  testId: string;
  /** Absent for readers: the text is plain. */
  onSave?: (value: string) => void;
}

/** Text that an editor clicks to change in place: Enter or leaving the field saves, Escape cancels. */
export function InlineText({
  value,
  as: Tag = 'span',
  className,
  editLabel,
  placeholder,
  required = false,
  maxLength = 200,
  testId,
  onSave,
}: InlineTextProps) {
  const [draft, setDraft] = useState<string | null>(null);
  if (!onSave) {
    return value ? (
      <Tag className={className} data-testid={testId}>
        {value}
      </Tag>
    ) : null;
  }
  if (draft === null) {
    return (
      <Tag className={className}>
        <button
          type="button"
          className={value ? 'inline-edit' : 'inline-edit is-empty'}
          onClick={() => setDraft(value)}
          aria-label={`${editLabel}: ${value || placeholder || ''}`}
          data-testid={testId}
        >
          <span>{value || placeholder}</span>
          <Pencil size={14} aria-hidden="true" className="inline-edit-icon" />
        </button>
      </Tag>
    );
  }
  const commit = () => {
    const next = draft.trim();
    setDraft(null);
    if ((required && next === '') || next === value) return;
    onSave(next);
  };
  return (
    <Tag className={className}>
      <input
        type="text"
        className="inline-edit-input"
        value={draft}
        maxLength={maxLength}
        aria-label={editLabel}
        autoFocus
        data-native-undo
        data-testid={`${testId}-input`}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            commit();
          } else if (e.key === 'Escape') {
            e.preventDefault();
            setDraft(null);
          }
        }}
      />
    </Tag>
  );
}
