import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export interface FontFiles {
  regular: string;
  bold: string;
  italic: string;
  boldItalic: string;
}

/** The family name the SVG asks for first, and the one the fonts below carry. */
export const FONT_FAMILY_NAME = 'DejaVu Sans';

/**
 * The DejaVu Sans TrueType files shipped by the npm package 'dejavu-fonts-ttf' (a dependency of this
 * package, so they exist wherever it is installed). Throws when they are missing.
 */
export function resolveFontFiles(): FontFiles {
  const require = createRequire(import.meta.url);
  const dir = join(dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
  const files: FontFiles = {
    regular: join(dir, 'DejaVuSans.ttf'),
    bold: join(dir, 'DejaVuSans-Bold.ttf'),
    italic: join(dir, 'DejaVuSans-Oblique.ttf'),
    boldItalic: join(dir, 'DejaVuSans-BoldOblique.ttf'),
  };
  for (const file of Object.values(files)) {
    if (!existsSync(file)) throw new Error(`font file missing: ${file} (reinstall dejavu-fonts-ttf)`);
  }
  return files;
}
