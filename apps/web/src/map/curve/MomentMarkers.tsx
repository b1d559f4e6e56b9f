/** A five-pointed star path centred on (x, y). */
function starPath(x: number, y: number, outer: number): string {
  const inner = outer * 0.45;
  const points: string[] = [];
  for (let i = 0; i < 10; i++) {
    const r = i % 2 === 0 ? outer : inner;
    const angle = -Math.PI / 2 + (i * Math.PI) / 5;
    points.push(`${(x + r * Math.cos(angle)).toFixed(2)},${(y + r * Math.sin(angle)).toFixed(2)}`);
  }
  return `M${points.join(' L')} Z`;
}

/** A WOW moment: a star above the curve's point. */
export function WowMarker({ x, y }: { x: number; y: number }) {
  return (
    <path
      className="wow-marker"
      d={starPath(x, y, 9)}
      fill="var(--wow)"
      stroke="#fff"
      strokeWidth={1}
      data-testid="wow-marker"
      aria-hidden="true"
    />
  );
}

/** A pain point: a red downward mark with an exclamation, below the curve's point. */
export function PainMarker({ x, y }: { x: number; y: number }) {
  return (
    <g className="pain-marker" data-testid="pain-marker" aria-hidden="true">
      <path
        d={`M${x - 8},${y - 6} L${x + 8},${y - 6} L${x},${y + 8} Z`}
        fill="var(--pain)"
        stroke="#fff"
        strokeWidth={1}
        strokeLinejoin="round"
      />
      <path d={`M${x},${y - 3.5} L${x},${y + 0.5}`} stroke="#fff" strokeWidth={1.6} strokeLinecap="round" />
      <circle cx={x} cy={y + 3} r={0.9} fill="#fff" />
    </g>
  );
}

/** A WOW moment from data: a hollow star above the measured point, with its reason as a title. */
export function DataWowMarker({ x, y, title }: { x: number; y: number; title: string }) {
  return (
    <g className="wow-marker-data" data-testid="wow-marker-data">
      <title>{title}</title>
      <path d={starPath(x, y, 9)} fill="#fff" stroke="var(--wow)" strokeWidth={2} strokeLinejoin="round" />
    </g>
  );
}

/** A pain point from data: a hollow downward mark below the measured point, with its reason as a title. */
export function DataPainMarker({ x, y, title }: { x: number; y: number; title: string }) {
  return (
    <g className="pain-marker-data" data-testid="pain-marker-data">
      <title>{title}</title>
      <path
        d={`M${x - 8},${y - 6} L${x + 8},${y - 6} L${x},${y + 8} Z`}
        fill="#fff"
        stroke="var(--pain)"
        strokeWidth={2}
        strokeLinejoin="round"
      />
      <path
        d={`M${x},${y - 3.5} L${x},${y + 0.5}`}
        stroke="var(--pain)"
        strokeWidth={1.6}
        strokeLinecap="round"
      />
      <circle cx={x} cy={y + 3} r={0.9} fill="var(--pain)" />
    </g>
  );
}
