// Whether the bundle in `dist` (a directory URL ending in '/') was built after its last source change.
import { readFileSync, statSync } from 'node:fs';

/** True when dist/manifest.json exists and none of the inputs it lists is newer than the bundle. */
export function isBundleCurrent(dist) {
  try {
    const manifest = JSON.parse(readFileSync(new URL('manifest.json', dist), 'utf8'));
    return manifest.inputs.every((input) => statSync(new URL(input, dist)).mtimeMs <= manifest.builtAt);
  } catch {
    return false;
  }
}
