import type { JourneyMap, Persona } from '@trailmap/domain';
import { EXPORT_LANGS, type ExportLang, type MapFigures } from '@trailmap/viz';
import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import type { PictureRenderer, PictureRequest } from '../exports/createPictureRenderer.js';
import { HttpError } from '../http/errors.js';

/** The picture formats of a map: a vector SVG, a print-resolution PNG, an A3 landscape PDF. */
export const PICTURE_FORMATS = ['svg', 'png', 'pdf'] as const;
export type PictureFormat = (typeof PICTURE_FORMATS)[number];

export const langQuery = z.enum(EXPORT_LANGS).default('en').describe('language of lane labels and legend');
/** `figures=true`: draw the measured figures of a linked map (ignored when the map is not linked). */
export const figuresQuery = z
  .enum(['true', 'false'])
  .default('false')
  .transform((value) => value === 'true')
  .describe('draw the measured figures of a linked map: chips under cards and in phase headers');
/** Which emotion lines a picture with figures draws, as the map's curve mode. */
export const curveQuery = z
  .enum(['designed', 'measured', 'both'])
  .default('designed')
  .describe('with figures: the designed emotion curve, the measured line (dashed), or both');
/** The picture of a shared map: the link's own measured figures when it was made with them, no options. */
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

/**
 * Sends the map as a picture download (SVG, PNG or PDF) named after its title, rendered in the worker
 * pool within the export limits (see createPictureRenderer for the refusals).
 */
export async function sendJourneyPicture(
  reply: FastifyReply,
  pictures: PictureRenderer,
  input: {
    journey: JourneyMap;
    /** The workspace's personas; the picture shows those the map names. */
    personas: readonly Persona[];
    format: PictureFormat;
    lang: ExportLang;
    /** The measured figures to draw, if asked for and the map is linked. */
    figures?: MapFigures | null;
    fileName: string;
    requester: PictureRequest['requester'];
  },
): Promise<FastifyReply> {
  let body: string | Buffer;
  try {
    const { figures, ...rest } = input;
    body = await pictures.render({
      ...rest,
      personas: selectMapPersonas(input.journey, input.personas),
      ...(figures ? { figures } : {}),
    });
  } catch (err) {
    const retryAfter = err instanceof HttpError ? err.details?.retryAfterSeconds : undefined;
    if (typeof retryAfter === 'number') reply.header('retry-after', String(retryAfter));
    throw err;
  }
  return reply
    .type(CONTENT_TYPES[input.format])
    .header('content-disposition', describeAttachment(input.fileName, input.journey.title, input.format))
    .send(body);
}
