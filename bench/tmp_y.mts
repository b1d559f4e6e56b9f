import { gunzipSync } from 'node:zlib'; import { readFileSync } from 'node:fs';
const text = gunzipSync(readFileSync('/work/shared/data/bpic2012.xes.gz')).toString('utf8');
for (let r = 0; r < 3; r++) {
let t = performance.now(); let n = 0;
for (let i = text.indexOf('<', 0); i !== -1; i = text.indexOf('<', i + 1)) n++;
console.log('indexOf <', n, (performance.now() - t).toFixed(0));
t = performance.now(); n = 0; let m = 0;
for (let i = text.indexOf('<', 0); i !== -1; i = text.indexOf('<', i + 1)) { if (text.startsWith('string', i + 1)) n++; const q = text.indexOf('"', i); if (q > 0) m += q; }
console.log('startsWith+indexOf"', n, (performance.now() - t).toFixed(0));
t = performance.now(); n = 0;
for (let i = text.indexOf('<', 0); i !== -1; i = text.indexOf('<', i + 1)) { const q = text.indexOf('"', i); const q2 = text.indexOf('"', q + 1); const s = text.slice(q + 1, q2); n += s.length; }
console.log('slice', n, (performance.now() - t).toFixed(0));
}
