// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { setupI18n } from '../../i18n/i18n.js';
import { FunnelStepsEditor } from './FunnelStepsEditor.js';

const ACTIVITIES = ['Apply', 'Check', 'Approve', 'Pay'];

function Harness({ initial }: { initial: string[] }) {
  const [steps, setSteps] = useState(initial);
  return (
    <>
      <FunnelStepsEditor steps={steps} activities={ACTIVITIES} onChange={setSteps} />
      <div data-testid="steps">{steps.join(' > ')}</div>
    </>
  );
}
const steps = () => screen.getByTestId('steps').textContent;

describe('FunnelStepsEditor', () => {
  beforeAll(async () => {
    await setupI18n('en');
  });
  afterEach(cleanup);

  it('FunnelStepsEditor adds a step at the end, changes one, and removes one', () => {
    render(<Harness initial={['Apply']} />);
    fireEvent.change(screen.getByLabelText('Add a step'), { target: { value: 'Check' } });
    expect(steps()).toBe('Apply > Check');
    fireEvent.change(screen.getByLabelText('Step 2'), { target: { value: 'Pay' } });
    expect(steps()).toBe('Apply > Pay');
    fireEvent.click(screen.getByRole('button', { name: 'Remove step 1' }));
    expect(steps()).toBe('Pay');
    expect(screen.getByRole('status')).toHaveProperty('textContent', 'Apply removed.');
  });

  it('FunnelStepsEditor moves a step with its buttons and with Alt+arrows, and focus follows the step', () => {
    render(<Harness initial={['Apply', 'Check', 'Pay']} />);
    expect(screen.getByRole('button', { name: 'Move step 1 up' })).toHaveProperty('disabled', true);
    expect(screen.getByRole('button', { name: 'Move step 3 down' })).toHaveProperty('disabled', true);
    fireEvent.click(screen.getByRole('button', { name: 'Move step 3 up' }));
    expect(steps()).toBe('Apply > Pay > Check');
    expect(document.activeElement).toBe(screen.getByLabelText('Step 2'));
    expect(screen.getByRole('status').textContent).toBe('Pay is now step 2 of 3.');

    fireEvent.keyDown(screen.getByLabelText('Step 2'), { key: 'ArrowUp', altKey: true });
    expect(steps()).toBe('Pay > Apply > Check');
    expect(document.activeElement).toBe(screen.getByLabelText('Step 1'));
    fireEvent.keyDown(screen.getByLabelText('Step 1'), { key: 'ArrowDown', altKey: true });
    fireEvent.keyDown(screen.getByLabelText('Step 2'), { key: 'ArrowDown', altKey: true });
    expect(steps()).toBe('Apply > Check > Pay');
    expect(document.activeElement).toBe(screen.getByLabelText('Step 3'));
    // without Alt the arrows are the select's own
    fireEvent.keyDown(screen.getByLabelText('Step 3'), { key: 'ArrowUp' });
    expect(steps()).toBe('Apply > Check > Pay');
  });

  it('FunnelStepsEditor stops adding at 10 steps', () => {
    render(<Harness initial={Array.from({ length: 10 }, (_, i) => ACTIVITIES[i % 4]!)} />);
    expect(screen.queryByLabelText('Add a step')).toBeNull();
    expect(screen.getByText('A funnel has at most 10 steps.')).toBeTruthy();
  });

  it('FunnelStepsEditor builds a quick second change on the first before the steps come back (the URL)', () => {
    const sent: string[][] = [];
    const initial = ['Apply'];
    const { rerender } = render(
      <FunnelStepsEditor steps={initial} activities={ACTIVITIES} onChange={(next) => sent.push(next)} />,
    );
    fireEvent.change(screen.getByLabelText('Add a step'), { target: { value: 'Check' } });
    fireEvent.change(screen.getByLabelText('Add a step'), { target: { value: 'Pay' } });
    expect(sent).toEqual([
      ['Apply', 'Check'],
      ['Apply', 'Check', 'Pay'],
    ]);
    // the steps come back: the next change builds on them
    rerender(
      <FunnelStepsEditor steps={sent[1]!} activities={ACTIVITIES} onChange={(next) => sent.push(next)} />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Remove step 1' }));
    expect(sent[2]).toEqual(['Check', 'Pay']);
  });
});
