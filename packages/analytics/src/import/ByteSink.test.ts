import { describe, expect, test } from 'vitest';
import { ByteSink } from './ByteSink.js';

describe('ByteSink', () => {
  test('ByteSink.int(n) writes decimal digits of safe integers, negative ones included', () => {
    const values = [
      0,
      7,
      10,
      99,
      12345678,
      99_999_999,
      100_000_000,
      100_000_001,
      1_317_422_324_546,
      -5,
      -62_135_596_800_000,
      Number.MAX_SAFE_INTEGER,
    ];
    const sink = new ByteSink(4);
    for (const value of values) {
      sink.int(value);
      sink.byte(0x2c);
    }
    expect(sink.view().toString('latin1')).toBe(values.map((v) => `${v},`).join(''));
  });

  test('ByteSink.text(s) and bytes(src, start, end) append UTF-8 and grow as needed', () => {
    const sink = new ByteSink(2);
    sink.text('café ');
    const source = Buffer.from('xx' + 'long enough to take the bulk copy path, '.repeat(3) + 'yy');
    sink.bytes(source, 2, source.length - 2);
    sink.bytes(Buffer.from('<ok>'), 1, 3);
    expect(sink.view().toString('utf8')).toBe(
      `café ${'long enough to take the bulk copy path, '.repeat(3)}ok`,
    );
    sink.clear();
    expect(sink.length).toBe(0);
  });
});
