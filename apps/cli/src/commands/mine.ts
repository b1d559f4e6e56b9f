import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { existsSync, statSync } from 'node:fs';
import { ImportError } from '@trailmap/analytics';
import { createProgressLine, type ProgressStream } from './mine/drawProgressBar.js';
import { LOG_FORMATS, LOG_FORMAT_NAMES, detectLogFormat, type LogFormat } from '@trailmap/analytics';
import { mineLog, type MineInput, type MineReport } from './mine/mineLog.js';
import { parseDuration } from './mine/parseDuration.js';
import { renderHtml } from './mine/renderHtml.js';
import { renderText } from './mine/renderText.js';

export type MineOutputFormat = 'text' | 'json' | 'html';
const outputFormats: readonly MineOutputFormat[] = ['text', 'json', 'html'];

const usage = `usage: trailmap mine <file> [--format text|json|html] [--out FILE] [--log-format ${LOG_FORMATS.join('|')}]
       [--case COL] [--activity COL] [--timestamp COL] [--customer COL] [--channel COL]
       [--nps COL] [--csat COL] [--ces COL] [--classifier K1,K2] [--object-type TYPE]
       [--gap DURATION] [--strict-case]`;

/** The flags that map fields, and the log formats each applies to. */
const flagFormats: Readonly<Record<string, readonly LogFormat[]>> = {
  case: ['csv', 'parquet', 'ndjson', 'segment'],
  activity: ['csv', 'parquet', 'ndjson'],
  timestamp: ['csv', 'parquet', 'ndjson'],
  nps: ['csv', 'parquet', 'ndjson'],
  csat: ['csv', 'parquet', 'ndjson'],
  ces: ['csv', 'parquet', 'ndjson'],
  customer: ['csv', 'parquet', 'ndjson', 'xes'],
  channel: ['csv', 'parquet', 'ndjson', 'xes'],
  classifier: ['xes'],
  'object-type': ['ocel'],
  gap: ['csv', 'parquet', 'ndjson', 'segment'],
};

/**
 * `trailmap mine`: imports an event log (CSV, XES, XES.gz, Parquet, NDJSON, OCEL 2.0 JSON, Segment JSON)
 * and summarises its journeys. Returns the exit code.
 */
export async function runMine(
  argv: string[],
  io: { stdout: NodeJS.WritableStream; stderr: NodeJS.WritableStream & ProgressStream },
): Promise<number> {
  const fail = (message: string): number => {
    io.stderr.write(`trailmap mine: ${message}\n`);
    return 1;
  };
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        case: { type: 'string' },
        activity: { type: 'string' },
        timestamp: { type: 'string' },
        classifier: { type: 'string' },
        format: { type: 'string', default: 'text' },
        out: { type: 'string' },
        nps: { type: 'string' },
        csat: { type: 'string' },
        ces: { type: 'string' },
        customer: { type: 'string' },
        channel: { type: 'string' },
        'object-type': { type: 'string' },
        gap: { type: 'string' },
        'strict-case': { type: 'boolean', default: false },
        'log-format': { type: 'string' },
      },
    });
  } catch (error) {
    return fail(`${(error as Error).message}\n${usage}`);
  }
  const { values, positionals } = parsed;
  const file = positionals[0];
  if (!file || positionals.length > 1) return fail(`give exactly one log file\n${usage}`);
  const format = values.format as MineOutputFormat;
  if (!outputFormats.includes(format))
    return fail(`unknown --format "${values.format}" (text, json or html)`);
  if (!existsSync(file)) return fail(`${file}: no such file`);
  if (!statSync(file).isFile()) return fail(`${file}: not a file`);

  let logFormat: LogFormat;
  if (values['log-format'] !== undefined) {
    const given = values['log-format'] as LogFormat;
    if (!LOG_FORMATS.includes(given))
      return fail(`unknown --log-format "${values['log-format']}" (${LOG_FORMATS.join(', ')})`);
    logFormat = given;
  } else {
    let detected;
    try {
      detected = detectLogFormat(file);
    } catch (error) {
      return fail(`${file}: ${(error as Error).message}`);
    }
    if (!detected)
      return fail(
        `${file}: unknown log format (expected .xes, .xes.gz, .csv, .parquet, .ndjson, .jsonocel or a JSON file of OCEL 2.0 or Segment messages; name it with --log-format)`,
      );
    logFormat = detected.format;
  }
  const given = values as Record<string, string | boolean | undefined>;
  for (const [flag, formats] of Object.entries(flagFormats)) {
    if (given[flag] !== undefined && !formats.includes(logFormat)) {
      const names = formats.map((f) => LOG_FORMAT_NAMES[f]).join(', ');
      return fail(`--${flag} applies to ${names} logs, not to ${LOG_FORMAT_NAMES[logFormat]}`);
    }
  }
  if (values.gap !== undefined && values.case !== undefined)
    return fail('give either --case (a case column) or --gap (cut each customer by inactivity), not both');
  let gapSeconds: number | undefined;
  if (values.gap !== undefined) {
    const seconds = parseDuration(values.gap);
    if (seconds === null) return fail(`--gap "${values.gap}" is not a duration (such as 30m, 12h, 30d)`);
    gapSeconds = seconds;
  }
  const classifier = values.classifier
    ?.split(',')
    .map((k) => k.trim())
    .filter(Boolean);
  const input: MineInput = {
    file,
    caseColumn: values.case,
    activityColumn: values.activity,
    timestampColumn: values.timestamp,
    classifier,
    npsColumn: values.nps,
    csatColumn: values.csat,
    cesColumn: values.ces,
    customerColumn: values.customer,
    channelColumn: values.channel,
    objectType: values['object-type'],
    gapSeconds,
    strictCase: values['strict-case'],
  };

  let report: MineReport;
  const progress = createProgressLine(io.stderr);
  try {
    report = await mineLog(input, logFormat, progress ? (p) => progress.update(p) : undefined, {
      processMap: format === 'html',
    });
    progress?.finish();
  } catch (error) {
    progress?.finish({ clear: true });
    if (error instanceof ImportError) return fail(error.message);
    throw error;
  }
  const output =
    format === 'json'
      ? `${JSON.stringify(report, null, 2)}\n`
      : format === 'html'
        ? await renderHtml(report)
        : renderText(report);
  if (values.out) {
    await writeFile(values.out, output);
    if (format === 'text') io.stdout.write(output);
    else io.stderr.write(`wrote ${values.out}\n`);
  } else {
    io.stdout.write(output);
  }
  return 0;
}
