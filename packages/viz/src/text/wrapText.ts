import { measureText } from './measureText.js';

export interface WrapOptions {
  maxWidthPx: number;
  fontSizePx: number;
  bold?: boolean;
  /** Lines beyond this are dropped and the last kept line ends in an ellipsis. */
  maxLines: number;
}

const ELLIPSIS = '…';

/** Splits a word that is wider than a line into pieces that fit. */
function breakWord(word: string, fits: (s: string) => boolean): string[] {
  const pieces: string[] = [];
  let piece = '';
  for (const c of word) {
    if (piece && !fits(piece + c)) {
      pieces.push(piece);
      piece = c;
    } else piece += c;
  }
  if (piece) pieces.push(piece);
  return pieces;
}

/** Shortens a line until it fits with an ellipsis after it. */
function withEllipsis(line: string, fits: (s: string) => boolean): string {
  let chars = [...line.trimEnd()];
  while (chars.length > 0 && !fits(chars.join('') + ELLIPSIS)) chars = chars.slice(0, -1);
  return chars.join('').trimEnd() + ELLIPSIS;
}

/**
 * Wraps text into lines no wider than `maxWidthPx` (greedy, at spaces; over-long words are broken),
 * keeping at most `maxLines` lines: when text is cut, the last line ends in "…". Newlines are kept.
 */
export function wrapText(
  text: string,
  { maxWidthPx, fontSizePx, bold = false, maxLines }: WrapOptions,
): string[] {
  const fits = (s: string) => measureText(s, fontSizePx, bold) <= maxWidthPx;
  const lines: string[] = [];
  for (const paragraph of text.split(/\r?\n/)) {
    const words = paragraph.split(/\s+/).filter(Boolean);
    let line = '';
    for (const word of words) {
      const candidate = line ? `${line} ${word}` : word;
      if (fits(candidate)) {
        line = candidate;
        continue;
      }
      if (line) lines.push(line);
      const pieces = fits(word) ? [word] : breakWord(word, fits);
      lines.push(...pieces.slice(0, -1));
      line = pieces.at(-1) ?? '';
    }
    if (line) lines.push(line);
  }
  if (lines.length <= maxLines || maxLines <= 0) return maxLines <= 0 ? [] : lines;
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = withEllipsis(kept[maxLines - 1]!, fits);
  return kept;
}
