import { describe, expect, it } from 'vitest';
import { findMentionQuery, keptMentions, matchMembers } from './findMentionQuery.js';

const members = [
  { id: 'usr_ann', name: 'Ann de Vries' },
  { id: 'usr_bob', name: 'Bob Jansen' },
  { id: 'usr_vera', name: 'Vera Bakker' },
];

describe('mentions', () => {
  it('finds the @word before the caret, not an e-mail address or an earlier word', () => {
    expect(findMentionQuery('Ask @an', 7)).toEqual({ start: 4, query: 'an' });
    expect(findMentionQuery('@', 1)).toEqual({ start: 0, query: '' });
    expect(findMentionQuery('mail ann@example.nl', 19)).toBeNull();
    expect(findMentionQuery('Ask @ann now', 12)).toBeNull();
  });

  it('matches a member by the start of any word of the name', () => {
    expect(matchMembers(members, 'ba').map((m) => m.id)).toEqual(['usr_vera']);
    expect(matchMembers(members, 'V').map((m) => m.id)).toEqual(['usr_ann', 'usr_vera']);
    expect(matchMembers(members, '').map((m) => m.id)).toHaveLength(3);
  });

  it('keeps only the mentions whose @Name is still in the text', () => {
    const chosen = [members[0]!, members[1]!];
    expect(keptMentions('@Ann de Vries please look', chosen)).toEqual(['usr_ann']);
    expect(keptMentions('nobody', chosen)).toEqual([]);
  });
});
