import type { JourneyMap, Persona } from '@trailmap/domain';
import { EXPORT_LANGS, renderJourneySvg, splitJourneyPages, type ExportLang } from '@trailmap/viz';
import { renderJourneyPdf, renderJourneyPng } from '@trailmap/viz/node';
import type { FastifyReply } from 'fastify';
import { z } from 'zod';

/** The picture formats of a map: a vector SVG, a print-resolution PNG, an A3 landscape PDF. */
export const PICTURE_FORMATS = ['svg', 'png', 'pdf'] as const;
export type PictureFormat = (typeof PICTURE_FORMATS)[number];

export const langQuery = z.enum(EXPORT_LANGS).default('en').describe('language of lane labels and legend');
export const pictureQuery = z.object({ format: z.enum(PICTURE_FORMATS).default('png'), lang: langQuery });

const CONTENT_TYPES: Record<PictureFormat, string> = {
  svg: 'image/svg+xml; charset=utf-8',
  png: 'image/png',
  pdf: 'application/pdf',
};

export function isPictureFormat(format: string): format is PictureFormat {
  return (PICTURE_FORMATS as readonly string[]).includes(format);
}

/** The personas a map names, in its order (never the rest of the workspace). */
export function selectMapPersonas(journey: JourneyMap, personas: readonly Persona[]): Persona[] {
  return journey.personaIds
    .map((id) => personas.find((p) => p.id === id))
    .filter((p): p is Persona => p !== undefined);
}

/** `attachment` with an ASCII file name and, for titles with other characters, the UTF-8 one too. */
export function describeAttachment(fileName: string, title: string, extension: string): string {
  const utf8 = encodeURIComponent(`${title}.${extension}`).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${fileName}.${extension}"; filename*=UTF-8''${utf8}`;
}

/** Renders the map in a picture format. */
export async function renderJourneyPicture(
  journey: JourneyMap,
  personas: readonly Persona[],
  format: PictureFormat,
  lang: ExportLang,
): Promise<string | Buffer> {
  const named = selectMapPersonas(journey, personas);
  if (format === 'pdf')
    return renderJourneyPdf(splitJourneyPages(journey, named, { lang }), { title: journey.title, lang });
  const svg = renderJourneySvg(journey, named, { lang });
  return format === 'svg' ? svg : renderJourneyPng(svg);
}

/** Sends the map as a picture download (SVG, PNG or PDF) named after its title. */
export async function sendJourneyPicture(
  reply: FastifyReply,
  input: {
    journey: JourneyMap;
    personas: readonly Persona[];
    format: PictureFormat;
    lang: ExportLang;
    fileName: string;
  },
): Promise<FastifyReply> {
  const body = await renderJourneyPicture(input.journey, input.personas, input.format, input.lang);
  return reply
    .type(CONTENT_TYPES[input.format])
    .header('content-disposition', describeAttachment(input.fileName, input.journey.title, input.format))
    .send(body);
}
