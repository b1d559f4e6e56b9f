import { ArrowDown, ArrowUp, Plus, X } from 'lucide-react';
import { useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { AutoGrowTextarea } from './AutoGrowTextarea.js';

export const MAX_LIST_ITEMS = 50;
export const MAX_ITEM_LENGTH = 1000;

export type ListKind = 'goals' | 'needs' | 'frustrations';

export interface ListEditorProps {
  /** Which list: its label, placeholder and item names come from `personas:lists.<kind>`. */
  kind: ListKind;
  items: readonly string[];
  onChange: (items: string[]) => void;
  testId: string;
}

/**
 * An editable list of short texts: type in the last field and press Enter to add; edit in place;
 * move up and down; remove with the button, or Backspace in an emptied item.
 */
export function ListEditor({ kind, items, onChange, testId }: ListEditorProps) {
  const { t } = useTranslation('personas');
  const legendId = useId();
  const [draft, setDraft] = useState('');
  const listRef = useRef<HTMLUListElement>(null);
  const addRef = useRef<HTMLInputElement>(null);
  const full = items.length >= MAX_LIST_ITEMS;
  const text = (key: string, position?: number) => t(`lists.${kind}.${key}`, { position });

  /** Focuses item `index` after React has rendered the change (or the add field when there is none). */
  function focusItemSoon(index: number) {
    requestAnimationFrame(() => {
      const inputs = listRef.current?.querySelectorAll<HTMLTextAreaElement>('[data-item]');
      const target = index >= 0 ? inputs?.[index] : undefined;
      (target ?? addRef.current)?.focus();
    });
  }

  function addItem() {
    const entry = draft.trim();
    if (!entry || full) return;
    onChange([...items, entry]);
    setDraft('');
  }

  function changeItem(index: number, value: string) {
    onChange(items.map((item, i) => (i === index ? value : item)));
  }

  function removeItem(index: number) {
    onChange(items.filter((_, i) => i !== index));
    focusItemSoon(index < items.length - 1 ? index : -1);
  }

  function moveItem(index: number, delta: -1 | 1) {
    const target = index + delta;
    if (target < 0 || target >= items.length) return;
    const next = [...items];
    [next[index], next[target]] = [next[target]!, next[index]!];
    onChange(next);
    focusItemSoon(target);
  }

  function handleItemKey(event: KeyboardEvent<HTMLTextAreaElement>, index: number) {
    if (event.key === 'Enter') {
      event.preventDefault();
      addRef.current?.focus();
    } else if (event.key === 'Backspace' && items[index] === '') {
      event.preventDefault();
      onChange(items.filter((_, i) => i !== index));
      focusItemSoon(index - 1);
    } else if (event.altKey && (event.key === 'ArrowUp' || event.key === 'ArrowDown')) {
      event.preventDefault();
      moveItem(index, event.key === 'ArrowUp' ? -1 : 1);
    }
  }

  return (
    <fieldset className="list-editor" aria-labelledby={legendId} data-testid={testId}>
      <legend id={legendId} className="label">
        {text('label')}
      </legend>
      {items.length > 0 && (
        <ul ref={listRef}>
          {items.map((item, index) => {
            const position = index + 1;
            return (
              <li key={index}>
                <AutoGrowTextarea
                  data-item
                  value={item}
                  maxLength={MAX_ITEM_LENGTH}
                  onChange={(e) => changeItem(index, e.target.value.replace(/\n/g, ' '))}
                  onKeyDown={(e) => handleItemKey(e, index)}
                  aria-label={text('item', position)}
                />
                <button
                  type="button"
                  className="icon-btn"
                  onClick={() => moveItem(index, -1)}
                  disabled={index === 0}
                  aria-label={text('moveUp', position)}
                >
                  <ArrowUp size={16} aria-hidden="true" />
                </button>
                <button
                  type="button"
                  className="icon-btn"
                  onClick={() => moveItem(index, 1)}
                  disabled={index === items.length - 1}
                  aria-label={text('moveDown', position)}
                >
                  <ArrowDown size={16} aria-hidden="true" />
                </button>
                <button
                  type="button"
                  className="icon-btn icon-btn-danger"
                  onClick={() => removeItem(index)}
                  aria-label={text('remove', position)}
                >
                  <X size={16} aria-hidden="true" />
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <div className="list-editor-add">
        <input
          ref={addRef}
          type="text"
          value={draft}
          maxLength={MAX_ITEM_LENGTH}
          disabled={full}
          placeholder={text('placeholder')}
          onChange={(e) => setDraft(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              addItem();
            }
          }}
          aria-label={text('new')}
          data-testid={`${testId}-new`}
        />
        <button
          type="button"
          className="icon-btn list-editor-add-btn"
          onClick={addItem}
          disabled={full || !draft.trim()}
          aria-label={text('add')}
          title={text('add')}
          data-testid={`${testId}-add`}
        >
          <Plus size={18} aria-hidden="true" />
        </button>
      </div>
      <p className="hint">{full ? t('list.full', { count: MAX_LIST_ITEMS }) : t('list.hint')}</p>
    </fieldset>
  );
}
