import { describe, expect, it } from 'vitest';
import { createStepLine } from './drawStepLine.js';

describe('createStepLine', () => {
  it('draws one line in place on a terminal, as wide as it less one, and nothing elsewhere', () => {
    const written: string[] = [];
    const line = createStepLine({ isTTY: true, columns: 40, write: (text: string) => written.push(text) })!;
    line.draw('uploading', 0.5, '1.0 of 2.0 MB');
    line.draw('uploading', 0.5, '1.0 of 2.0 MB');
    line.draw('importing', null);
    line.finish();
    expect(written).toHaveLength(3);
    expect(written[0]).toBe(`\r${'uploading [####....] 50%  1.0 of 2.0 MB'.slice(0, 39).padEnd(39)}`);
    expect(written[0]!.length).toBe(40);
    expect(written[1]).toBe(`\r${'importing'.padEnd(39)}`);
    expect(written[2]).toBe('\n');
    expect(createStepLine({ isTTY: false, write: () => undefined })).toBeNull();
  });
});
