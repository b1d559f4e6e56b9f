/**
 * The shapes of a process map, from what the engine mines to what is drawn. The input matches the
 * analytics package's results (getStepTimes, discoverDfg, getStartEnd, getVariants) without importing
 * them: viz depends on no engine.
 */

/** One activity of the log: its events, and optionally its cases and median duration. */
export interface ProcessMapActivityInput {
  activity: string;
  events: number;
  /** Cases with at least one event of the activity; counted from the variants when absent. */
  cases?: number;
  /** Median time from an event's start to its completion; null or absent when the log has no start times. */
  medianDurationSeconds?: number | null;
}

/** One directly-follows edge (discoverDfg's DfgEdge). */
export interface ProcessMapEdgeInput {
  from: string;
  to: string;
  count: number;
  meanSeconds: number;
  medianSeconds: number;
}

/** Everything a process map is selected from. `variants` must be all of them, so hidden shares are exact. */
export interface ProcessMapInput {
  activities: readonly ProcessMapActivityInput[];
  edges: readonly ProcessMapEdgeInput[];
  startActivities: readonly { activity: string; cases: number }[];
  endActivities: readonly { activity: string; cases: number }[];
  variants: readonly { activities: readonly string[]; cases: number }[];
}

/** Slider positions, each a share from 0 to 1 (0 % to 100 %). */
export interface ProcessMapShares {
  /** Share of the activities kept, most frequent (by events) first; at least one is always kept. */
  activityShare: number;
  /** Share of the paths among kept activities kept, most frequent first; connectivity is never broken. */
  pathShare: number;
}

export type ProcessMapNodeKind = 'start' | 'end' | 'activity';

/** A node of the selected map. Ids are stable across slider positions: `start`, `end`, `a<rank>`. */
export interface ProcessMapNode {
  id: string;
  kind: ProcessMapNodeKind;
  /** The activity's name; empty for the artificial start and end nodes. */
  activity: string;
  /** Events of the activity (for start and end: the number of cases). */
  events: number;
  /** Cases that pass the node (for start and end: all cases). */
  cases: number;
  medianDurationSeconds: number | null;
  /**
   * Where the activity typically first happens in a case: the mean index of its first event over the
   * cases that have it (0 = first event; start -1, end the largest safe integer). The layout draws
   * the map in this order from top to bottom.
   */
  typicalPosition: number;
}

/** An edge of the selected map; times are null on the artificial start and end edges. */
export interface ProcessMapEdge {
  /** `<from id>><to id>`, e.g. `start>a0`, `a0>a3`. */
  id: string;
  from: string;
  to: string;
  /** How often the edge is taken (start/end edges: cases starting/ending there). */
  count: number;
  /** Cases that take the edge at least once. */
  cases: number;
  meanSeconds: number | null;
  medianSeconds: number | null;
  totalSeconds: number | null;
}

/** What the sliders kept, and what they hide. */
export interface ProcessMapSelection {
  shares: ProcessMapShares;
  /** Kept nodes: start, the kept activities (most frequent first), end. */
  nodes: ProcessMapNode[];
  /** Kept edges, most frequent first (ties by node rank). */
  edges: ProcessMapEdge[];
  totals: {
    activities: number;
    /** Directly-follows edges plus the start and end edges. */
    paths: number;
    events: number;
    cases: number;
  };
  hidden: {
    activities: number;
    paths: number;
    /** Events of hidden activities / all events. */
    shareOfEvents: number;
    /** Cases whose variant uses a hidden activity or a hidden path / all cases. */
    shareOfCases: number;
    /** The number of such cases. */
    cases: number;
  };
}

/** The two ways to read a map, each with the figure it shows. */
export type ProcessMapMeasure =
  | {
      view: 'frequency';
      /** Node figure: events or cases; edges show how often they are taken (or in how many cases). */
      metric: 'events' | 'cases';
    }
  | {
      view: 'performance';
      /** Edge figure: mean, median or total waiting time; nodes show their median duration when known. */
      metric: 'mean' | 'median' | 'total';
    };

export type ProcessMapView = ProcessMapMeasure['view'];
export type ProcessMapMetric = ProcessMapMeasure['metric'];

/** How numbers and durations are written; the web passes locale-aware ones. */
export interface ProcessMapFormat {
  count(value: number): string;
  duration(seconds: number): string;
}

export interface ProcessMapPoint {
  x: number;
  y: number;
}

export interface ProcessMapBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface PlacedProcessMapNode extends ProcessMapBox {
  node: ProcessMapNode;
  /** The activity's name, wrapped on one to three lines (empty for start and end). */
  lines: string[];
  /** The figure under the name, or null when the view shows none. */
  figure: string | null;
  /** 0..1: where the node's figure sits between the smallest and largest on the map (drives its fill). */
  intensity: number;
}

export interface PlacedProcessMapEdge {
  edge: ProcessMapEdge;
  /** The route from the source's border to the arrow's tip. */
  points: ProcessMapPoint[];
  /** SVG path data of the route, ending where the arrowhead starts. */
  path: string;
  /** SVG path data of the arrowhead (a closed triangle). */
  arrow: string;
  /** Where ELK placed the edge's label, sized for its widest figure in any view. */
  labelBox: ProcessMapBox | null;
  /** The text on the edge in this view and its box (labelBox); null when the view shows none. */
  label: (ProcessMapBox & { text: string }) | null;
  /** 0..1 between the smallest and largest figure on the map; null for edges without one (start/end edges in the performance view). */
  intensity: number | null;
  strokeWidth: number;
}

export interface ProcessMapLayout {
  measure: ProcessMapMeasure;
  width: number;
  height: number;
  nodes: PlacedProcessMapNode[];
  edges: PlacedProcessMapEdge[];
  /** Text sizes used, so the renderer draws what was measured. */
  fontSizes: { name: number; figure: number; edge: number };
}
