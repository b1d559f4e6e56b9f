import { describe, expect, it } from 'vitest';
import { compileActivityPattern, listPatternMatches } from './activityPattern.js';

const NAMES = ['Order Placed', 'Order Shipped', 'Reorder', 'Page Viewed', 'Product Viewed', 'a.b (x)'];

describe('activityPattern', () => {
  it('listPatternMatches: * any run, ? one character, whole names, case ignored', () => {
    expect(listPatternMatches('order*', NAMES)).toEqual(['Order Placed', 'Order Shipped']);
    expect(listPatternMatches('*order*', NAMES)).toEqual(['Order Placed', 'Order Shipped', 'Reorder']);
    expect(listPatternMatches('*Viewed', NAMES)).toEqual(['Page Viewed', 'Product Viewed']);
    expect(listPatternMatches('P??e Viewed', NAMES)).toEqual(['Page Viewed']);
    expect(listPatternMatches('ORDER PLACED', NAMES)).toEqual(['Order Placed']);
    expect(listPatternMatches('Order', NAMES)).toEqual([]);
  });

  it('listPatternMatches: other characters stand for themselves; blank finds nothing', () => {
    expect(listPatternMatches('a.b (x)', NAMES)).toEqual(['a.b (x)']);
    expect(listPatternMatches('a?b*', NAMES)).toEqual(['a.b (x)']);
    expect(listPatternMatches('a.b', ['aXb', 'a.b'])).toEqual(['a.b']);
    expect(listPatternMatches('e-mail [?]/*', ['E-mail [1]/sent', 'email [1]/sent'])).toEqual([
      'E-mail [1]/sent',
    ]);
    expect(listPatternMatches('   ', NAMES)).toEqual([]);
    expect(compileActivityPattern('  x* ').test('xyz')).toBe(true);
  });
});
