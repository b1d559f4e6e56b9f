import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { existsSync } from 'node:fs';
import { ImportError } from '@trailmap/analytics';
import { drawProgressBar } from './mine/drawProgressBar.js';
import { detectLogFormat, mineLog, type MineReport } from './mine/mineLog.js';
import { renderHtml } from './mine/renderHtml.js';
import { renderText } from './mine/renderText.js';

export type MineOutputFormat = 'text' | 'json' | 'html';
const outputFormats: readonly MineOutputFormat[] = ['text', 'json', 'html'];

const usage =
  'usage: trailmap mine <file> [--case COL] [--activity COL] [--timestamp COL] [--classifier K1,K2] [--format text|json|html] [--out FILE]\n       [--nps COL] [--csat COL] [--customer COL] [--channel COL]';

/** `trailmap mine`: imports an event log (XES, XES.gz, CSV) and summarises its journeys. Returns the exit code. */
export async function runMine(
  argv: string[],
  io: { stdout: NodeJS.WritableStream; stderr: NodeJS.WritableStream },
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
        customer: { type: 'string' },
        channel: { type: 'string' },
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
  const logFormat = detectLogFormat(file);
  if (!logFormat) return fail(`${file}: unknown log format (expected .xes, .xes.gz or .csv)`);
  if (!existsSync(file)) return fail(`${file}: no such file`);
  const classifier = values.classifier
    ?.split(',')
    .map((k) => k.trim())
    .filter(Boolean);
  const cxColumns = [values.nps, values.csat, values.customer, values.channel].some((v) => v !== undefined);
  if (cxColumns && logFormat !== 'csv')
    return fail('--nps, --csat, --customer and --channel apply to CSV logs');
  if (classifier && logFormat !== 'xes')
    return fail('--classifier applies to XES logs; use --activity for CSV');

  let report: MineReport;
  const showProgress = format === 'text';
  try {
    report = await mineLog(
      {
        file,
        caseColumn: values.case,
        activityColumn: values.activity,
        timestampColumn: values.timestamp,
        classifier,
        npsColumn: values.nps,
        csatColumn: values.csat,
        customerColumn: values.customer,
        channelColumn: values.channel,
        processMap: format === 'html',
      },
      logFormat,
      showProgress ? (p) => io.stderr.write(drawProgressBar(p)) : undefined,
    );
    if (showProgress) io.stderr.write('\n');
  } catch (error) {
    if (showProgress) io.stderr.write('\n');
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
