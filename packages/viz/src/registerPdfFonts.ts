import type PDFDocument from 'pdfkit';
import { resolveFontFiles } from './resolveFontFiles.js';

/**
 * Registers the embedded DejaVu Sans faces with a pdfkit document and returns svg-to-pdfkit's
 * `fontCallback`, which picks the face for an SVG text's weight and style (whatever family it names).
 */
export function registerPdfFonts(
  doc: PDFKit.PDFDocument | InstanceType<typeof PDFDocument>,
): (family: string, bold: boolean, italic: boolean) => string {
  const fonts = resolveFontFiles();
  doc.registerFont('DejaVuSans', fonts.regular);
  doc.registerFont('DejaVuSans-Bold', fonts.bold);
  doc.registerFont('DejaVuSans-Oblique', fonts.italic);
  doc.registerFont('DejaVuSans-BoldOblique', fonts.boldItalic);
  return (_family, bold, italic) =>
    `DejaVuSans${bold && italic ? '-BoldOblique' : bold ? '-Bold' : italic ? '-Oblique' : ''}`;
}
