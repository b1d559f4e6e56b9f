import PDFDocument from 'pdfkit';
import SVGtoPDF from 'svg-to-pdfkit';
import { registerPdfFonts } from '../registerPdfFonts.js';
import { A4_PORTRAIT } from './layoutReportPages.js';

export interface ReportPdfOptions {
  /** The document title (PDF metadata). */
  title: string;
  lang: string;
}

/**
 * Prints A4 report pages (from layoutJourneyReportPage / layoutWorkspaceReportPages, 595.28 × 841.89
 * units each) into a vector PDF, one page per SVG, text in the embedded DejaVu Sans.
 */
export function renderReportPdf(pages: readonly string[], options: ReportPdfOptions): Promise<Buffer> {
  const size: [number, number] = [A4_PORTRAIT.width, A4_PORTRAIT.height];
  const doc = new PDFDocument({
    size,
    margin: 0,
    autoFirstPage: false,
    displayTitle: true,
    lang: options.lang,
    info: { Title: options.title, Creator: 'Trailmap', Producer: 'Trailmap' },
  });
  const fontOf = registerPdfFonts(doc);
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  for (const svg of pages) {
    doc.addPage({ size, margin: 0 });
    SVGtoPDF(doc, svg, 0, 0, {
      width: A4_PORTRAIT.width,
      height: A4_PORTRAIT.height,
      preserveAspectRatio: 'xMidYMid meet',
      fontCallback: fontOf,
    });
  }
  doc.end();
  return done;
}
