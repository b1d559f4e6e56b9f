import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { setupI18n } from '../../i18n/i18n.js';
import { describeMatcher } from './describeMatcher.js';

describe('describeMatcher', () => {
  beforeAll(async () => {
    await setupI18n('en');
  });

  it('describeMatcher: "no data" without a matcher; its parts in words with one', () => {
    const t = i18next.t.bind(i18next);
    expect(describeMatcher(t, null)).toBe('No data: no events are linked to this touchpoint.');
    expect(describeMatcher(t, { activities: ['Chat Started'] })).toBe('Activities: Chat Started');
    expect(
      describeMatcher(t, {
        activities: ['Chat Started', 'Chat Ended'],
        channels: ['chat'],
        properties: [{ key: 'contact', op: 'eq', value: 1 }],
      }),
    ).toBe('Activities: Chat Started, Chat Ended · channels: chat · 1 property condition');
  });
});
