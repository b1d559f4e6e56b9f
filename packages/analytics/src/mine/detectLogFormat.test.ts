import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, test } from 'vitest';
import { detectLogFormat, sniffFormat } from './detectLogFormat.js';

const samples = new URL('../../../../samples/', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'trailmap-detect-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, content: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

describe('detectLogFormat', () => {
  test('detectLogFormat(samples) knows every sample by its extension', () => {
    expect(detectLogFormat(`${samples}receipt.csv`)).toEqual({ format: 'csv', by: 'extension' });
    expect(detectLogFormat(`${samples}bpic2012.xes.gz`)).toEqual({ format: 'xes', by: 'extension' });
    expect(detectLogFormat(`${samples}running-example.xes`)).toEqual({ format: 'xes', by: 'extension' });
    expect(detectLogFormat(`${samples}ocel20_example.jsonocel`)).toEqual({ format: 'ocel', by: 'extension' });
  });

  test('detectLogFormat(.json, .ndjson, .jsonl) tells OCEL, Segment and NDJSON apart by content', () => {
    const message = { type: 'track', userId: 'u1', event: 'Signed Up', timestamp: '2024-01-01T00:00:00Z' };
    const cases: [string, string | Buffer, string][] = [
      [
        'ocel.json',
        '{\n  "objectTypes": [],\n  "eventTypes": [],\n  "objects": [],\n  "events": []\n}',
        'ocel',
      ],
      ['ocel1.json', '{ "ocel:global-log": {}, "ocel:events": {} }', 'ocel'],
      ['batch.json', JSON.stringify({ batch: [message] }, null, 2), 'segment'],
      ['messages.json', `[\n${JSON.stringify(message)}\n]`, 'segment'],
      ['one.json', JSON.stringify(message, null, 2), 'segment'],
      ['segment.ndjson', `${JSON.stringify(message)}\n${JSON.stringify(message)}\n`, 'segment'],
      [
        'events.jsonl',
        '{"case_id":"a","activity":"A","ts":1}\n{"case_id":"a","activity":"B","ts":2}\n',
        'ndjson',
      ],
      ['events.json', '\n{"case_id":"a","activity":"A","ts":1}\n', 'ndjson'],
    ];
    for (const [name, content, format] of cases) {
      expect(detectLogFormat(file(name, content)), name).toEqual({ format, by: 'content' });
    }
  });

  test('detectLogFormat(unknown extension) reads Parquet, gzipped XES or CSV, XML and delimited text by content', () => {
    expect(detectLogFormat(file('log.bin', Buffer.from('PAR1\u0015\u0004')))?.format).toBe('parquet');
    expect(detectLogFormat(file('log.gz', gzipSync('<?xml version="1.0"?>\n<log>')))?.format).toBe('xes');
    expect(detectLogFormat(file('log2.gz', gzipSync('case;activity;ts\n')))?.format).toBe('csv');
    expect(detectLogFormat(file('log.xml', '<log xes.version="1.0">')))?.toEqual({
      format: 'xes',
      by: 'content',
    });
    expect(detectLogFormat(file('log.txt', 'case\tactivity\tts\nc1\tA\t2024-01-01\n'))?.format).toBe('csv');
    expect(detectLogFormat(file('notes.txt', 'just some words\n'))).toBeNull();
    expect(detectLogFormat(file('bytes.dat', Buffer.from([0, 1, 2, 3])))).toBeNull();
    expect(detectLogFormat(file('broken.json', '{"a": '))).toBeNull();
  });

  test('sniffFormat reads a cut-off gzip stream (only the first 64 KB are read)', () => {
    const gz = gzipSync(`<log>${'<trace></trace>'.repeat(100_000)}</log>`);
    expect(sniffFormat(gz.subarray(0, 200), false)).toBe('xes');
  });
});
