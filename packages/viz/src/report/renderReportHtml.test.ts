import { describe, expect, it } from 'vitest';
import { renderJourneyReportHtml, renderWorkspaceReportHtml } from './renderReportHtml.js';
import { createTestProject, createTestReport } from './testReports.js';

describe('renderJourneyReportHtml', () => {
  it('renderJourneyReportHtml(report) is one self-contained page: the map as a data image, the chart inline', () => {
    const html = renderJourneyReportHtml(createTestReport(), 'en', '2026-12-07');
    expect(html.startsWith('<!doctype html><html lang="en">')).toBe(true);
    expect(html).toContain('<img class="thumb" alt="Journey map “');
    expect(html).toContain('src="data:image/svg+xml;charset=utf-8,%3Csvg');
    expect(html).toMatch(/<figure class="chart"><svg [^>]*role="img"><title>NPS per month/);
    // nothing loaded from elsewhere
    expect(html).not.toMatch(/\b(src|href)="(https?:)?\/\//);
    expect(html).not.toContain('<script');
    // successes first: the improved KPI's sentence, then the too-few one
    const improved = html.indexOf('Improved: the change is real');
    const tooFew = html.indexOf('Too few journeys yet: 290 of the needed 3768.');
    expect(improved).toBeGreaterThan(0);
    expect(tooFew).toBeGreaterThan(improved);
    expect(html).toContain('<dt>Assumption</dt><dd>Customers call again');
  });

  it('renderJourneyReportHtml escapes every user text', () => {
    const evil = '<script>alert("x")</script>';
    const html = renderJourneyReportHtml(
      createTestReport({
        title: evil,
        goal: evil,
        projects: [
          createTestProject({ title: evil, customerCheck: { assumption: evil, how: '', learned: '' } }),
        ],
      }),
      'en',
      '2026-12-07',
    );
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
  });

  it('renderJourneyReportHtml(report, nl) speaks Dutch', () => {
    const html = renderJourneyReportHtml(createTestReport(), 'nl', '2026-12-07');
    expect(html).toContain('<html lang="nl">');
    expect(html).toContain('Projecten en hun gemeten effect');
    expect(html).toContain('Verbeterd: de verandering is echt (gecorrigeerde p &lt; 0,001)');
    expect(html).toContain('Gemaakt met Trailmap op 7 december 2026');
  });
});

describe('renderWorkspaceReportHtml', () => {
  it('renderWorkspaceReportHtml lists every journey, an unlinked one saying so', () => {
    const html = renderWorkspaceReportHtml(
      {
        workspaceName: 'Shoes & co',
        journeys: [createTestReport(), createTestReport({ title: 'Returns', dataset: null, projects: [] })],
      },
      'en',
      '2026-12-07',
    );
    expect(html).toContain('<h1>Shoes &amp; co</h1>');
    expect(html).toContain('<h2>Returns</h2><p class="muted">This journey is not linked to a dataset');
    expect(html).toContain('No chosen, in-progress or done projects yet.');
    expect(html).not.toContain('<img');
  });
});
