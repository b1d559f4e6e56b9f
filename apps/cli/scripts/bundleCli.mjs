#!/usr/bin/env node
// Bundles the `trailmap` command (apps/cli/src/main.ts and the workspace packages it imports) into
// apps/cli/dist with esbuild, so that the command starts without compiling TypeScript on every run.
// Third-party packages stay external (Node loads them from node_modules as usual); each command stays a
// separate chunk, loaded only when it runs. `import.meta.url` in the sources is rewritten to the source
// file's own location, so SQL files, migrations and fonts beside the sources are found as before.
// dist/manifest.json lists the inputs; bin/trailmap.mjs uses the bundle only while none is newer.
// Usage: node apps/cli/scripts/bundleCli.mjs [--outdir DIR]
import { readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';

const cliRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const repoRoot = resolve(cliRoot, '../..');
const { values } = parseArgs({ options: { outdir: { type: 'string' } } });
const outdir = resolve(values.outdir ?? resolve(cliRoot, 'dist'));

/**
 * Packages bundled with the sources although they live in node_modules: @duckdb/node-api is ~100 CommonJS
 * files that Node would otherwise read and wrap one by one on every start (≈ 0.1 s); its native binding
 * (@duckdb/node-bindings) stays external.
 */
const bundledPackages = ['@duckdb/node-api'];

/** Workspace sources are bundled; every other bare import (a package in node_modules) stays external. */
const externalPackages = {
  name: 'external-packages',
  setup(b) {
    b.onResolve({ filter: /^[^./]/ }, (args) => {
      if (args.path.startsWith('@trailmap/') || args.path.startsWith('node:')) return undefined;
      if (bundledPackages.some((name) => args.path === name || args.path.startsWith(`${name}/`)))
        return undefined;
      return { path: args.path, external: true };
    });
  },
};

/** `import.meta.url` → the URL of the source file itself, written relative to the bundle's own file. */
const sourceLocation = {
  name: 'source-location',
  setup(b) {
    b.onLoad({ filter: /\.ts$/ }, async (args) => {
      const text = await readFile(args.path, 'utf8');
      if (!text.includes('import.meta.url')) return undefined;
      const fromBundle = relative(outdir, args.path).split('\\').join('/');
      const url = `new URL(${JSON.stringify(fromBundle)}, import.meta.url).href`;
      return { contents: text.replaceAll('import.meta.url', url), loader: 'ts' };
    });
  },
};

const started = performance.now();
await rm(outdir, { recursive: true, force: true });
const result = await build({
  entryPoints: { main: resolve(cliRoot, 'src/main.ts') },
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  outdir,
  outExtension: { '.js': '.mjs' },
  // chunks sit beside main.mjs: the rewritten import.meta.url above is relative to outdir itself
  chunkNames: '[name]-[hash]',
  absWorkingDir: repoRoot,
  conditions: ['import', 'node'],
  sourcemap: 'linked',
  // bundled CommonJS code (see bundledPackages) requires its external native binding through this
  banner: {
    js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
  },
  metafile: true,
  logLevel: 'warning',
  plugins: [externalPackages, sourceLocation],
});
const inputs = Object.keys(result.metafile.inputs)
  .map((input) => resolve(repoRoot, input))
  .filter((input) => !input.includes('/node_modules/'));
await writeFile(
  resolve(outdir, 'manifest.json'),
  `${JSON.stringify({ builtAt: Date.now(), inputs: inputs.map((i) => relative(outdir, i)) }, null, 1)}\n`,
);
process.stdout.write(
  `bundled the trailmap command: ${inputs.length} sources → ${relative(repoRoot, outdir)} in ${Math.round(performance.now() - started)} ms\n`,
);
