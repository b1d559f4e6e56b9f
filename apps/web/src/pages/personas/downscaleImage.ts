/** Longest side of a stored persona picture, in pixels. */
export const MAX_PICTURE_SIDE_PX = 256;
/** The API accepts a picture URL of up to 200,000 characters; stay a little under it. */
export const MAX_PICTURE_URL_LENGTH = 190_000;
/** Files larger than this are refused before decoding (a phone photo is ~5 MB). */
export const MAX_SOURCE_BYTES = 25 * 1024 * 1024;

export type PictureProblem = 'not-an-image' | 'too-large' | 'unreadable' | 'too-detailed';

/** A picture that cannot be used, with the reason (a key in the `personas` catalogue). */
export class PictureError extends Error {
  constructor(readonly problem: PictureProblem) {
    super(problem);
    this.name = 'PictureError';
  }
}

/** Scales a width and height down (never up) so the longest side is at most `maxSide`, keeping the ratio. */
export function fitWithin(width: number, height: number, maxSide: number): { width: number; height: number } {
  const scale = Math.min(1, maxSide / Math.max(width, height, 1));
  return {
    width: Math.max(1, Math.round(width * scale)),
    height: Math.max(1, Math.round(height * scale)),
  };
}

export type PictureType = 'image/png' | 'image/jpeg';
/** Encodes the scaled picture as a data URL (what canvas.toDataURL does). */
export type EncodePicture = (type: PictureType, quality?: number) => string;

const JPEG_QUALITIES = [0.9, 0.82, 0.72, 0.6, 0.5, 0.4, 0.3];

/**
 * The first encoding that fits in `limit` characters: PNG when the source may be transparent and it
 * fits, else JPEG at falling quality. Null when even the lowest quality is too big.
 */
export function encodeWithinLimit(encode: EncodePicture, preferPng: boolean, limit: number): string | null {
  if (preferPng) {
    const png = encode('image/png');
    if (png.startsWith('data:image/png') && png.length <= limit) return png;
  }
  for (const quality of JPEG_QUALITIES) {
    const jpeg = encode('image/jpeg', quality);
    if (jpeg.startsWith('data:image/jpeg') && jpeg.length <= limit) return jpeg;
  }
  return null;
}

async function decodeImage(
  file: File,
): Promise<{ source: CanvasImageSource; width: number; height: number }> {
  if (typeof createImageBitmap === 'function') {
    const bitmap = await createImageBitmap(file);
    return { source: bitmap, width: bitmap.width, height: bitmap.height };
  }
  const url = URL.createObjectURL(file);
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    return { source: image, width: image.naturalWidth, height: image.naturalHeight };
  } finally {
    URL.revokeObjectURL(url);
  }
}

/**
 * Reads an image file and returns it as a data URL no larger than 256 px on its longest side and
 * under the API's size limit (PNG for possibly transparent sources when small enough, else JPEG).
 */
export async function downscaleImage(file: File): Promise<string> {
  if (!file.type.startsWith('image/')) throw new PictureError('not-an-image');
  if (file.size > MAX_SOURCE_BYTES) throw new PictureError('too-large');
  let decoded: Awaited<ReturnType<typeof decodeImage>>;
  try {
    decoded = await decodeImage(file);
  } catch {
    throw new PictureError('unreadable');
  }
  const size = fitWithin(decoded.width, decoded.height, MAX_PICTURE_SIDE_PX);
  const drawOn = (background: string | null) => {
    const canvas = document.createElement('canvas');
    canvas.width = size.width;
    canvas.height = size.height;
    const context = canvas.getContext('2d');
    if (!context) throw new PictureError('unreadable');
    if (background) {
      context.fillStyle = background;
      context.fillRect(0, 0, size.width, size.height);
    }
    context.imageSmoothingQuality = 'high';
    context.drawImage(decoded.source, 0, 0, size.width, size.height);
    return canvas;
  };
  const transparent = drawOn(null);
  // JPEG has no transparency: put transparent parts on white instead of black.
  const opaque = drawOn('#ffffff');
  const preferPng = file.type !== 'image/jpeg';
  const encoded = encodeWithinLimit(
    (type, quality) => (type === 'image/png' ? transparent.toDataURL(type) : opaque.toDataURL(type, quality)),
    preferPng,
    MAX_PICTURE_URL_LENGTH,
  );
  if ('close' in decoded.source && typeof decoded.source.close === 'function') decoded.source.close();
  if (!encoded) throw new PictureError('too-detailed');
  return encoded;
}
