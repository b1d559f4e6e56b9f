export interface LinkOption {
  id: string;
  label: string;
}

export interface LinkChecklistProps {
  legend: string;
  emptyText: string;
  options: readonly LinkOption[];
  selected: readonly string[];
  onChange: (ids: string[]) => void;
  testId?: string;
}

/** A group of checkboxes that links a card to several others; the order of `selected` is kept. */
export function LinkChecklist({
  legend,
  emptyText,
  options,
  selected,
  onChange,
  testId,
}: LinkChecklistProps) {
  const toggle = (id: string, on: boolean) =>
    onChange(on ? [...selected.filter((s) => s !== id), id] : selected.filter((s) => s !== id));
  return (
    <fieldset className="link-checklist" data-testid={testId}>
      <legend>{legend}</legend>
      {options.length === 0 ? <p className="muted">{emptyText}</p> : null}
      {options.map((o) => (
        <label key={o.id} className="link-checklist-item">
          <input
            type="checkbox"
            checked={selected.includes(o.id)}
            onChange={(e) => toggle(o.id, e.target.checked)}
          />
          <span>{o.label}</span>
        </label>
      ))}
    </fieldset>
  );
}
