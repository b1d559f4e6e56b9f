import { describe, expect, it } from 'vitest';
import { isPictureDataUrl } from './picture.js';

const b64 = (bytes: number[] | string) =>
  (typeof bytes === 'string' ? Buffer.from(bytes) : Buffer.from(bytes)).toString('base64');
const PNG_HEAD = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 73, 72, 68, 82];
const JPEG_HEAD = [0xff, 0xd8, 0xff, 0xe0, 0, 16, 74, 70, 73, 70, 0, 1, 1, 0, 0, 1];
const WEBP_HEAD = [...Buffer.from('RIFF'), 36, 0, 0, 0, ...Buffer.from('WEBPVP8 ')];

describe('isPictureDataUrl', () => {
  it('takes PNG, JPEG and WebP data URLs whose bytes are of the declared type', () => {
    expect(isPictureDataUrl(`data:image/png;base64,${b64(PNG_HEAD)}`)).toBe(true);
    expect(isPictureDataUrl(`data:image/jpeg;base64,${b64(JPEG_HEAD)}`)).toBe(true);
    expect(isPictureDataUrl(`data:image/webp;base64,${b64(WEBP_HEAD)}`)).toBe(true);
  });

  it('refuses links, SVG, mislabelled bytes and broken base64', () => {
    expect(isPictureDataUrl('https://example.com/a.png')).toBe(false);
    expect(isPictureDataUrl(`data:image/svg+xml;base64,${b64('<svg onload="x"></svg>')}`)).toBe(false);
    expect(isPictureDataUrl(`data:image/png;base64,${b64('<html><script>x</script></html>')}`)).toBe(false);
    expect(isPictureDataUrl(`data:image/png;base64,${b64(JPEG_HEAD)}`)).toBe(false);
    expect(isPictureDataUrl(`data:image/png;base64,${b64(PNG_HEAD)}"onerror="x`)).toBe(false);
    expect(isPictureDataUrl('data:image/png;base64,')).toBe(false);
  });
});
