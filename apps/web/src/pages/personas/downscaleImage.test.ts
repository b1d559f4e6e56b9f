// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { encodeWithinLimit, fitWithin, type PictureType } from './downscaleImage.js';

describe('fitWithin', () => {
  it('fitWithin() scales the longest side down to the limit and keeps the ratio', () => {
    expect(fitWithin(1024, 768, 256)).toEqual({ width: 256, height: 192 });
    expect(fitWithin(600, 3000, 256)).toEqual({ width: 51, height: 256 });
  });

  it('fitWithin() never scales a small picture up, and never returns a zero side', () => {
    expect(fitWithin(120, 80, 256)).toEqual({ width: 120, height: 80 });
    expect(fitWithin(5000, 2, 256)).toEqual({ width: 256, height: 1 });
  });
});

/** A fake encoder whose output length is known per type and quality. */
function fakeEncoder(lengths: { png: number; jpeg: (quality: number) => number }) {
  const calls: string[] = [];
  const encode = (type: PictureType, quality?: number) => {
    calls.push(quality === undefined ? type : `${type}@${quality}`);
    const length = type === 'image/png' ? lengths.png : lengths.jpeg(quality ?? 1);
    const prefix = `data:${type};base64,`;
    return prefix + 'A'.repeat(Math.max(0, length - prefix.length));
  };
  return { encode, calls };
}

describe('encodeWithinLimit', () => {
  it('encodeWithinLimit() keeps a PNG that fits when the source may be transparent', () => {
    const { encode, calls } = fakeEncoder({ png: 50_000, jpeg: () => 20_000 });
    expect(encodeWithinLimit(encode, true, 190_000)?.startsWith('data:image/png')).toBe(true);
    expect(calls).toEqual(['image/png']);
  });

  it('encodeWithinLimit() falls back to JPEG, lowering quality until it is under the limit', () => {
    const { encode, calls } = fakeEncoder({ png: 400_000, jpeg: (q) => Math.round(q * 300_000) });
    const result = encodeWithinLimit(encode, true, 190_000);
    expect(result?.startsWith('data:image/jpeg')).toBe(true);
    expect(result!.length).toBeLessThanOrEqual(190_000);
    expect(calls).toEqual([
      'image/png',
      'image/jpeg@0.9',
      'image/jpeg@0.82',
      'image/jpeg@0.72',
      'image/jpeg@0.6',
    ]);
  });

  it('encodeWithinLimit() skips PNG for photos and gives up when nothing fits', () => {
    const { encode, calls } = fakeEncoder({ png: 10, jpeg: () => 500_000 });
    expect(encodeWithinLimit(encode, false, 190_000)).toBeNull();
    expect(calls.every((c) => c.startsWith('image/jpeg'))).toBe(true);
  });

  it('encodeWithinLimit() refuses an encoder that silently returns another type', () => {
    // Canvas returns PNG when it cannot encode the asked type; that must not pass as JPEG.
    const encode = () => 'data:image/png;base64,AAAA';
    expect(encodeWithinLimit(encode, false, 190_000)).toBeNull();
  });
});
