import { describe, expect, it } from 'vitest';
import { readSvgSize } from '../readSvgSize.js';
import { layoutJourneyReportPage, layoutWorkspaceReportPages } from './layoutReportPages.js';
import { createTestProject, createTestReport } from './testReports.js';

describe('layoutJourneyReportPage', () => {
  it('layoutJourneyReportPage(report) is one A4 page with the map, the chart and every project', () => {
    const svg = layoutJourneyReportPage(createTestReport(), 'en', '2026-12-07');
    expect(readSvgSize(svg)).toEqual({ width: 595.28, height: 841.89 });
    // the map thumbnail and the NPS chart are nested SVGs scaled into the page
    expect(svg.match(/<svg /g)?.length).toBe(3);
    expect(svg).toContain('A person after one failed answer');
    expect(svg).toContain('Clearer delivery times');
    expect(svg).toContain('29.9 % → 16.5 %');
    expect(svg).toContain('Improved: the change is real (adjusted p &lt; 0.001)');
    expect(svg).toContain('Generated example data (not real customers)');
    expect(svg).toContain('Made with Trailmap on 7 December 2026');
  });

  it('layoutJourneyReportPage(report, nl) speaks Dutch', () => {
    const svg = layoutJourneyReportPage(createTestReport(), 'nl', '2026-12-07');
    expect(svg).toContain('Wat we leerden');
    expect(svg).toContain('29,9 % → 16,5 %');
    expect(svg).toContain('live sinds 1 juli 2024');
  });

  it('layoutJourneyReportPage keeps to one page and says how much is left out', () => {
    const many = Array.from({ length: 12 }, (_, i) => createTestProject({ title: `Project ${i + 1}` }));
    const svg = layoutJourneyReportPage(createTestReport({ projects: many }), 'en', '2026-12-07');
    expect(svg.match(/<svg /g)?.length).toBe(3);
    expect(svg).toMatch(/… and \d+ more \(see the HTML report\)/);
    expect(svg).not.toContain('Project 12<');
  });

  it('layoutJourneyReportPage escapes user text', () => {
    const svg = layoutJourneyReportPage(
      createTestReport({ title: '<script>alert(1)</script> & co' }),
      'en',
      '2026-12-07',
    );
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; co');
  });
});

describe('layoutWorkspaceReportPages', () => {
  it('layoutWorkspaceReportPages flows every journey over as many A4 pages as needed', () => {
    const journeys = Array.from({ length: 6 }, (_, i) =>
      createTestReport({
        title: `Journey ${i + 1}`,
        projects: [1, 2, 3].map((p) => createTestProject({ title: `J${i + 1} project ${p}` })),
      }),
    );
    journeys.push(createTestReport({ title: 'Unlinked', dataset: null, projects: [] }));
    const pages = layoutWorkspaceReportPages({ workspaceName: 'Shoes Inc', journeys }, 'en', '2026-12-07');
    expect(pages.length).toBeGreaterThan(1);
    const all = pages.join('');
    for (let i = 1; i <= 6; i++) expect(all).toContain(`J${i} project 3`);
    expect(all).toContain('This journey is not linked to a dataset');
    // no map thumbnails or charts in the overview
    expect(all.match(/<svg /g)?.length).toBe(pages.length);
  });
});
