import { describe, expect, it } from 'vitest';
import {
  getContrastRatio,
  getPhaseColor,
  getRelativeLuminance,
  MUTED_TEXT_COLOR,
  PHASE_COLORS,
  TEXT_COLOR,
} from './phasePalette.js';

describe('phasePalette', () => {
  it('getContrastRatio(black, white) is 21 and (x, x) is 1', () => {
    expect(getContrastRatio('#000000', '#FFFFFF')).toBeCloseTo(21, 5);
    expect(getContrastRatio('#7FB3E0', '#7FB3E0')).toBe(1);
  });

  it('every phase band passes WCAG AA (4.5:1) for the text drawn on it', () => {
    for (const colour of PHASE_COLORS) {
      expect(getContrastRatio(colour, TEXT_COLOR)).toBeGreaterThanOrEqual(4.5);
    }
    expect(getContrastRatio('#FFFFFF', MUTED_TEXT_COLOR)).toBeGreaterThanOrEqual(4.5);
  });

  it('neighbouring phase bands differ in lightness, so they stay apart in greyscale print', () => {
    for (let i = 0; i < PHASE_COLORS.length; i++) {
      const a = getRelativeLuminance(getPhaseColor(i));
      const b = getRelativeLuminance(getPhaseColor(i + 1));
      expect(Math.abs(a - b)).toBeGreaterThanOrEqual(0.08);
    }
  });
});
