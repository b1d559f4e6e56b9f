import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { describe, expect, test } from 'vitest';
import { runMine } from './mine.js';
import { escapeHtml } from './mine/renderHtml.js';
import type { MineReport } from './mine/mineLog.js';

const data = new URL('../../../../samples/', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'trailmap-mine-'));

function capture(): { stream: Writable; text: () => string } {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer | string, _encoding, done) {
      chunks.push(String(chunk));
      done();
    },
  });
  return { stream, text: () => chunks.join('') };
}

async function mine(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const stdout = capture();
  const stderr = capture();
  const code = await runMine(argv, { stdout: stdout.stream, stderr: stderr.stream });
  return { code, stdout: stdout.text(), stderr: stderr.text() };
}

describe('runMine', () => {
  test('runMine(running-example.xes --format json) gives 6 cases, 42 events and 16 edges', async () => {
    const { code, stdout } = await mine([`${data}running-example.xes`, '--format', 'json']);
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as MineReport;
    expect(report.log).toMatchObject({
      cases: 6,
      events: 42,
      activities: 8,
      firstTimestamp: '2010-12-30T10:02:00.000Z',
    });
    expect(report.dfg).toHaveLength(16);
    expect(report.dfg[0]).toEqual({
      from: 'check ticket',
      to: 'decide',
      count: 6,
      meanSeconds: 181960,
      medianSeconds: 129300,
    });
    expect(report.startActivities).toEqual([{ activity: 'register request', cases: 6 }]);
    expect(report.variants.total).toBe(6);
    expect(Object.keys(report.caseDurations)).toEqual(
      expect.arrayContaining(['meanSeconds', 'medianSeconds']),
    );
  });

  test('runMine(bpic2012.xes.gz --format json) gives the known BPIC 2012 numbers', async () => {
    const { code, stdout } = await mine([`${data}bpic2012.xes.gz`, '--format', 'json']);
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as MineReport;
    expect(report.log).toMatchObject({ cases: 13_087, events: 262_200, activities: 24 });
    expect(report.dfg).toHaveLength(125);
    expect(report.variants.total).toBe(4366);
    expect(report.variants.top).toHaveLength(20);
    expect(report.startActivities).toEqual([{ activity: 'A_SUBMITTED', cases: 13_087 }]);
    expect(report.processMap).toBeUndefined(); // only the HTML report reads every variant for it
  });

  test('runMine(--format text) prints a summary and, when stderr is no terminal, nothing on stderr', async () => {
    const { code, stdout, stderr } = await mine([`${data}roadtraffic100traces.csv`]);
    expect(code).toBe(0);
    expect(stdout).toContain('roadtraffic100traces.csv: 100 cases, 390 events');
    expect(stdout).toContain('case notion: column "case:concept:name"');
    expect(stdout).toContain('de Leoni, M., Mannhardt, F.');
    expect(stderr).toBe('');
  });

  test('runMine(--format html --out) writes one self-contained report with the process map and the citation', async () => {
    const out = join(dir, 'report.html');
    const { code } = await mine([`${data}receipt.csv`, '--format', 'html', '--out', out]);
    expect(code).toBe(0);
    const html = readFileSync(out, 'utf8');
    expect(html).toContain('<svg');
    expect(html).toContain('Buijs, J.C.A.M.');
    expect(html).not.toMatch(/<script|src="http|href="http/);
    // the process map at the default sliders (every activity, the busiest paths), twice: frequency and waiting times
    expect(html).toMatch(
      /showing 27 of 27 activities, \d+ of 114 paths; \d+(\.\d)? % of cases use a hidden activity or path\./,
    );
    expect(html.split('data-activity="Confirmation of receipt"').length - 1).toBe(2);
    expect(html).toContain('<h2>Waiting times</h2>');
  });

  test('runMine(csv with --case/--activity/--timestamp) maps columns and escapes names in the HTML', async () => {
    const file = join(dir, 'tickets.csv');
    writeFileSync(
      file,
      'ticket,step,at\nt1,<b>open</b>,2024-01-01T10:00:00+02:00\nt1,close & rate,2024-01-01T11:00:00+02:00\n',
    );
    const { code, stdout } = await mine([
      file,
      '--case',
      'ticket',
      '--activity',
      'step',
      '--timestamp',
      'at',
      '--format',
      'html',
    ]);
    expect(code).toBe(0);
    expect(stdout).not.toContain('<b>open</b>');
    expect(stdout).toContain(escapeHtml('<b>open</b>'));
    expect(stdout).toContain('close &amp; rate');
  });

  test('runMine(bad input) explains the problem on stderr and exits with 1', async () => {
    const broken = join(dir, 'broken.xes');
    writeFileSync(broken, '<log>\n<trace>\n<event>\n</trace>\n');
    const headerOnly = join(dir, 'header-only.csv');
    writeFileSync(headerOnly, 'case:concept:name,concept:name,time:timestamp\n');
    const unknown = join(dir, 'log.txt');
    writeFileSync(unknown, Buffer.from([0x00, 0x01, 0x02, 0xff]));
    const noEvents = join(dir, 'no-events.xes');
    writeFileSync(noEvents, '<log>\n<trace><string key="concept:name" value="t"/></trace>\n</log>\n');
    const cases: [string[], RegExp][] = [
      [[], /give exactly one log file/],
      [[join(dir, 'missing.xes')], /no such file/],
      [[unknown], /log\.txt: unknown log format/],
      [[unknown, '--log-format', 'pdf'], /unknown --log-format "pdf"/],
      [[broken], /broken\.xes, line 4: malformed XML/],
      [[headerOnly], /trailmap mine: header-only\.csv: no events\n/],
      [[noEvents, '--format', 'json'], /^trailmap mine: no-events\.xes: no events\n$/],
      [[`${data}receipt.csv`, '--format', 'pdf'], /unknown --format "pdf"/],
      [[`${data}receipt.csv`, '--activity', 'nope'], /missing column "nope"/],
      [[`${data}receipt.csv`, '--bogus'], /Unknown option '--bogus'/],
    ];
    for (const [argv, message] of cases) {
      const { code, stdout, stderr } = await mine(argv);
      expect(code, argv.join(' ')).toBe(1);
      expect(stderr).toMatch(message);
      expect(stdout, argv.join(' ')).toBe('');
    }
  });
});
