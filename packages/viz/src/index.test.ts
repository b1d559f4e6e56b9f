import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = dirname(fileURLToPath(import.meta.url));

/** Every bare (package) import reachable from a module through its relative imports. */
function collectPackageImports(file: string, seen = new Set<string>()): Set<string> {
  const packages = new Set<string>();
  if (seen.has(file)) return packages;
  seen.add(file);
  const source = readFileSync(file, 'utf8');
  for (const [, spec] of source.matchAll(/(?:from|import)\s+'([^']+)'/g)) {
    if (spec!.startsWith('.')) {
      const target = resolve(dirname(file), spec!.replace(/\.js$/, '.ts'));
      for (const p of collectPackageImports(target, seen)) packages.add(p);
    } else packages.add(spec!);
  }
  return packages;
}

describe('@trailmap/viz entry points', () => {
  it('index.ts (used by the web app) reaches no Node-only module; node.ts holds resvg and pdfkit', () => {
    const browser = [...collectPackageImports(join(SRC, 'index.ts'))];
    expect(browser.filter((p) => p.startsWith('node:') || /resvg|pdfkit|dejavu/.test(p))).toEqual([]);
    const node = collectPackageImports(join(SRC, 'node.ts'));
    expect(node).toContain('@resvg/resvg-js');
    expect(node).toContain('pdfkit');
  });

  it('index.ts takes only types from elkjs: the caller brings the ELK instance (a Web Worker in the app)', () => {
    expect(collectPackageImports(join(SRC, 'index.ts'))).toContain('elkjs/lib/elk-api');
    const seen = new Set<string>();
    collectPackageImports(join(SRC, 'index.ts'), seen);
    for (const file of seen) {
      const source = readFileSync(file, 'utf8');
      for (const [statement] of source.matchAll(/import\s[^;]*?from\s+'elkjs[^']*'/g))
        expect(statement, file).toMatch(/^import type /);
    }
  });
});
