import type { Ref } from 'react';
import './ui.css';

export interface LinkFieldProps {
  id: string;
  value: string;
  testId?: string;
  ref?: Ref<HTMLTextAreaElement>;
}

/**
 * A link to copy, read-only: it wraps onto more lines instead of hiding its end (a phone shows all of it),
 * and focusing it selects all of it.
 */
export function LinkField({ id, value, testId, ref }: LinkFieldProps) {
  return (
    <textarea
      ref={ref}
      id={id}
      className="link-field"
      readOnly
      rows={2}
      spellCheck={false}
      value={value}
      onFocus={(e) => e.currentTarget.select()}
      data-testid={testId}
    />
  );
}
