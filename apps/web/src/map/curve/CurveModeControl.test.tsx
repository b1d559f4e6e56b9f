// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { setupI18n } from '../../i18n/i18n.js';
import { CurveModeControl } from './CurveModeControl.js';
import { parseCurveMode } from './curveMode.js';

beforeAll(async () => {
  await setupI18n('en');
});
afterEach(cleanup);

describe('CurveModeControl', () => {
  it('CurveModeControl(designed): one pressed button; clicking Both asks for both', () => {
    const onChange = vi.fn();
    render(<CurveModeControl mode="designed" onChange={onChange} minAnswers={30} />);
    const group = screen.getByRole('group', { name: 'Emotion curve' });
    const buttons = Array.from(group.querySelectorAll('button'));
    expect(buttons.map((b) => [b.textContent, b.getAttribute('aria-pressed')])).toEqual([
      ['Designed', 'true'],
      ['Measured', 'false'],
      ['Both', 'false'],
    ]);
    fireEvent.click(screen.getByRole('button', { name: 'Both' }));
    expect(onChange).toHaveBeenCalledWith('both');
    expect(group.getAttribute('title')).toContain('on 30 answers or more');
  });

  it('parseCurveMode reads ?curve=, and anything else is the designed curve', () => {
    expect(parseCurveMode('both')).toBe('both');
    expect(parseCurveMode('measured')).toBe('measured');
    expect(parseCurveMode(null)).toBe('designed');
    expect(parseCurveMode('nonsense')).toBe('designed');
  });
});
