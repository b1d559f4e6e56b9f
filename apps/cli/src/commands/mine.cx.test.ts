import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeGeneratedEvents } from '@trailmap/generate';
import { runMine } from './mine.js';

function capture() {
  let text = '';
  const stream = new Writable({
    write(chunk, _encoding, done) {
      text += String(chunk);
      done();
    },
  });
  return { stream, text: () => text };
}

async function mine(args: string[]) {
  const out = capture();
  const err = capture();
  const code = await runMine(args, { stdout: out.stream, stderr: err.stream });
  return { code, stdout: out.text(), stderr: err.text() };
}

const RUNNING_EXAMPLE = fileURLToPath(new URL('../../../../samples/running-example.xes', import.meta.url));

describe('trailmap mine: the CX section', () => {
  const dir = mkdtempSync(join(tmpdir(), 'trailmap-mine-cx-'));
  const csv = join(dir, 'retail.csv');

  beforeAll(async () => {
    await writeGeneratedEvents({ events: 60_000, seed: 2, format: 'csv', out: csv });
  }, 60_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('runMine(--format json) adds "cx" with NPS, drivers and a Pareto cut holding the planted drivers', async () => {
    const { code, stdout } = await mine([csv, '--format', 'json']);
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(report.cx.nps.n).toBeGreaterThan(500);
    expect(report.cx.nps.low).toBeLessThan(report.cx.nps.value);
    expect(report.cx.nps.high).toBeGreaterThan(report.cx.nps.value);
    const top2 = report.cx.drivers.slice(0, 2).map((d: { activity: string }) => d.activity);
    expect(top2.sort()).toEqual(['Delivery Late', 'First Call Resolved']);
    expect(report.cx.paretoCut).toEqual(expect.arrayContaining(['Delivery Late', 'First Call Resolved']));
    const late = report.cx.drivers.find((d: { activity: string }) => d.activity === 'Delivery Late');
    expect(late.effect).toBeLessThan(0);
    const importances = report.cx.drivers.map((d: { importance: number }) => d.importance);
    expect(importances).toEqual([...importances].sort((a, b) => b - a));
  }, 120_000);

  it('runMine(--format html) has a readable customer-experience section; text lists the drivers', async () => {
    const html = await mine([csv, '--format', 'html']);
    expect(html.stdout).toContain('<h2>Customer experience</h2>');
    expect(html.stdout).toContain('Delivery Late');
    const text = await mine([csv, '--format', 'text']);
    expect(text.stdout).toMatch(/NPS -?\d+ \(95 % interval/);
  }, 120_000);

  it('runMine names score columns explicitly, and logs without NPS answers have no "cx"', async () => {
    const missing = await mine([csv, '--format', 'json', '--nps', 'no_such_column']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('no_such_column');
    const plain = await mine([RUNNING_EXAMPLE, '--format', 'json']);
    expect(JSON.parse(plain.stdout).cx).toBeUndefined();
    const xesWithNps = await mine([RUNNING_EXAMPLE, '--nps', 'x']);
    expect(xesWithNps.code).toBe(1);
  }, 120_000);
});
