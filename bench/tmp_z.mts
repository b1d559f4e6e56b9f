import { parseXes } from '../packages/analytics/src/import/parseXes.js';
import { gunzipSync } from 'node:zlib'; import { readFileSync } from 'node:fs'; import { Readable } from 'node:stream';
const buf = gunzipSync(readFileSync('/work/shared/data/bpic2012.xes.gz'));
for (let k = 0; k < 3; k++) {
  const t = performance.now(); let n = 0;
  for await (const b of parseXes({ stream: Readable.from([buf]), name: 'x' }, {})) n += b.length;
  console.log('one chunk', n, (performance.now() - t).toFixed(0));
}
