import type {
  ProcessMapActivityInput,
  ProcessMapEdge,
  ProcessMapInput,
  ProcessMapNode,
  ProcessMapSelection,
  ProcessMapShares,
} from './types.js';

/**
 * The default slider positions: every activity, and the most frequent 20 % of the paths among them
 * (plus whichever less frequent paths keep every activity reachable from the start and able to reach
 * the end). On BPIC 2012 this draws 24 activities with about a third of its 150 paths, readable on one
 * screen; on small logs (10–15 activities) it is close to the full map because connectivity needs most
 * paths anyway.
 */
export const DEFAULT_PROCESS_MAP_SHARES: Readonly<ProcessMapShares> = { activityShare: 1, pathShare: 0.2 };

export const START_NODE_ID = 'start';
export const END_NODE_ID = 'end';

interface Candidate {
  id: string;
  /** Position in the list of all paths, most frequent first. */
  index: number;
  from: number;
  to: number;
  count: number;
  times: { meanSeconds: number; medianSeconds: number } | null;
}

const clampShare = (share: number): number => (Number.isFinite(share) ? Math.min(1, Math.max(0, share)) : 1);

/** How many of `total` items a share keeps: ⌈share × total⌉ (floating noise ignored). */
const countForShare = (share: number, total: number): number => Math.ceil(clampShare(share) * total - 1e-9);

/**
 * What a process map shows at the given slider positions, as Disco does it:
 * - the activity slider keeps the most frequent activities (by events, ties by name), at least one;
 *   the others go from the least frequent up, each together with those left hanging on it (no way
 *   from the start or to the end without it), unless that would cut off one of the most frequent — so
 *   less frequent activities that those cannot do without stay;
 * - the path slider keeps the most frequent paths among kept activities (start and end paths included;
 *   ties by the names of their ends) and drops the others from the least frequent up, except a path whose
 *   removal would leave an activity unreachable from the start or unable to reach the end;
 * - hidden shares are exact: events of hidden activities, and cases whose variant uses a hidden activity
 *   or a hidden path (start and end paths included).
 * Edges of the input between activities that are not among its activities are ignored.
 */
export function selectProcessMap(input: ProcessMapInput, shares: ProcessMapShares): ProcessMapSelection {
  const {
    activities,
    all,
    casesOfActivity,
    typicalPosition,
    casesOfPath,
    variants,
    totalCases,
    totalEvents,
  } = prepare(input);
  const n = activities.length;

  // 1. Activities: drop the least frequent beyond the share, unless the kept ones need them; an activity
  // goes together with those that only hang on it (a rare detour of two activities goes as a whole).
  let keptActivity = new Array<boolean>(n).fill(true);
  const protectedCount = n === 0 ? 0 : Math.max(1, countForShare(shares.activityShare, n));
  for (let changed = protectedCount < n; changed;) {
    changed = false;
    for (let i = n - 1; i >= protectedCount; i--) {
      if (!keptActivity[i]) continue;
      const trial = [...keptActivity];
      trial[i] = false;
      let allowed = true;
      for (
        let lost = findDisconnected(n, trial, all);
        lost.length > 0;
        lost = findDisconnected(n, trial, all)
      ) {
        if (lost.some((j) => j < protectedCount)) {
          allowed = false;
          break;
        }
        for (const j of lost) trial[j] = false;
      }
      if (allowed) {
        keptActivity = trial;
        changed = true;
      }
    }
  }

  // 2. Paths among kept activities: drop the least frequent beyond the share while connectivity holds.
  const isKept = (e: Candidate) =>
    (e.from === START || keptActivity[e.from]) && (e.to === n || keptActivity[e.to]);
  const candidates = all.filter(isKept);
  const keepCount = countForShare(shares.pathShare, candidates.length);
  const removed = new Set<Candidate>();
  const graph = new PathGraph(n, candidates);
  for (let c = candidates.length - 1; c >= keepCount; c--) {
    const e = candidates[c]!;
    if (e.from === e.to || graph.stillConnectedWithout(e, removed)) removed.add(e);
  }
  const keptPath = new Uint8Array(all.length);
  const keptPaths: Candidate[] = [];
  for (const e of candidates) {
    if (removed.has(e)) continue;
    keptPath[e.index] = 1;
    keptPaths.push(e);
  }

  // 3. What is hidden.
  let hiddenCases = 0;
  for (const v of variants) {
    const hidden =
      v.unknown || v.activities.some((i) => !keptActivity[i]) || v.paths.some((p) => keptPath[p] === 0);
    if (hidden) hiddenCases += v.cases;
  }
  let hiddenEvents = 0;
  let keptActivities = 0;
  activities.forEach((a, i) => {
    if (keptActivity[i]) keptActivities++;
    else hiddenEvents += a.events;
  });

  const nodes: ProcessMapNode[] = [];
  if (keptActivities > 0) {
    nodes.push(artificialNode(START_NODE_ID, 'start', totalCases));
    activities.forEach((a, i) => {
      if (!keptActivity[i]) return;
      nodes.push({
        id: activityId(i),
        kind: 'activity',
        activity: a.activity,
        events: a.events,
        cases: a.cases ?? casesOfActivity[i] ?? 0,
        medianDurationSeconds: a.medianDurationSeconds ?? null,
        typicalPosition: typicalPosition[i] ?? 0,
      });
    });
    nodes.push(artificialNode(END_NODE_ID, 'end', totalCases));
  }
  const edges: ProcessMapEdge[] = keptPaths.map((e) => ({
    id: e.id,
    from: e.from === START ? START_NODE_ID : activityId(e.from),
    to: e.to === n ? END_NODE_ID : activityId(e.to),
    count: e.count,
    cases: casesOfPath[e.index] ?? 0,
    meanSeconds: e.times ? e.times.meanSeconds : null,
    medianSeconds: e.times ? e.times.medianSeconds : null,
    totalSeconds: e.times ? e.times.meanSeconds * e.count : null,
  }));
  return {
    shares: { activityShare: clampShare(shares.activityShare), pathShare: clampShare(shares.pathShare) },
    nodes,
    edges,
    totals: { activities: n, paths: all.length, events: totalEvents, cases: totalCases },
    hidden: {
      activities: n - keptActivities,
      paths: all.length - keptPaths.length,
      shareOfEvents: totalEvents ? hiddenEvents / totalEvents : 0,
      shareOfCases: totalCases ? hiddenCases / totalCases : 0,
      cases: hiddenCases,
    },
  };
}

