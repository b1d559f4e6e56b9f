import { parseArgs } from 'node:util';
import {
  DEFAULT_PLANTED_EFFECTS,
  GENERATE_FORMATS,
  writeGeneratedEvents,
  type GenerateFormat,
  type PlantedEffects,
} from '@trailmap/generate';

const effectFlags: Record<string, keyof PlantedEffects> = {
  'late-delivery-share': 'lateDeliveryShare',
  'late-delivery-nps': 'lateDeliveryNpsPoints',
  'helpful-call-share': 'helpfulFirstCallShare',
  'helpful-call-nps': 'helpfulFirstCallNpsPoints',
  'app-checkout-drop': 'appCheckoutDropShare',
  'web-checkout-drop': 'webCheckoutDropShare',
  'repeat-before': 'repeatCallShareBefore',
  'repeat-after': 'repeatCallShareAfter',
};

const usage = `usage: trailmap generate --events N --out FILE [--seed S] [--format csv|parquet|ndjson|segment]
       [--late-delivery-share P] [--late-delivery-nps POINTS] [--helpful-call-share P] [--helpful-call-nps POINTS]
       [--app-checkout-drop P] [--web-checkout-drop P] [--repeat-before P] [--repeat-after P] [--repeat-change DATE]
defaults: ${Object.entries(effectFlags)
  .map(([flag, key]) => `--${flag} ${DEFAULT_PLANTED_EFFECTS[key]}`)
  .join(' ')} --repeat-change ${new Date(DEFAULT_PLANTED_EFFECTS.repeatChangeMs).toISOString().slice(0, 10)}`;

/** `trailmap generate`: writes a seeded retail journey log with planted effects. Returns the exit code. */
export async function runGenerate(
  argv: string[],
  io: { stdout: NodeJS.WritableStream; stderr: NodeJS.WritableStream },
): Promise<number> {
  const fail = (message: string): number => {
    io.stderr.write(`trailmap generate: ${message}\n${usage}\n`);
    return 1;
  };
  let values: Record<string, string | undefined>;
  try {
    const options = Object.fromEntries(
      ['events', 'seed', 'format', 'out', 'repeat-change', ...Object.keys(effectFlags)].map((name) => [
        name,
        { type: 'string' as const },
      ]),
    );
    values = parseArgs({ args: argv, options, allowPositionals: false }).values as Record<
      string,
      string | undefined
    >;
  } catch (error) {
    return fail((error as Error).message);
  }
  const events = Number(values.events);
  if (!Number.isInteger(events) || events < 1) return fail('--events must be a whole number ≥ 1');
  const seed = values.seed === undefined ? 1 : Number(values.seed);
  if (!Number.isInteger(seed)) return fail('--seed must be a whole number');
  const format = (values.format ?? 'csv') as GenerateFormat;
  if (!GENERATE_FORMATS.includes(format)) return fail(`unknown --format "${values.format}"`);
  if (!values.out) return fail('--out FILE is required');
  const effects: Partial<PlantedEffects> = {};
  for (const [flag, key] of Object.entries(effectFlags)) {
    const raw = values[flag];
    if (raw === undefined) continue;
    const value = Number(raw);
    if (!Number.isFinite(value)) return fail(`--${flag} must be a number`);
    if (key.endsWith('Share') && !(value >= 0 && value <= 1)) return fail(`--${flag} must lie in 0..1`);
    effects[key] = value;
  }
  if (values['repeat-change'] !== undefined) {
    const ms = Date.parse(values['repeat-change']);
    if (Number.isNaN(ms)) return fail('--repeat-change must be a date (YYYY-MM-DD)');
    effects.repeatChangeMs = ms;
  }
  if (format === 'segment' && events > 1_000_000) {
    io.stderr.write(
      'note: one Segment batch document of this size is read whole by importers; --format ndjson streams\n',
    );
  }
  const started = Date.now();
  let lastReportMs = 0;
  try {
    const result = await writeGeneratedEvents({
      events,
      seed,
      format,
      out: values.out,
      effects,
      onProgress: (written) => {
        const now = Date.now();
        if (now - lastReportMs < 500 && written < events) return;
        lastReportMs = now;
        io.stderr.write(
          `\rgenerated ${written.toLocaleString('en')} / ${events.toLocaleString('en')} events (${Math.floor((100 * written) / events)} %)`,
        );
      },
    });
    io.stderr.write(`\n`);
    io.stdout.write(
      `${result.events} events written to ${values.out} (${format}, seed ${seed}) in ${((Date.now() - started) / 1000).toFixed(1)} s\n`,
    );
    return 0;
  } catch (error) {
    io.stderr.write('\n');
    return fail((error as Error).message);
  }
}
