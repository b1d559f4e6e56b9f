import { describe, expect, it } from 'vitest';
import { explainImportReason } from './explainImportReason.js';
import { formatBytes } from './formatBytes.js';

describe('explainImportReason', () => {
  it('explainImportReason() turns the importer’s reasons into catalogue sentences with their values', () => {
    expect(explainImportReason('unparsable timestamp "yesterday"')).toEqual({
      key: 'timestampUnreadable',
      values: { value: 'yesterday' },
    });
    expect(explainImportReason('expected 3 fields, found 4')).toEqual({
      key: 'fieldCount',
      values: { expected: '3', found: '4' },
    });
    expect(explainImportReason('nps score "11" is not a number from 0 to 10')).toEqual({
      key: 'scoreOutOfRange',
      values: { score: 'NPS' },
    });
    expect(explainImportReason('the gzip data is truncated (unexpected end of file)')?.key).toBe('gzipBroken');
    expect(explainImportReason('server error')?.key).toBe('server');
  });

  it('explainImportReason() is null for a reason it does not know (the page shows the importer’s words)', () => {
    expect(explainImportReason('something new')).toBeNull();
  });

  it('formatBytes() picks the unit and formats in the locale', () => {
    const en = (value: number, options?: Intl.NumberFormatOptions) => new Intl.NumberFormat('en-GB', options).format(value);
    const nl = (value: number, options?: Intl.NumberFormatOptions) => new Intl.NumberFormat('nl-NL', options).format(value);
    expect(formatBytes(2_336_012, en)).toBe('2.3 MB');
    expect(formatBytes(2_336_012, nl)).toBe('2,3 MB');
    expect(formatBytes(101, en)).toBe('0.1 kB');
    expect(formatBytes(20, en)).toBe('0.1 kB');
    expect(formatBytes(0, en)).toBe('0 kB');
    expect(formatBytes(760, nl)).toBe('0,8 kB');
    expect(formatBytes(15_891, en)).toBe('15.9 kB');
  });
});
