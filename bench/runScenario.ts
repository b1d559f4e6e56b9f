// Runs one benchmark scenario in its own process and prints its result with the peak memory as JSON.
import { scenarios, type ScenarioName } from './scenarios.js';

const name = process.argv[2] as ScenarioName;
const scenario = scenarios[name];
if (!scenario) {
  process.stderr.write(`unknown scenario ${String(name)}\n`);
  process.exit(2);
}
const result = await scenario();
const peakMemoryMb = process.resourceUsage().maxRSS / 1024;
process.stdout.write(`${JSON.stringify({ ...result, peakMemoryMb })}\n`);
