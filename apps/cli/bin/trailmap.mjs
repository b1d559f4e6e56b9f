#!/usr/bin/env node
// The `trailmap` command. Runs the bundle in ../dist (`npm run build:cli`, part of `npm run build`) while
// it is up to date with the sources, else the TypeScript sources through tsx — so no build step is needed,
// and an edited source is never shadowed by an old bundle. TRAILMAP_CLI_SOURCES=1 forces the sources.
import { isBundleCurrent } from './isBundleCurrent.mjs';

const dist = new URL('../dist/', import.meta.url);
let main;
if (process.env.TRAILMAP_CLI_SOURCES !== '1' && isBundleCurrent(dist)) {
  ({ main } = await import(new URL('main.mjs', dist).href));
} else {
  const { register } = await import('tsx/esm/api');
  register();
  ({ main } = await import('../src/main.ts'));
}
process.exitCode = await main(process.argv.slice(2));
