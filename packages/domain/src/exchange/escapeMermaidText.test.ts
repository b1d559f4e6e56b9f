import { describe, expect, it } from 'vitest';
import { escapeMermaidText } from './escapeMermaidText.js';

describe('escapeMermaidText', () => {
  it('escapeMermaidText(task) replaces the characters that end a task name', () => {
    expect(escapeMermaidText('Step 2: pay #1; done', 'task')).toBe('Step 2： pay ＃1； done');
  });

  it('escapeMermaidText(title) keeps colons, which a title may hold', () => {
    expect(escapeMermaidText('Shoes: then\nand now', 'title')).toBe('Shoes: then and now');
  });

  it('escapeMermaidText(task) guards names that Mermaid would read as a keyword, and comments', () => {
    expect(escapeMermaidText('Title deed arrives', 'task')).toBe('- Title deed arrives');
    expect(escapeMermaidText('Section 8 form', 'task')).toBe('- Section 8 form');
    expect(escapeMermaidText('%%not a comment', 'task')).toBe('%not a comment');
  });

  it('escapeMermaidText(actor) removes commas that separate actors', () => {
    expect(escapeMermaidText('Sanne, 34, practical shopper', 'actor')).toBe('Sanne 34 practical shopper');
  });

  it('escapeMermaidText never returns an empty name', () => {
    expect(escapeMermaidText(' \n ', 'section')).toBe('Untitled');
  });
});
