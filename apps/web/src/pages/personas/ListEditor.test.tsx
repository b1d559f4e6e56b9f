// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { setupI18n } from '../../i18n/i18n.js';
import { ListEditor } from './ListEditor.js';

function Harness({ initial }: { initial: string[] }) {
  const [items, setItems] = useState(initial);
  return (
    <>
      <ListEditor kind="goals" items={items} onChange={setItems} testId="goals" />
      <output data-testid="value">{JSON.stringify(items)}</output>
    </>
  );
}

const value = () => JSON.parse(screen.getByTestId('value').textContent ?? '[]') as string[];

describe('ListEditor', () => {
  beforeAll(async () => {
    await setupI18n('en');
  });
  afterEach(cleanup);

  it('ListEditor adds the typed item on Enter, trimmed, and keeps focus in the new-item field', () => {
    render(<Harness initial={['Run a marathon']} />);
    const field = screen.getByRole('textbox', { name: 'New goal' });
    field.focus();
    fireEvent.change(field, { target: { value: '  Fewer injuries ' } });
    fireEvent.keyDown(field, { key: 'Enter' });
    expect(value()).toEqual(['Run a marathon', 'Fewer injuries']);
    expect(field).toHaveProperty('value', '');
    expect(document.activeElement).toBe(field);
    fireEvent.keyDown(field, { key: 'Enter' });
    expect(value()).toHaveLength(2);
  });

  it('ListEditor removes an item with its button and moves focus to the item that took its place', async () => {
    render(<Harness initial={['A', 'B', 'C']} />);
    fireEvent.click(screen.getByRole('button', { name: 'Remove goal 2' }));
    expect(value()).toEqual(['A', 'C']);
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('textbox', { name: 'Goal 2' })));
    expect(screen.getByRole('textbox', { name: 'Goal 2' })).toHaveProperty('value', 'C');
  });

  it('ListEditor removes an emptied item on Backspace and focuses the one before it', async () => {
    render(<Harness initial={['A', '']} />);
    fireEvent.keyDown(screen.getByRole('textbox', { name: 'Goal 2' }), { key: 'Backspace' });
    expect(value()).toEqual(['A']);
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('textbox', { name: 'Goal 1' })));
  });

  it('ListEditor moves an item with Alt+arrow keys and with the move buttons', () => {
    render(<Harness initial={['A', 'B', 'C']} />);
    fireEvent.keyDown(screen.getByRole('textbox', { name: 'Goal 1' }), { key: 'ArrowDown', altKey: true });
    expect(value()).toEqual(['B', 'A', 'C']);
    fireEvent.click(screen.getByRole('button', { name: 'Move goal 3 up' }));
    expect(value()).toEqual(['B', 'C', 'A']);
    expect(screen.getByRole('button', { name: 'Move goal 1 up' })).toHaveProperty('disabled', true);
  });

  it('ListEditor edits an item in place', () => {
    render(<Harness initial={['A']} />);
    fireEvent.change(screen.getByRole('textbox', { name: 'Goal 1' }), { target: { value: 'A better shoe' } });
    expect(value()).toEqual(['A better shoe']);
  });
});
