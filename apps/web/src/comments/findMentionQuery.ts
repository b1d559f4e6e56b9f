/** The `@word` being typed just before the caret, or null: what the mention list filters on. */
export function findMentionQuery(text: string, caret: number): { start: number; query: string } | null {
  const before = text.slice(0, caret);
  const match = /(^|\s)@([^\s@]{0,40})$/.exec(before);
  if (!match) return null;
  return { start: before.length - match[2]!.length - 1, query: match[2]! };
}

/** The members whose name starts a word with the query (case-insensitive), at most `limit`. */
export function matchMembers<M extends { name: string }>(
  members: readonly M[],
  query: string,
  limit = 6,
): M[] {
  const q = query.toLocaleLowerCase();
  return members
    .filter(
      (m) =>
        q === '' ||
        m.name
          .toLocaleLowerCase()
          .split(/\s+/)
          .some((word) => word.startsWith(q)),
    )
    .slice(0, limit);
}

/** The mentions a text still holds: those whose `@Name` is in it (a deleted mention is no mention). */
export function keptMentions(text: string, mentions: readonly { id: string; name: string }[]): string[] {
  return [...new Set(mentions.filter((m) => text.includes(`@${m.name}`)).map((m) => m.id))];
}