const START = -1;
const activityId = (i: number): string => `a${i}`;

/** What does not depend on the slider positions, computed once per input (the web moves sliders often). */
interface Prepared {
  /** By rank: events descending, then name. */
  activities: ProcessMapActivityInput[];
  /** Every path (the DFG's edges, start and end edges), most frequent first; activity indexes are ranks, start is -1, end is n. */
  all: Candidate[];
  casesOfActivity: number[];
  /** Mean index of the activity's first event in the cases that have it. */
  typicalPosition: number[];
  /** By candidate index. */
  casesOfPath: number[];
  /** Each variant as the ranks of its activities and the distinct paths it takes. */
  variants: { activities: Int32Array; paths: Int32Array; cases: number; unknown: boolean }[];
  totalCases: number;
  totalEvents: number;
}

const prepared = new WeakMap<ProcessMapInput, Prepared>();

function prepare(input: ProcessMapInput): Prepared {
  const cached = prepared.get(input);
  if (cached) return cached;
  const activities = [...input.activities].sort(
    (a, b) => b.events - a.events || compareNames(a.activity, b.activity),
  );
  const n = activities.length;
  const END = n;
  const indexOf = new Map(activities.map((a, i) => [a.activity, i]));
  const nodeId = (i: number): string =>
    i === START ? START_NODE_ID : i === END ? END_NODE_ID : activityId(i);
  const key = (from: number, to: number): number => (from + 1) * (n + 2) + (to + 1);

  const all: Candidate[] = [];
  const add = (from: number, to: number, count: number, times: Candidate['times']): void => {
    if (count > 0) all.push({ id: `${nodeId(from)}>${nodeId(to)}`, index: 0, from, to, count, times });
  };
  for (const e of input.edges) {
    const from = indexOf.get(e.from);
    const to = indexOf.get(e.to);
    if (from !== undefined && to !== undefined) add(from, to, e.count, e);
  }
  for (const s of input.startActivities) {
    const i = indexOf.get(s.activity);
    if (i !== undefined) add(START, i, s.cases, null);
  }
  for (const s of input.endActivities) {
    const i = indexOf.get(s.activity);
    if (i !== undefined) add(i, END, s.cases, null);
  }
  const nameKey = (i: number): [number, string] =>
    i === START ? [0, ''] : i === END ? [2, ''] : [1, activities[i]!.activity];
  const compareEnds = (a: number, b: number): number => {
    const [ka, na] = nameKey(a);
    const [kb, nb] = nameKey(b);
    return ka - kb || compareNames(na, nb);
  };
  all.sort((a, b) => b.count - a.count || compareEnds(a.from, b.from) || compareEnds(a.to, b.to));
  const pathIndex = new Map<number, number>();
  all.forEach((e, index) => {
    e.index = index;
    pathIndex.set(key(e.from, e.to), index);
  });

  const casesOfActivity = new Array<number>(n).fill(0);
  const firstPositionSum = new Array<number>(n).fill(0);
  const casesOfPath = new Array<number>(all.length).fill(0);
  const activityStamp = new Int32Array(n).fill(-1);
  const pathStamp = new Int32Array(all.length).fill(-1);
  let totalCases = 0;
  const variants = input.variants.map((v, stamp) => {
    totalCases += v.cases;
    const ranks: number[] = [];
    const paths: number[] = [];
    let unknown = false;
    let previous = START;
    let position = 0;
    const take = (from: number, to: number) => {
      const p = pathIndex.get(key(from, to));
      if (p === undefined) unknown = true;
      else if (pathStamp[p] !== stamp) {
        pathStamp[p] = stamp;
        paths.push(p);
        casesOfPath[p] = (casesOfPath[p] ?? 0) + v.cases;
      }
    };
    for (const name of v.activities) {
      const i = indexOf.get(name);
      if (i === undefined) {
        unknown = true;
        previous = Number.NaN;
        continue;
      }
      if (activityStamp[i] !== stamp) {
        activityStamp[i] = stamp;
        ranks.push(i);
        casesOfActivity[i] = (casesOfActivity[i] ?? 0) + v.cases;
        firstPositionSum[i] = (firstPositionSum[i] ?? 0) + position * v.cases;
      }
      position++;
      if (!Number.isNaN(previous)) take(previous, i);
      previous = i;
    }
    if (!Number.isNaN(previous) && previous !== START) take(previous, END);
    return { activities: Int32Array.from(ranks), paths: Int32Array.from(paths), cases: v.cases, unknown };
  });
  if (input.variants.length === 0) totalCases = input.startActivities.reduce((sum, s) => sum + s.cases, 0);
  const totalEvents = activities.reduce((sum, a) => sum + a.events, 0);
  const typicalPosition = firstPositionSum.map((sum, i) =>
    casesOfActivity[i] ? sum / casesOfActivity[i]! : Number.MAX_SAFE_INTEGER,
  );
  const result = {
    activities,
    all,
    casesOfActivity,
    typicalPosition,
    casesOfPath,
    variants,
    totalCases,
    totalEvents,
  };
  prepared.set(input, result);
  return result;
}

