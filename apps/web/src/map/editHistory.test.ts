// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createHistory, MERGE_WINDOW_MS, recordEdit, redoEdit, undoEdit } from './editHistory.js';

describe('edit history', () => {
  it('undoEdit() goes back one snapshot and redoEdit() forward again', () => {
    let h = createHistory('a');
    h = recordEdit(h, 'b', null, 0);
    h = recordEdit(h, 'c', null, 10);
    h = undoEdit(h);
    expect(h.present).toBe('b');
    h = undoEdit(h);
    expect(h.present).toBe('a');
    expect(undoEdit(h)).toBe(h);
    h = redoEdit(redoEdit(h));
    expect(h.present).toBe('c');
  });

  it('recordEdit(same key, quickly) merges typing in one field into one undo step', () => {
    let h = createHistory('');
    h = recordEdit(h, 'S', 'tp:1:title', 0);
    h = recordEdit(h, 'Sh', 'tp:1:title', 200);
    h = recordEdit(h, 'Sho', 'tp:1:title', 400);
    expect(h.past).toEqual(['']);
    h = recordEdit(h, 'Shoe', 'tp:1:title', 400 + MERGE_WINDOW_MS + 1);
    expect(h.past).toEqual(['', 'Sho']);
    expect(undoEdit(undoEdit(h)).present).toBe('');
  });

  it('recordEdit() after an undo drops the redo steps; an unchanged snapshot is no step', () => {
    let h = recordEdit(recordEdit(createHistory(1), 2, null, 0), 3, null, 0);
    h = recordEdit(undoEdit(h), 4, null, 0);
    expect(h.future).toEqual([]);
    expect(h.past).toEqual([1, 2]);
    expect(recordEdit(h, h.present, null, 0)).toBe(h);
  });
});
