/**
 * Geometry of the emotion curve: one smooth line through the touchpoints on a −3..+3 scale with a
 * neutral line at 0. Pure numbers; the web app and the SVG exporter draw it.
 */
export interface CurveInput {
  /** Horizontal position of each touchpoint (its card's centre), left to right. */
  xs: readonly number[];
  /** Emotion per touchpoint, −3..+3. */
  emotions: readonly number[];
  /** Height of the curve band in the same units. */
  height: number;
  /** Space above +3 and below −3 (for the WOW stars and pain marks). */
  padding?: number;
}

export interface CurvePoint {
  x: number;
  y: number;
  emotion: number;
}

export interface CurveLayout {
  points: CurvePoint[];
  /** SVG path `d` of a smooth curve through the points (monotone in x, no overshoot between them). */
  path: string;
  /** y of the neutral (0) line. */
  neutralY: number;
  /** y of emotion e. */
  yOf: (emotion: number) => number;
}

const round = (n: number) => Math.round(n * 100) / 100;

/** Maps emotions to points and a smooth path (monotone cubic interpolation, Fritsch–Carlson). */
export function layoutEmotionCurve({ xs, emotions, height, padding = 12 }: CurveInput): CurveLayout {
  const inner = Math.max(1, height - 2 * padding);
  const yOf = (emotion: number) => round(padding + ((3 - Math.max(-3, Math.min(3, emotion))) / 6) * inner);
  const n = Math.min(xs.length, emotions.length);
  const points: CurvePoint[] = [];
  for (let i = 0; i < n; i++) points.push({ x: round(xs[i]!), y: yOf(emotions[i]!), emotion: emotions[i]! });
  return { points, path: smoothPath(points), neutralY: yOf(0), yOf };
}

function smoothPath(points: readonly CurvePoint[]): string {
  if (points.length === 0) return '';
  const first = points[0]!;
  if (points.length === 1) return `M${first.x},${first.y}`;
  const n = points.length;
  const dx: number[] = [];
  const slope: number[] = [];
  for (let i = 0; i < n - 1; i++) {
    dx.push(points[i + 1]!.x - points[i]!.x || 1e-6);
    slope.push((points[i + 1]!.y - points[i]!.y) / dx[i]!);
  }
  const tangent: number[] = [slope[0]!];
  for (let i = 1; i < n - 1; i++) {
    const a = slope[i - 1]!;
    const b = slope[i]!;
    tangent.push(
      a * b <= 0
        ? 0
        : (3 * (dx[i - 1]! + dx[i]!)) / ((2 * dx[i]! + dx[i - 1]!) / a + (dx[i]! + 2 * dx[i - 1]!) / b),
    );
  }
  tangent.push(slope[n - 2]!);
  let d = `M${first.x},${first.y}`;
  for (let i = 0; i < n - 1; i++) {
    const p = points[i]!;
    const q = points[i + 1]!;
    const h = dx[i]! / 3;
    d += ` C${round(p.x + h)},${round(p.y + tangent[i]! * h)} ${round(q.x - h)},${round(q.y - tangent[i + 1]! * h)} ${q.x},${q.y}`;
  }
  return d;
}
