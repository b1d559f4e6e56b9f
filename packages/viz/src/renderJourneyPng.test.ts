import { describe, expect, it } from 'vitest';
import { readSvgSize } from './readSvgSize.js';
import { choosePngScale, MAX_PIXELS, MAX_SIDE_PX, renderJourneyPng } from './renderJourneyPng.js';
import { renderJourneySvg } from './renderJourneySvg.js';
import { createDemoNowMap } from './testJourneys.js';

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** Width and height from the IHDR chunk, which must come first after the signature. */
function readPngSize(png: Buffer): { width: number; height: number } {
  expect(png.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

describe('renderJourneyPng', () => {
  it('renderJourneyPng(demo map) is a PNG at print size: long side ≥ 3500 px, same aspect as the SVG', () => {
    const { journey, personas } = createDemoNowMap();
    const svg = renderJourneySvg(journey, personas);
    const png = renderJourneyPng(svg);
    expect([...png.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
    const size = readSvgSize(svg);
    const { width, height } = readPngSize(png);
    expect(Math.max(width, height)).toBeGreaterThanOrEqual(3500);
    expect(width / height).toBeCloseTo(size.width / size.height, 2);
    expect(png.length).toBeGreaterThan(100_000);
  });

  it('renderJourneyPng(svg, { scale: 0.5 }) honours the scale', () => {
    const svg =
      '<svg xmlns="http://www.w3.org/2000/svg" width="400" height="200"><rect width="400" height="200" fill="#1F5FA8"/></svg>';
    expect(readPngSize(renderJourneyPng(svg, { scale: 0.5 }))).toEqual({ width: 200, height: 100 });
  });

  it('choosePngScale keeps the long side and the pixel count under the caps', () => {
    expect(choosePngScale(1000, 500)).toBeCloseTo(3.6, 5);
    expect(choosePngScale(5000, 1000)).toBe(1);
    expect(choosePngScale(40_000, 100) * 40_000).toBeLessThanOrEqual(MAX_SIDE_PX);
    const s = choosePngScale(6000, 6000, 4);
    expect(6000 * s * 6000 * s).toBeLessThanOrEqual(MAX_PIXELS + 1);
  });

  it('choosePngScale and renderJourneyPng take other caps (maxSidePx, maxPixels)', () => {
    expect(choosePngScale(40_000, 100, undefined, { maxSidePx: 8_000 })).toBeCloseTo(0.2, 5);
    expect(choosePngScale(1_000, 1_000, undefined, { maxPixels: 250_000 })).toBeCloseTo(0.5, 5);
    expect(choosePngScale(40_000, 100, undefined, { maxSidePx: 80_000 })).toBe(1);
    const svg =
      '<svg xmlns="http://www.w3.org/2000/svg" width="400" height="200"><rect width="400" height="200" fill="#1F5FA8"/></svg>';
    expect(readPngSize(renderJourneyPng(svg, { maxSidePx: 100 }))).toEqual({ width: 100, height: 50 });
  });
});
