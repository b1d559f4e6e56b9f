/** The picture types the app accepts, with the bytes each file starts with. */
const SIGNATURES: Record<'png' | 'jpeg' | 'webp', (bytes: Uint8Array) => boolean> = {
  png: (b) => [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a].every((v, i) => b[i] === v),
  jpeg: (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff,
  webp: (b) =>
    String.fromCharCode(...b.subarray(0, 4)) === 'RIFF' &&
    String.fromCharCode(...b.subarray(8, 12)) === 'WEBP',
};

const DATA_URL = /^data:image\/(png|jpeg|webp);base64,([A-Za-z0-9+/]+={0,2})$/;

/**
 * Whether `url` is a base64 `data:` URL of a PNG, JPEG or WebP picture whose bytes really are of that
 * type (so a text or SVG document cannot pass as a picture).
 */
export function isPictureDataUrl(url: string): boolean {
  const match = DATA_URL.exec(url);
  if (!match) return false;
  const type = match[1] as keyof typeof SIGNATURES;
  const head = (match[2] ?? '').slice(0, 24);
  let bytes: Uint8Array;
  try {
    bytes = Uint8Array.from(atob(head.slice(0, head.length - (head.length % 4))), (c) => c.charCodeAt(0));
  } catch {
    return false;
  }
  return bytes.length >= 12 && SIGNATURES[type](bytes);
}
