/** The kinds of `%% trailmap <kind> {json}` comment lines that carry what Mermaid cannot hold. */
export const MERMAID_COMMENT_KINDS = ['journey', 'lane', 'phase', 'touchpoint', 'painPoint', 'idea'] as const;
export type MermaidCommentKind = (typeof MERMAID_COMMENT_KINDS)[number];

const COMMENT = /^%%\s*trailmap\s+(\S+)\s*(.*)$/;

/** One comment line, e.g. `%% trailmap touchpoint {"id":"tpt_…","channel":"web"}`. */
export function formatMermaidComment(kind: MermaidCommentKind, data: Record<string, unknown>): string {
  return `%% trailmap ${kind} ${JSON.stringify(data)}`;
}

export interface MermaidCommentLine {
  kind: string;
  json: string;
}

/**
 * Reads a trimmed line that starts with `%%`: a Trailmap comment gives its kind and JSON text; any other
 * comment (a note, a `%%{init}%%` directive, `%% trailmap` followed by prose) gives null.
 */
export function readMermaidComment(line: string): MermaidCommentLine | null {
  const match = COMMENT.exec(line);
  if (!match) return null;
  const kind = match[1] ?? '';
  const json = match[2] ?? '';
  const known = (MERMAID_COMMENT_KINDS as readonly string[]).includes(kind);
  if (!known && !json.startsWith('{')) return null;
  return { kind, json };
}

export function isMermaidCommentKind(kind: string): kind is MermaidCommentKind {
  return (MERMAID_COMMENT_KINDS as readonly string[]).includes(kind);
}
