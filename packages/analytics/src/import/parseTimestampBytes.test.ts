import { describe, expect, test } from 'vitest';
import { parseTimestamp } from './parseTimestamp.js';
import { parseTimestampBytes } from './parseTimestampBytes.js';

const parse = (text: string): number => {
  const bytes = Buffer.from(`<${text}>`);
  return parseTimestampBytes(bytes, 1, bytes.length - 1);
};

describe('parseTimestampBytes', () => {
  test('parseTimestampBytes(text) reads canonical XES timestamps as parseTimestamp does', () => {
    expect(parse('2011-10-01T00:38:44.546+02:00')).toBe(Date.UTC(2011, 8, 30, 22, 38, 44, 546));
    expect(parse('2024-02-29T23:59:59Z')).toBe(Date.UTC(2024, 1, 29, 23, 59, 59));
    expect(parse('1969-12-31T23:59:59.999-00:30')).toBe(Date.UTC(1970, 0, 1, 0, 29, 59, 999));
    expect(parse('2010-12-30T14:32:00.000123+01:00')).toBe(Date.UTC(2010, 11, 30, 13, 32));
  });

  test('parseTimestampBytes(text) agrees with parseTimestamp on every day of 1899–2101, leap days and rolled-over days included', () => {
    const texts: string[] = [];
    for (let year = 1899; year <= 2101; year++) {
      for (let month = 1; month <= 12; month++) {
        for (const day of [1, 15, 28, 29, 30, 31]) {
          const zone = ['Z', '+05:30', '-11:00', '+00:00'][(year + month + day) % 4] as string;
          const mm = String(month).padStart(2, '0');
          texts.push(
            `${year}-${mm}-${String(day).padStart(2, '0')}T${String(day % 24).padStart(2, '0')}:07:09.${String(day * 7).padStart(3, '0')}${zone}`,
          );
        }
      }
    }
    for (const text of texts) expect(parse(text), text).toBe(parseTimestamp(text));
  });

  test('parseTimestampBytes(text) agrees with parseTimestamp for years before 100 (Date.UTC maps them to 19xx)', () => {
    for (const text of ['0050-03-01T00:00:00Z', '0099-12-31T23:59:59Z', '0100-01-01T00:00:00Z']) {
      expect(parse(text), text).toBe(parseTimestamp(text));
    }
  });

  test('parseTimestampBytes(text) is NaN for what is not the canonical shape (parseTimestamp decides then)', () => {
    for (const text of [
      '2024-01-01 10:00:00Z',
      '2024-01-01T10:00:00',
      '2024-01-01T10:00Z',
      '2024-13-01T10:00:00Z',
      '2024-01-01T24:00:00Z',
      '2024-01-01T10:00:00+0100',
      '2024-01-01T10:00:00.5Z',
      'soon',
    ]) {
      expect(parse(text), text).toBeNaN();
    }
  });
});
