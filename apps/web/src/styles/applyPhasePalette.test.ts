// @vitest-environment jsdom
import { PHASE_COLORS, getContrastRatio } from '@trailmap/viz/palette';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyPhasePalette } from './applyPhasePalette.js';

// the tests run from the repository root (node: jsdom's import.meta.url is no file URL)
const STYLES = resolve('apps/web/src/styles');

describe('applyPhasePalette', () => {
  it('gives the app the phase colours of the exports', () => {
    const root = document.createElement('div');
    applyPhasePalette(root);
    expect(PHASE_COLORS).toHaveLength(8);
    PHASE_COLORS.forEach((colour, i) => expect(root.style.getPropertyValue(`--phase-${i + 1}`)).toBe(colour));
  });

  it('leaves no second palette in the stylesheet', () => {
    const tokens = readFileSync(resolve(STYLES, 'tokens.css'), 'utf8');
    expect(tokens).not.toMatch(/--phase-\d+\s*:/);
  });

  it('keeps the text on a phase band readable (WCAG AA) in its normal and muted colour', () => {
    const map = readFileSync(resolve(STYLES, '../map/map.css'), 'utf8');
    const muted = /\.phase-header\s*\{[^}]*--text-muted:\s*(#[0-9a-f]{6})/i.exec(map)?.[1];
    const text = /--text:\s*(#[0-9a-f]{6})/i.exec(readFileSync(resolve(STYLES, 'tokens.css'), 'utf8'))?.[1];
    expect(muted).toBeDefined();
    for (const band of PHASE_COLORS) {
      expect(getContrastRatio(text!, band)).toBeGreaterThanOrEqual(4.5);
      expect(getContrastRatio(muted!, band)).toBeGreaterThanOrEqual(4.5);
    }
  });
});
