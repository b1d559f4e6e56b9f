import { describe, expect, it } from 'vitest';
import { buildExportUrl } from './ExportMenu.js';

describe('buildExportUrl', () => {
  const base = '/api/workspaces/w1/journeys/j1/export';

  it('asks a picture for the measured figures and the curve mode when the map shows them', () => {
    expect(buildExportUrl('w1', 'j1', 'png', 'nl', { shown: true, curve: 'both' })).toBe(
      `${base}?format=png&lang=nl&figures=true&curve=both`,
    );
    expect(buildExportUrl('w1', 'j1', 'pdf', 'en', { shown: true, curve: 'designed' })).toBe(
      `${base}?format=pdf&lang=en&figures=true&curve=designed`,
    );
    expect(
      buildExportUrl('w1', 'j1', 'svg', 'en', { shown: true, curve: 'designed', personaId: 'per_1' }),
    ).toBe(`${base}?format=svg&lang=en&figures=true&curve=designed&personaId=per_1`);
    expect(
      buildExportUrl('w1', 'j1', 'json', 'en', { shown: true, curve: 'designed', personaId: 'per_1' }),
    ).toBe(`${base}?format=json&lang=en`);
  });

  it('leaves them out when the figures are hidden, and for JSON and Mermaid', () => {
    expect(buildExportUrl('w1', 'j1', 'svg', 'en', { shown: false, curve: 'both' })).toBe(
      `${base}?format=svg&lang=en`,
    );
    expect(buildExportUrl('w1', 'j1', 'json', 'en', { shown: true, curve: 'both' })).toBe(
      `${base}?format=json&lang=en`,
    );
    expect(buildExportUrl('w1', 'j1', 'png', 'en')).toBe(`${base}?format=png&lang=en`);
  });
});
