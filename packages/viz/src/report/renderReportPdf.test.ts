import { describe, expect, it } from 'vitest';
import { layoutJourneyReportPage, layoutWorkspaceReportPages } from './layoutReportPages.js';
import { renderReportPdf } from './renderReportPdf.js';
import { createTestReport } from './testReports.js';

function readPdfPages(pdf: Buffer): { count: number; mediaBoxes: string[] } {
  const text = pdf.toString('latin1');
  const tree =
    /\/Type \/Pages\b[^>]*?\/Count (\d+)/s.exec(text) ?? /\/Count (\d+)[^>]*?\/Type \/Pages\b/s.exec(text);
  return {
    count: Number(tree?.[1]),
    mediaBoxes: [...text.matchAll(/\/MediaBox \[([^\]]+)\]/g)].map((m) => m[1]!.trim()),
  };
}

describe('renderReportPdf', () => {
  it('renderReportPdf(journey page) is a one-page A4 portrait PDF with the fonts embedded', async () => {
    const pdf = await renderReportPdf([layoutJourneyReportPage(createTestReport(), 'en', '2026-12-07')], {
      title: 'Board report',
      lang: 'en',
    });
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.toString('latin1').trimEnd().endsWith('%%EOF')).toBe(true);
    expect(readPdfPages(pdf)).toEqual({ count: 1, mediaBoxes: ['0 0 595.28 841.89'] });
    expect(pdf.toString('latin1')).toMatch(/\/FontName \/[A-Z]{6}\+DejaVuSans/);
  });

  it('renderReportPdf(overview pages) has a page per SVG', async () => {
    const journeys = Array.from({ length: 8 }, (_, i) => createTestReport({ title: `Journey ${i}` }));
    const pages = layoutWorkspaceReportPages({ workspaceName: 'W', journeys }, 'nl', '2026-12-07');
    const pdf = await renderReportPdf(pages, { title: 'W', lang: 'nl' });
    expect(readPdfPages(pdf).count).toBe(pages.length);
  });
});
