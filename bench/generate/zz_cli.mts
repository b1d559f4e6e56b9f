import { runGenerate } from '../../apps/cli/src/commands/generate.ts';
const t = Date.now();
const code = await runGenerate(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr });
console.log('code', code, Date.now() - t, 'ms', Math.round(process.memoryUsage().rss / 1e6), 'MB peak-ish');
