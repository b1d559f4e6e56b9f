import { useEffect, useState } from 'react';

export interface PhaseTextCellProps {
  text: string;
  /** "KPIs — See": the accessible name of the text field. */
  label: string;
  placeholder: string;
  /** Absent for readers. */
  onChange?: (text: string) => void;
}

/** One phase's free text in a KPI or custom lane; editors type straight into the cell. */
export function PhaseTextCell({ text, label, placeholder, onChange }: PhaseTextCellProps) {
  const [draft, setDraft] = useState(text);
  useEffect(() => setDraft(text), [text]);
  if (!onChange) {
    return <div className="lane-cell text-cell">{text && <p className="cell-text">{text}</p>}</div>;
  }
  return (
    <div className="lane-cell text-cell">
      <textarea
        className="cell-input"
        aria-label={label}
        placeholder={placeholder}
        value={draft}
        maxLength={1000}
        rows={2}
        onChange={(e) => {
          setDraft(e.target.value);
          onChange(e.target.value);
        }}
      />
    </div>
  );
}