function artificialNode(id: string, kind: 'start' | 'end', cases: number): ProcessMapNode {
  const typicalPosition = kind === 'start' ? -1 : Number.MAX_SAFE_INTEGER;
  return { id, kind, activity: '', events: cases, cases, medianDurationSeconds: null, typicalPosition };
}

/** Names in a fixed, locale-independent order (code units), so every machine ties the same way. */
function compareNames(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Adjacency of the candidate paths, nodes numbered 0..n-1 with start = n and end = n + 1, for the two
 * searches that tell whether a path can go.
 */
class PathGraph {
  private readonly out: Candidate[][];
  private readonly in: Candidate[][];

  constructor(
    private readonly n: number,
    edges: readonly Candidate[],
  ) {
    this.out = Array.from({ length: n + 2 }, () => []);
    this.in = Array.from({ length: n + 2 }, () => []);
    for (const e of edges) {
      this.out[this.node(e.from)]!.push(e);
      this.in[this.node(e.to)]!.push(e);
    }
  }

  /** Start (-1 in the candidates) is node n; end (n in the candidates) is node n + 1. */
  private node(i: number): number {
    return i < 0 ? this.n : i === this.n ? this.n + 1 : i;
  }

  /**
   * Whether every node keeps a way from the start and to the end once `edge` goes too. Enough to check
   * its two ends: if its target is still reached from the start and its source still reaches the end,
   * every way that used the edge has another.
   */
  stillConnectedWithout(edge: Candidate, removed: ReadonlySet<Candidate>): boolean {
    const skip = (e: Candidate) => e === edge || removed.has(e);
    return (
      this.search(this.n, this.node(edge.to), this.out, (e) => this.node(e.to), skip) &&
      this.search(this.n + 1, this.node(edge.from), this.in, (e) => this.node(e.from), skip)
    );
  }

  private search(
    from: number,
    goal: number,
    adjacency: Candidate[][],
    next: (e: Candidate) => number,
    skip: (e: Candidate) => boolean,
  ): boolean {
    const seen = new Uint8Array(this.n + 2);
    const stack = [from];
    seen[from] = 1;
    while (stack.length > 0) {
      const node = stack.pop()!;
      if (node === goal) return true;
      for (const e of adjacency[node]!) {
        if (skip(e)) continue;
        const m = next(e);
        if (!seen[m]) {
          seen[m] = 1;
          stack.push(m);
        }
      }
    }
    return false;
  }
}

/** The kept activities not reached from the start or not reaching the end along the edges between kept ones. */
function findDisconnected(n: number, kept: readonly boolean[], edges: readonly Candidate[]): number[] {
  const END = n;
  const out = new Map<number, number[]>();
  const into = new Map<number, number[]>();
  for (const e of edges) {
    if ((e.from !== START && !kept[e.from]) || (e.to !== END && !kept[e.to])) continue;
    (out.get(e.from) ?? out.set(e.from, []).get(e.from)!).push(e.to);
    (into.get(e.to) ?? into.set(e.to, []).get(e.to)!).push(e.from);
  }
  const reach = (root: number, adjacency: Map<number, number[]>): Set<number> => {
    const seen = new Set([root]);
    const stack = [root];
    while (stack.length > 0) {
      for (const m of adjacency.get(stack.pop()!) ?? []) {
        if (!seen.has(m)) {
          seen.add(m);
          stack.push(m);
        }
      }
    }
    return seen;
  };
  const fromStart = reach(START, out);
  const toEnd = reach(END, into);
  const lost: number[] = [];
  for (let i = 0; i < n; i++) if (kept[i] && (!fromStart.has(i) || !toEnd.has(i))) lost.push(i);
  return lost;
}
