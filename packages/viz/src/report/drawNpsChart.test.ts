import { describe, expect, it } from 'vitest';
import { drawNpsChart } from './drawNpsChart.js';

const month = (m: string, value: number | null, n: number) => ({
  month: m,
  value,
  low: value === null ? null : value - 10,
  high: value === null ? null : value + 10,
  n,
});

describe('drawNpsChart', () => {
  it('drawNpsChart(months) draws a point per month with answers, breaks the line at a month without, hollow when n < 30', () => {
    const svg = drawNpsChart(
      [
        month('2024-01', 10, 100),
        month('2024-02', 20, 100),
        month('2024-03', null, 0),
        month('2024-04', -5, 12),
      ],
      { width: 400, height: 100, lang: 'en', title: 'NPS <per> month' },
    );
    expect(svg).toMatch(/^<svg [^>]*width="400" height="100" viewBox="0 0 400 100"/);
    expect(svg).toContain('<title>NPS &lt;per&gt; month</title>');
    // three points, one line (January–February); April stands alone after the gap
    expect(svg.match(/<circle /g)).toHaveLength(3);
    expect(svg.match(/<path /g)).toHaveLength(1);
    expect(svg.match(/<circle [^>]*fill="#FFFFFF"/g)).toHaveLength(1);
    // a gridline at 0 and round steps; month labels
    expect(svg).toContain('>0</text>');
    expect(svg).toContain('>Jan 2024</text>');
  });
});
