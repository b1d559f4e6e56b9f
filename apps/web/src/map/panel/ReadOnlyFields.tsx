export interface ReadOnlyField {
  label: string;
  value: string;
  testId?: string;
}

/** A card's fields as text, for readers. Empty values are shown as a dash. */
export function ReadOnlyFields({
  fields,
  emptyText,
}: {
  fields: readonly ReadOnlyField[];
  emptyText: string;
}) {
  return (
    <dl className="readonly-fields">
      {fields.map((f) => (
        <div key={f.label} className="readonly-field">
          <dt>{f.label}</dt>
          <dd data-testid={f.testId} className={f.value ? undefined : 'muted'}>
            {f.value || emptyText}
          </dd>
        </div>
      ))}
    </dl>
  );
}
