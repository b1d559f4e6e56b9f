import PDFDocument from 'pdfkit';
import SVGtoPDF from 'svg-to-pdfkit';
import { readSvgSize } from './readSvgSize.js';
import { registerPdfFonts } from './registerPdfFonts.js';
import { A3_LANDSCAPE, getFitScale, PAGE_MARGIN_PT } from './splitJourneyPages.js';

export interface PdfOptions {
  /** The document title (PDF metadata). */
  title: string;
  author?: string;
  /** Document language, e.g. 'en' or 'nl'. */
  lang?: string;
}

/**
 * Renders SVG pages (from splitJourneyPages, or one SVG) into a vector PDF: one A3 landscape page per
 * SVG, fitted inside the margins and centred, text in the embedded DejaVu Sans (so every glyph, such
 * as '−', prints), the title in the document metadata.
 */
export function renderJourneyPdf(svgs: string | readonly string[], options: PdfOptions): Promise<Buffer> {
  const pages = typeof svgs === 'string' ? [svgs] : svgs;
  const doc = new PDFDocument({
    size: [A3_LANDSCAPE.width, A3_LANDSCAPE.height],
    margin: 0,
    autoFirstPage: false,
    displayTitle: true,
    lang: options.lang ?? 'en',
    info: { Title: options.title, Author: options.author ?? '', Creator: 'Trailmap', Producer: 'Trailmap' },
  });
  const fontOf = registerPdfFonts(doc);
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  for (const svg of pages) {
    doc.addPage({ size: [A3_LANDSCAPE.width, A3_LANDSCAPE.height], margin: 0 });
    const size = readSvgSize(svg);
    const scale = getFitScale(size);
    const width = size.width * scale;
    const height = size.height * scale;
    SVGtoPDF(
      doc,
      svg,
      (A3_LANDSCAPE.width - width) / 2,
      Math.max(PAGE_MARGIN_PT, (A3_LANDSCAPE.height - height) / 2),
      {
        width,
        height,
        preserveAspectRatio: 'xMidYMid meet',
        fontCallback: fontOf,
      },
    );
  }
  doc.end();
  return done;
}
