import { describe, expect, it } from 'vitest';
import { getContrastRatio, getRelativeLuminance } from '../phasePalette.js';
import {
  edgeColorFor,
  mixColor,
  nodeFillFor,
  PROCESS_MAP_COLORS,
  scaleIntensity,
  strokeWidthFor,
} from './processMapStyle.js';

const steps = [0, 0.25, 0.5, 0.75, 1];

describe('processMapStyle', () => {
  it('node fills keep names and figures legible (WCAG AA, 4.5:1) from the lightest to the darkest', () => {
    for (const view of ['frequency', 'performance'] as const)
      for (const t of steps) {
        expect(getContrastRatio(nodeFillFor(view, t), PROCESS_MAP_COLORS.text)).toBeGreaterThanOrEqual(4.5);
        expect(getContrastRatio(nodeFillFor(view, t), PROCESS_MAP_COLORS.mutedText)).toBeGreaterThanOrEqual(
          4.5,
        );
      }
  });

  it('busier or slower paths are darker, so greyscale print keeps the ranking', () => {
    for (const view of ['frequency', 'performance'] as const) {
      const luminances = steps.map((t) => getRelativeLuminance(edgeColorFor(view, t)));
      for (let i = 1; i < luminances.length; i++) expect(luminances[i]).toBeLessThan(luminances[i - 1]!);
      // the busiest path stands out from the white page
      expect(getContrastRatio(edgeColorFor(view, 1), '#FFFFFF')).toBeGreaterThanOrEqual(7);
    }
  });

  it('scaleIntensity is logarithmic: 100 of 1..10,000 sits halfway', () => {
    expect(scaleIntensity(1, 1, 10_000)).toBe(0);
    expect(scaleIntensity(10_000, 1, 10_000)).toBe(1);
    expect(scaleIntensity(100, 1, 10_000)).toBeCloseTo(0.5, 1);
    expect(scaleIntensity(5, 5, 5)).toBe(1);
    expect(strokeWidthFor(0)).toBe(1);
    expect(strokeWidthFor(1)).toBe(6);
    expect(strokeWidthFor(null)).toBe(1);
  });

  it('mixColor interpolates in sRGB', () => {
    expect(mixColor('#000000', '#FFFFFF', 0.5)).toBe('#808080');
    expect(mixColor('#102030', '#102030', 0.3)).toBe('#102030');
  });
});
