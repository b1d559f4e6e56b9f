/**
 * The text rule of every record: no C0 control characters other than tab, line feed and carriage return
 * (PostgreSQL text cannot hold U+0000, and none of them belong in a title or a note), and no UTF-16
 * surrogate without its other half (not Unicode text: UTF-8 cannot encode it, JSONB refuses it).
 */
const UNSAFE =
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export interface UnsafeTextIssue {
  /** Where the text is: `root.key.0.key` (the object holding it, for a bad key). */
  path: string;
  message: string;
}

/** At most this many issues are named (a document can hold thousands of bad strings). */
export const MAX_UNSAFE_TEXT_ISSUES = 20;

function codePointOf(char: string): string {
  return `U+${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/** Why `text` breaks the text rule (naming the character and its position), or null when it does not. */
export function describeUnsafeText(text: string): string | null {
  const found = UNSAFE.exec(text);
  if (!found) return null;
  const char = found[0];
  return char.charCodeAt(0) >= 0xd800
    ? `contains a lone surrogate (${codePointOf(char)}) at position ${found.index}; send valid Unicode text`
    : `contains the control character ${codePointOf(char)} at position ${found.index}; only tab, line feed and carriage return are allowed`;
}

/**
 * Every string and object key in a JSON-like value that breaks the text rule, named by its path from
 * `root` (`body.touchpoints.3.title`). Walks without recursion, so any depth of nesting is safe.
 */
export function findUnsafeText(value: unknown, root: string): UnsafeTextIssue[] {
  const issues: UnsafeTextIssue[] = [];
  const join = (path: string, key: string | number) => (path === '' ? String(key) : `${path}.${key}`);
  const stack: { value: unknown; path: string }[] = [{ value, path: root }];
  while (stack.length > 0 && issues.length < MAX_UNSAFE_TEXT_ISSUES) {
    const { value: current, path } = stack.pop()!;
    if (typeof current === 'string') {
      const problem = describeUnsafeText(current);
      if (problem) issues.push({ path, message: problem });
    } else if (Array.isArray(current)) {
      for (let i = current.length - 1; i >= 0; i--) stack.push({ value: current[i], path: join(path, i) });
    } else if (typeof current === 'object' && current !== null && !ArrayBuffer.isView(current)) {
      const entries = Object.entries(current);
      for (let i = entries.length - 1; i >= 0; i--) {
        const [key, child] = entries[i]!;
        const keyProblem = describeUnsafeText(key);
        if (keyProblem) issues.push({ path, message: `a key ${keyProblem}` });
        else stack.push({ value: child, path: join(path, key) });
      }
    }
  }
  return issues;
}
