import { describe, expect, it } from 'vitest';
import { renderJourneyPdf } from './renderJourneyPdf.js';
import { renderJourneySvg } from './renderJourneySvg.js';
import { getFitScale, MIN_PRINTED_FONT_PT, splitJourneyPages } from './splitJourneyPages.js';
import { readSvgSize } from './readSvgSize.js';
import { SMALLEST_FONT_PX } from './renderJourneySvg.js';
import { createDemoNowMap } from './testJourneys.js';

/** The page count from the root of the page tree (/Type /Pages … /Count n) and the page objects. */
function readPdfPages(pdf: Buffer): { count: number; pageObjects: number; mediaBoxes: string[] } {
  const text = pdf.toString('latin1');
  const tree =
    /\/Type \/Pages\b[^>]*?\/Count (\d+)/s.exec(text) ?? /\/Count (\d+)[^>]*?\/Type \/Pages\b/s.exec(text);
  return {
    count: Number(tree?.[1]),
    pageObjects: (text.match(/\/Type \/Page\b(?!s)/g) ?? []).length,
    mediaBoxes: [...text.matchAll(/\/MediaBox \[([^\]]+)\]/g)].map((m) => m[1]!.trim()),
  };
}

describe('renderJourneyPdf', () => {
  it('renderJourneyPdf(demo pages) is a PDF of A3 landscape pages with the title in its metadata', async () => {
    const { journey, personas } = createDemoNowMap();
    const pages = splitJourneyPages(journey, personas);
    const pdf = await renderJourneyPdf(pages, { title: journey.title });
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.toString('latin1').trimEnd().endsWith('%%EOF')).toBe(true);
    const tree = readPdfPages(pdf);
    expect(tree.count).toBe(pages.length);
    expect(tree.pageObjects).toBe(pages.length);
    expect(tree.mediaBoxes).toEqual(pages.map(() => '0 0 1190.55 841.89'));
    // the title is a PDF text string (UTF-16BE with BOM, as pdfkit writes non-ASCII titles)
    const utf16 = Buffer.from(`\ufeff${journey.title}`, 'utf16le').swap16().toString('hex');
    expect(pdf.toString('latin1')).toMatch(/\/Title/);
    expect(pdf.toString('hex')).toContain(utf16.slice(4, 40));
  });

  it('splitJourneyPages(demo map) splits by phase ranges so text prints at ≥ 6 pt; a small map stays on one page', () => {
    const { journey, personas } = createDemoNowMap();
    const whole = renderJourneySvg(journey, personas);
    const minScale = MIN_PRINTED_FONT_PT / SMALLEST_FONT_PX;
    expect(getFitScale(readSvgSize(whole))).toBeLessThan(minScale);
    const pages = splitJourneyPages(journey, personas);
    expect(pages.length).toBe(2);
    for (const page of pages) expect(getFitScale(readSvgSize(page))).toBeGreaterThanOrEqual(minScale);
    const names = pages.map((p) =>
      [...p.matchAll(/class="phase-name"><tspan[^>]*>([^<]*)</g)].map((m) => m[1]),
    );
    expect(names.flat()).toEqual(['1 See', '2 Think', '3 Do', '4 Care', '5 Love']);
    for (const page of pages) expect(page).toContain('Buying shoes — now');

    const small = { ...journey, phases: journey.phases.slice(0, 2) };
    expect(splitJourneyPages(small, personas)).toHaveLength(1);
  });

  it('renderJourneyPdf(one svg) makes one page', async () => {
    const { journey, personas } = createDemoNowMap();
    const pdf = await renderJourneyPdf(renderJourneySvg(journey, personas), { title: 'One page' });
    expect(readPdfPages(pdf).count).toBe(1);
  });
});
