/** A disjoint-set forest over string nodes (path halving, union by size). */
export interface UnionFind {
  add(node: string): void;
  union(a: string, b: string): void;
  find(node: string): string;
  nodes(): IterableIterator<string>;
}

export function createUnionFind(): UnionFind {
  const parent = new Map<string, string>();
  const size = new Map<string, number>();
  const add = (node: string): void => {
    if (!parent.has(node)) {
      parent.set(node, node);
      size.set(node, 1);
    }
  };
  const find = (node: string): string => {
    add(node);
    let current = node;
    let up = parent.get(current) ?? current;
    while (up !== current) {
      const grand = parent.get(up) ?? up;
      parent.set(current, grand);
      current = grand;
      up = parent.get(current) ?? current;
    }
    return current;
  };
  const union = (a: string, b: string): void => {
    const rootA = find(a);
    const rootB = find(b);
    if (rootA === rootB) return;
    const sizeA = size.get(rootA) ?? 1;
    const sizeB = size.get(rootB) ?? 1;
    const [big, small] = sizeA >= sizeB ? [rootA, rootB] : [rootB, rootA];
    parent.set(small, big);
    size.set(big, sizeA + sizeB);
  };
  return { add, union, find, nodes: () => parent.keys() };
}
