/**
 * Makes user text safe for one Mermaid journey line. Mermaid's journey grammar ends a title at `#`, `;`
 * or a newline, and a section or task name also at `:`; a task line that starts with a keyword
 * (`title`, `section`, `journey`, `accTitle`, `accDescr`) is read as that keyword, and `%%` starts a comment.
 * Line breaks and runs of white space become one space; `:`, `#` and `;` become their full-width forms
 * (`：`, `＃`, `；`), which read the same; `%%` becomes `%`. Trailmap keeps the original text in its
 * `%% trailmap` comment whenever escaping changed it.
 */
export type MermaidTextKind = 'title' | 'section' | 'task' | 'actor';

const KEYWORD_AT_START = /^(journey|title|section|acctitle|accdescr)/i;

export function escapeMermaidText(text: string, kind: MermaidTextKind): string {
  let out = text.replace(/\s+/g, ' ').replace(/#/g, '＃').replace(/;/g, '；').replace(/%{2,}/g, '%');
  if (kind !== 'title') out = out.replace(/:/g, '：');
  if (kind === 'actor') out = out.replace(/,/g, ' ').replace(/\s+/g, ' ');
  out = out.trim();
  if (kind === 'task' && KEYWORD_AT_START.test(out)) out = `- ${out}`;
  return out === '' ? 'Untitled' : out;
}
